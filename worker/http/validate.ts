import { validator } from "hono/validator";
import * as v from "valibot";
import type { FieldCode } from "../../schema/contracts/errors.js";
import type { FieldProblem } from "./errors.js";
import { ApiError, problem } from "./errors.js";

type Target = "json" | "query" | "param";

/** Valibot's issue types → the codes people's screens word; a missing value is `required`. */
const codes: Partial<Record<string, FieldCode>> = {
  non_empty: "required",
  min_length: "too_short",
  max_length: "too_long",
  min_value: "too_small",
  max_value: "too_large",
  integer: "not_whole_number",
  email: "invalid_email",
  regex: "invalid_format",
  picklist: "invalid_choice",
  literal: "invalid_choice",
  url: "invalid_url",
  // Issue types of the contracts' own rules (schema/contracts/text-fields.ts).
  control_characters: "control_characters",
  password_weak: "password_weak",
  slug_reserved: "slug_reserved",
};

function problemOf(issue: v.BaseIssue<unknown>): FieldProblem {
  if (issue.input === undefined || issue.input === null) {
    if (issue.kind === "schema") return problem("required", issue.message);
  }
  const code = codes[issue.type] ?? "invalid";
  const requirement = issue.requirement;
  if (typeof requirement !== "number") return problem(code, issue.message);
  if (code === "too_long" || code === "too_large")
    return problem(code, issue.message, { max: requirement });
  if (code === "too_short" || code === "too_small")
    return problem(code, issue.message, { min: requirement });
  return problem(code, issue.message);
}

/** Field path → its first problem, e.g. `{ "needs.dietary": too_long, max 500 }`. */
function fieldsFrom(issues: v.BaseIssue<unknown>[]): Record<string, FieldProblem> {
  const fields: Record<string, FieldProblem> = {};
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? "body";
    fields[path] ??= problemOf(issue);
  }
  return fields;
}

/**
 * Validates one part of the request against a contract schema. Failures become a 422 envelope
 * naming every field; handlers read the typed output with `c.req.valid(target)`.
 */
export function validate<Schema extends v.GenericSchema, T extends Target>(
  target: T,
  schema: Schema,
) {
  return validator(target, (value): v.InferOutput<Schema> => {
    const result = v.safeParse(schema, value);
    if (!result.success) {
      throw new ApiError(
        422,
        "validation_failed",
        "Some answers need a fix. See the fields listed.",
        fieldsFrom(result.issues),
      );
    }
    return result.output;
  });
}
