import { validator } from "hono/validator";
import * as v from "valibot";
import { ApiError } from "./errors.js";

type Target = "json" | "query" | "param";

/** Field path → first message, e.g. `{ "needs.dietary": "Use 500 characters or fewer." }`. */
function fieldsFrom(issues: v.BaseIssue<unknown>[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = v.getDotPath(issue) ?? "body";
    fields[path] ??= issue.message;
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
