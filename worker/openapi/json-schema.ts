import type { ConversionConfig, JsonSchema } from "@valibot/to-json-schema";
import { toJsonSchema, toJsonSchemaDefs } from "@valibot/to-json-schema";
import type * as v from "valibot";
import type { ParameterObject } from "./openapi-types.js";

/**
 * The contracts in JSON Schema (2020-12, OpenAPI 3.1's dialect) with `@valibot/to-json-schema`.
 *
 * What JSON Schema cannot say, and what the document says instead:
 * - `trim` and `transform` (the contracts trim text, drop direction controls, read any script's
 *   digits as 0–9, read `limit` as a number): the value is checked after that. The schema gets a
 *   `$comment` saying so, and the checks after it stay (a length counted after trimming is a
 *   limit a client can keep to), except a `pattern` after a conversion, which would refuse what
 *   the server accepts (Arabic-Indic digits in a phone number): it moves into the description.
 * - `check`, and the contracts' own rules (`rule()` in text-fields.ts): checked by the server
 *   only; their English message goes into the description.
 * - `min_value`/`max_value` on a query string read as a number: into the description.
 * Anything else it cannot convert throws (`errorMode: "throw"`), so a contract that starts using
 * something new fails the worker tests instead of leaving the document quietly wrong.
 */

/** Words for the contracts' own rules, whose actions carry no message of their own. */
const ruleWords: Partial<Record<string, string>> = {
  control_characters:
    "No control characters (and in a one-line field, such as a name, no line breaks or tabs).",
};

const trimmed = "Spaces around the value are removed before it is checked.";
const converted = "The server normalises the value before the checks after it.";

function withNote(schema: JsonSchema, note: string): JsonSchema {
  return { ...schema, description: schema.description ? `${schema.description} ${note}` : note };
}

function withComment(schema: JsonSchema, comment: string): JsonSchema {
  if (schema.$comment?.includes(comment)) return schema;
  return { ...schema, $comment: schema.$comment ? `${schema.$comment} ${comment}` : comment };
}

type Action = Parameters<NonNullable<ConversionConfig["overrideAction"]>>[0]["valibotAction"];

function messageOf(action: Action): string | undefined {
  const message = (action as { message?: unknown }).message;
  return typeof message === "string" ? message : ruleWords[action.type];
}

/** `Read as a number: 1 to 50.` from a `min_value` and a `max_value` on a query string. */
function numberBound(schema: JsonSchema, type: "min_value" | "max_value", bound: unknown) {
  const lower = /Read as a number: at least (\S+)\.$/.exec(schema.description ?? "");
  if (type === "max_value" && lower) {
    const description = schema.description!.replace(
      lower[0],
      `Read as a number: ${lower[1]} to ${bound}.`,
    );
    return { ...schema, description };
  }
  return withNote(
    schema,
    `Read as a number: ${type === "min_value" ? "at least" : "at most"} ${bound}.`,
  );
}

const overrideAction: ConversionConfig["overrideAction"] = ({
  valibotAction,
  jsonSchema,
  errors,
}) => {
  const action = valibotAction;
  if (action.type === "trim") return withComment(jsonSchema, trimmed);
  if (action.type === "transform") return withComment(jsonSchema, converted);
  if (action.type === "readonly") return jsonSchema;
  if (action.type === "regex" && jsonSchema.$comment?.includes(converted)) {
    const { pattern, ...rest } = jsonSchema;
    return withNote(rest, `After that it must match the pattern ${pattern}.`);
  }
  if (
    (action.type === "min_value" || action.type === "max_value") &&
    "requirement" in action &&
    jsonSchema.type === "string"
  ) {
    return numberBound(jsonSchema, action.type, action.requirement);
  }
  if (!errors) return undefined;
  const message = messageOf(action);
  if (action.kind === "validation" && message) {
    return withNote(jsonSchema, `Checked by the server: ${message}`);
  }
  return undefined;
};

/** `#/components/schemas/<name>` for every schema named in `definitions`. */
const componentRef: ConversionConfig["overrideRef"] = ({ referenceId }) =>
  `#/components/schemas/${referenceId}`;

const config = {
  target: "draft-2020-12",
  errorMode: "throw",
  overrideAction,
  overrideRef: componentRef,
} as const satisfies ConversionConfig;

/** Every named schema, converted once, with references between them by name. */
export function componentSchemas<Names extends string>(
  definitions: Record<Names, v.GenericSchema>,
): Record<Names, JsonSchema> {
  return toJsonSchemaDefs(definitions, config);
}

/**
 * A query-string contract as OpenAPI parameters, one per key, written out in full: query values
 * are small strings, and naming no definitions spares converting every named schema again.
 */
export function queryParameters(
  schema: v.ObjectSchema<v.ObjectEntries, undefined>,
): ParameterObject[] {
  const object = toJsonSchema(schema, { ...config, definitions: {} });
  const required = new Set(object.required ?? []);
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: required.has(name),
    // Only `v.any()`/`v.never()` convert to a bare boolean, and no query contract uses them.
    schema: typeof property === "boolean" ? {} : property,
  }));
}
