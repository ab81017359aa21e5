import { Ajv2020 } from "ajv/dist/2020.js";
import type { ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import type { OpenApiDocument } from "../../../worker/openapi/openapi-types.js";
import { isReference } from "../../../worker/openapi/openapi-types.js";

/** Where the named schemas live for ajv: one absolute id each, instead of the document's `#/…`. */
const base = "https://hearth.test/components/schemas/";

/**
 * Checks live answers against the OpenAPI document with a JSON Schema 2020-12 validator (ajv, in
 * strict mode, so a misspelt keyword in a schema fails too, with the formats the schemas use).
 */
export function documentValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  const schemas = JSON.parse(
    JSON.stringify(document.components.schemas).replaceAll('"#/components/schemas/', `"${base}`),
  ) as Record<string, object>;
  for (const [name, schema] of Object.entries(schemas)) {
    ajv.addSchema({ ...schema, $id: `${base}${name}` });
  }
  const named = (name: string): ValidateFunction => ajv.getSchema(`${base}${name}`)!;

  return {
    /** The validator of one named schema, e.g. `ErrorEnvelope`. */
    named,

    /**
     * Checks that `response` is one the document lists for `method path` (its status, its media
     * type) and that its JSON body matches the schema listed for that status. Returns the body
     * (a calendar file or a page as text; nothing for an answer listed without one, such as 204).
     */
    async check(method: string, path: string, response: Response): Promise<unknown> {
      const operation = document.paths[path]?.[method];
      expect(operation, `${method} ${path} is in the document`).toBeDefined();
      const listed = operation!.responses[String(response.status)];
      expect(listed, `${response.status} is listed for ${method} ${path}`).toBeDefined();
      const answer = isReference(listed!)
        ? document.components.responses[listed.$ref.split("/").at(-1)!]!
        : listed!;
      if (!answer.content) {
        expect(await response.clone().text(), `${response.status} has no body`).toBe("");
        return undefined;
      }
      const type = response.headers.get("Content-Type")?.split(";")[0] ?? "";
      const content = answer.content?.[type];
      expect(content, `${type} is listed for ${response.status}`).toBeDefined();
      // A clone: the caller may read the answer too.
      if (type !== "application/json") return response.clone().text();
      const body: unknown = await response.clone().json();
      const ref = content!.schema.$ref;
      const validate = ref ? named(ref.replace("#/components/schemas/", "")) : undefined;
      if (validate && !validate(body)) {
        expect.fail(
          `${method} ${path} ${response.status}: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(body)}`,
        );
      }
      return body;
    },
  };
}
