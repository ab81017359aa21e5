import { escapeHtml } from "../messages/html.js";
import type {
  OpenApiDocument,
  OperationObject,
  ParameterObject,
  Reference,
  ResponseObject,
} from "./openapi-types.js";
import { isReference } from "./openapi-types.js";
import {
  inlineCode,
  schemaAnchor,
  schemaNotes,
  schemaProperties,
  schemaSummary,
} from "./schema-html.js";

/**
 * The OpenAPI document as one plain page: every operation with its parameters, body and
 * answers, then every named schema. Written from the document itself, so the page and
 * `openapi.json` cannot say different things. No script, one small style block.
 */

export const docsStyle =
  "body{margin:0;padding:16px;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif}" +
  "main{max-width:60em;margin:0 auto}" +
  "a{color:#0b57d0}" +
  "code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.92em}" +
  "section{border-top:1px solid #c4c7c5;padding:8px 0}" +
  "h3{font-size:1.05em;overflow-wrap:anywhere}" +
  ".method{display:inline-block;min-width:4.5em;font-weight:bold;text-transform:uppercase}" +
  ".note{color:#444746}" +
  ".required{font-size:.85em;font-weight:bold}" +
  "table{border-collapse:collapse}" +
  "th,td{text-align:start;vertical-align:top;padding:4px 8px 4px 0}" +
  "ul{padding-inline-start:1.4em}" +
  "@media (prefers-color-scheme:dark){body{background:#1f1f1f;color:#e3e3e3}a{color:#8ab4f8}" +
  ".note{color:#c4c7c5}}";

type Components = OpenApiDocument["components"];

const deref = <T extends object>(value: T | Reference, table: Record<string, T>): T =>
  isReference(value) ? table[value.$ref.split("/").at(-1)!]! : value;

const paragraphs = (text: string) =>
  text
    .split("\n\n")
    .map((paragraph) => `<p>${inlineCode(paragraph)}</p>`)
    .join("");

function parametersTable(parameters: ParameterObject[]): string {
  if (parameters.length === 0) return "";
  const rows = parameters.map(
    (parameter) =>
      `<tr><td><code>${escapeHtml(parameter.name)}</code>${parameter.required ? ' <span class="required">required</span>' : ""}</td>` +
      `<td>${parameter.in}</td><td>${schemaSummary(parameter.schema)}${schemaNotes(parameter.schema)}` +
      `${parameter.description ? ` — ${inlineCode(parameter.description)}` : ""}</td></tr>`,
  );
  return (
    `<h4>Parameters</h4><table><thead><tr><th>Name</th><th>In</th><th>Value</th></tr></thead>` +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

function contentLine(content: ResponseObject["content"]): string {
  return Object.entries(content ?? {})
    .map(([type, { schema }]) => ` <code>${escapeHtml(type)}</code> ${schemaSummary(schema)}`)
    .join("");
}

function responsesList(responses: OperationObject["responses"], components: Components): string {
  const items = Object.entries(responses).map(([status, value]) => {
    const response = deref(value, components.responses);
    return `<li><strong>${escapeHtml(status)}</strong> ${inlineCode(response.description)}${contentLine(response.content)}</li>`;
  });
  return `<h4>Answers</h4><ul>${items.join("")}</ul>`;
}

function operationSection(
  method: string,
  path: string,
  operation: OperationObject,
  document: OpenApiDocument,
): string {
  const { components } = document;
  const parameters = (operation.parameters ?? []).map((value) =>
    deref(value, components.parameters),
  );
  const needs = operation.security
    ? `<p>Needs the manage token: <code>Authorization: Bearer …</code>.</p>`
    : "";
  const body = operation.requestBody
    ? `<h4>Body</h4><p>${contentLine(operation.requestBody.content)}</p>`
    : "";
  return (
    `<section id="${escapeHtml(operation.operationId)}">` +
    `<h3><span class="method">${escapeHtml(method)}</span> <code>${escapeHtml(document.servers[0]!.url + path)}</code></h3>` +
    `<p>${inlineCode(operation.summary)}</p>` +
    (operation.description ? paragraphs(operation.description) : "") +
    needs +
    parametersTable(parameters) +
    body +
    responsesList(operation.responses, components) +
    `</section>`
  );
}

function operationsByTag(document: OpenApiDocument) {
  const all = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method, operation: operation! })),
  );
  return document.tags.map(({ name }) => ({
    name,
    operations: all.filter(({ operation }) => operation.tags.includes(name)),
  }));
}

function schemaSection(name: string, document: OpenApiDocument): string {
  const schema = document.components.schemas[name]!;
  return (
    `<section id="${schemaAnchor(escapeHtml(name))}"><h3>${escapeHtml(name)}</h3>` +
    `<p>${schemaSummary(schema)}${schemaNotes(schema)}</p>${schemaProperties(schema)}</section>`
  );
}

export function renderDocsPage(document: OpenApiDocument, documentUrl: string): string {
  const groups = operationsByTag(document);
  const contents = groups
    .map(
      ({ name, operations }) =>
        `<li>${escapeHtml(name)}<ul>${operations
          .map(
            ({ operation }) =>
              `<li><a href="#${escapeHtml(operation.operationId)}">${inlineCode(operation.summary)}</a></li>`,
          )
          .join("")}</ul></li>`,
    )
    .join("");
  const sections = groups
    .map(
      ({ name, operations }) =>
        `<h2>${escapeHtml(name)}</h2>` +
        operations
          .map(({ path, method, operation }) => operationSection(method, path, operation, document))
          .join(""),
    )
    .join("");
  const schemas = Object.keys(document.components.schemas)
    .map((name) => schemaSection(name, document))
    .join("");
  const title = escapeHtml(document.info.title);
  return (
    `<!doctype html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<meta name="color-scheme" content="light dark">\n<title>${title}</title>\n` +
    `<style>${docsStyle}</style>\n</head>\n<body>\n<main>\n<h1>${title}</h1>\n` +
    paragraphs(document.info.description) +
    `<p>The same as OpenAPI 3.1: <a href="${escapeHtml(documentUrl)}"><code>${escapeHtml(documentUrl)}</code></a>.</p>\n` +
    `<nav aria-label="Operations"><h2>Operations</h2><ul>${contents}</ul>` +
    `<p><a href="#schemas">Schemas</a></p></nav>\n${sections}\n` +
    `<h2 id="schemas">Schemas</h2>\n${schemas}\n</main>\n</body>\n</html>\n`
  );
}
