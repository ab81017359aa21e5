import type { JsonSchema } from "@valibot/to-json-schema";
import { escapeHtml } from "../messages/html.js";

/**
 * A JSON Schema as a reader wants it on the docs page: one line for its type and limits, and the
 * properties of an object as a list under it. Named schemas are links to their own section, so
 * each shape is written out once on the page, as in the document.
 */

type Definition = JsonSchema | boolean;

/** Text with `code` spans, as the document's descriptions write them. */
export const inlineCode = (text: string): string =>
  escapeHtml(text).replace(/`([^`]+)`/g, "<code>$1</code>");

export const schemaAnchor = (name: string): string => `schema-${name}`;

const refName = (ref: string): string => ref.replace("#/components/schemas/", "");

const code = (value: unknown): string => `<code>${escapeHtml(JSON.stringify(value))}</code>`;

function range(low: number | undefined, high: number | undefined, unit: string): string[] {
  if (low !== undefined && high !== undefined) return [`${low}–${high}${unit}`];
  if (low !== undefined) return [`at least ${low}${unit}`];
  if (high !== undefined) return [`at most ${high}${unit}`];
  return [];
}

function limits(schema: JsonSchema): string[] {
  return [
    ...(schema.format ? [escapeHtml(schema.format)] : []),
    ...range(schema.minLength, schema.maxLength, " characters"),
    ...range(schema.minimum, schema.maximum, ""),
    ...range(schema.minItems, schema.maxItems, " items"),
    ...(schema.pattern ? [`matching <code>${escapeHtml(schema.pattern)}</code>`] : []),
  ];
}

/** The options of an `anyOf`, nested ones flattened: `string or null`. */
function options(schema: JsonSchema): Definition[] {
  return (schema.anyOf ?? []).flatMap((option) =>
    typeof option === "object" && option.anyOf && Object.keys(option).length === 1
      ? options(option)
      : [option],
  );
}

/** One line: `string, email, at most 254 characters`, `array of PublicEvent`, a link. */
export function schemaSummary(definition: Definition | undefined): string {
  if (definition === undefined || definition === true) return "any JSON";
  if (definition === false) return "nothing";
  const schema = definition;
  const parts: string[] = [];
  if (schema.$ref) {
    const name = refName(schema.$ref);
    parts.push(`<a href="#${schemaAnchor(name)}">${escapeHtml(name)}</a>`);
  } else if (schema.anyOf) {
    parts.push(
      options(schema)
        .map((option) => schemaSummary(option) + schemaNotes(option))
        .join(" or "),
    );
  } else if ("const" in schema) {
    parts.push(code(schema.const));
  } else if (schema.enum) {
    parts.push(`one of ${schema.enum.map(code).join(", ")}`);
  } else if (schema.type === "array") {
    parts.push(`array of ${schemaSummary(schema.items as Definition | undefined)}`);
  } else if (schema.type === "object" && !schema.properties && schema.additionalProperties) {
    const key = schema.propertyNames ? schemaSummary(schema.propertyNames) : "string";
    parts.push(`object: ${key} → ${schemaSummary(schema.additionalProperties)}`);
  } else if (schema.type) {
    parts.push(escapeHtml([schema.type].flat().join(" or ")));
  } else {
    parts.push("any JSON");
  }
  parts.push(...limits(schema));
  if (schema.default !== undefined) parts.push(`default ${code(schema.default)}`);
  return parts.join(", ");
}

/** The schema's own words: its description, then what the server does first (`$comment`). */
export function schemaNotes(definition: Definition | undefined): string {
  if (typeof definition !== "object") return "";
  const notes = [definition.description, definition.$comment].filter(
    (note): note is string => typeof note === "string",
  );
  return notes.map((note) => ` <span class="note">${inlineCode(note)}</span>`).join("");
}

/** The inline object a property holds (directly, in an array or a map, or beside null), if any. */
function innerObject(definition: Definition | undefined): JsonSchema | undefined {
  if (typeof definition !== "object" || definition.$ref) return undefined;
  if (definition.properties) return definition;
  if (definition.type === "array") return innerObject(definition.items as Definition | undefined);
  if (definition.additionalProperties) return innerObject(definition.additionalProperties);
  if (definition.anyOf) {
    return options(definition)
      .map(innerObject)
      .find((inner) => inner !== undefined);
  }
  return undefined;
}

/** An object's properties as a list, inline objects nested under their property. */
export function schemaProperties(definition: Definition | undefined): string {
  const schema = innerObject(definition);
  if (!schema?.properties) return "";
  const required = new Set(schema.required ?? []);
  const items = Object.entries(schema.properties).map(([name, property]) => {
    const flag = required.has(name) ? ' <span class="required">required</span>' : "";
    return (
      `<li><code>${escapeHtml(name)}</code>${flag}: ${schemaSummary(property)}` +
      `${schemaNotes(property)}${schemaProperties(property)}</li>`
    );
  });
  return `<ul>${items.join("")}</ul>`;
}
