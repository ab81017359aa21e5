import { inspectRoutes } from "hono/dev";
import { describe, expect, it } from "vitest";
import { app } from "../../../worker/app.js";
import { apiBase, openApiDocument, openApiPath } from "../../../worker/openapi/document.js";
import type { OpenApiDocument } from "../../../worker/openapi/openapi-types.js";
import { request } from "../helpers.js";
import { documentValidator } from "./document-validator.js";

/** `GET /api/v1/orgs/{org}` for every public route the app answers (not admin, not preflights). */
function publicRoutesOfApp(): string[] {
  const routes = inspectRoutes(app)
    .filter(({ isMiddleware }) => !isMiddleware)
    .filter(({ method }) => method !== "OPTIONS")
    .filter(({ path }) => path.startsWith(`${apiBase}/`) && !path.startsWith(`${apiBase}/admin`))
    .map(({ method, path }) => `${method} ${openApiPath(path)}`);
  return [...new Set(routes)].sort();
}

function operationsOfDocument(document: OpenApiDocument): string[] {
  return Object.entries(document.paths)
    .flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${apiBase}${path}`),
    )
    .sort();
}

/** Every `$ref` in the document, wherever it is. */
function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === "$ref" && typeof inner === "string" ? [inner] : refsIn(inner),
  );
}

function resolves(document: OpenApiDocument, ref: string): boolean {
  let node: unknown = document;
  for (const part of ref.replace(/^#\//, "").split("/")) {
    if (node === null || typeof node !== "object" || !(part in node)) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== undefined;
}

describe("the OpenAPI document", () => {
  it("lists every public route the app answers, and no route it does not", () => {
    expect(operationsOfDocument(openApiDocument())).toEqual(publicRoutesOfApp());
  });

  it("is OpenAPI 3.1 with every reference resolving", () => {
    const document = openApiDocument();
    expect(document.openapi).toBe("3.1.0");
    const refs = refsIn(document);
    expect(refs.length).toBeGreaterThan(50);
    expect(refs.filter((ref) => !resolves(document, ref))).toEqual([]);
  });

  it("says what every path parameter is", () => {
    for (const methods of Object.values(openApiDocument().paths)) {
      for (const operation of Object.values(methods)) {
        for (const parameter of operation!.parameters ?? []) {
          if ("in" in parameter && parameter.in === "path") {
            expect(
              parameter.description,
              `${operation!.operationId} ${parameter.name}`,
            ).toBeTruthy();
          }
        }
      }
    }
  });

  it("compiles every schema with a strict JSON Schema 2020-12 validator", () => {
    const document = openApiDocument();
    const validator = documentValidator(document);
    for (const name of Object.keys(document.components.schemas)) {
      expect(validator.named(name), name).toBeTypeOf("function");
    }
  });

  it("takes request bodies from the contracts, with what JSON Schema cannot say in words", () => {
    const { SignUpBody } = openApiDocument().components.schemas;
    const properties = SignUpBody!.properties as Record<string, Record<string, unknown>>;
    expect(SignUpBody!.required).toEqual(
      expect.arrayContaining(["slotId", "adults", "name", "locale", "consent", "fillMs"]),
    );
    expect(properties.name).toMatchObject({ type: "string", maxLength: 80, minLength: 1 });
    expect(properties.name!.description).toMatch(/control characters/);
    expect(properties.consent).toEqual({ const: true });
    // A phone in Arabic-Indic digits is accepted, so no pattern may refuse it.
    expect(JSON.stringify(properties.phone)).not.toContain('"pattern"');
    expect(JSON.stringify(properties.phone)).toContain("[0-9 ()-]{6,20}");
  });

  it("answers every error with the one envelope", () => {
    const document = openApiDocument();
    for (const [name, response] of Object.entries(document.components.responses)) {
      expect(response.content?.["application/json"]?.schema, name).toEqual({
        $ref: "#/components/schemas/ErrorEnvelope",
      });
    }
    for (const methods of Object.values(document.paths)) {
      for (const operation of Object.values(methods)) {
        for (const [status, response] of Object.entries(operation!.responses)) {
          if (status === "default" || Number(status) >= 400) {
            expect(response, `${operation!.operationId} ${status}`).toHaveProperty("$ref");
          }
        }
      }
    }
  });
});

describe("GET /api/v1/openapi.json", () => {
  it("serves the document, cacheable, and 304 for a reader who has it", async () => {
    const response = await request("/api/v1/openapi.json");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(response.headers.get("Cache-Control")).toMatch(/^public, max-age=\d+/);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    const tag = response.headers.get("ETag");
    expect(tag).toMatch(/^"[0-9a-f]{40}"$/);
    expect(await response.json()).toEqual(JSON.parse(JSON.stringify(openApiDocument())));

    const again = await request("/api/v1/openapi.json", { headers: { "If-None-Match": tag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
  });
});

describe("GET /api/v1/docs", () => {
  it("is one plain page listing every operation and schema, without script", async () => {
    const response = await request("/api/v1/docs");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(response.headers.get("Cache-Control")).toMatch(/^public/);
    expect(response.headers.get("Content-Security-Policy")).toMatch(/default-src 'none'/);
    const html = await response.text();
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\ssrc=/i);
    // Plain text that grows with the API (about 2 KB an operation): this catches a rendering
    // gone wrong, not a new operation (223 KB with the visit forms' first screens).
    expect(new TextEncoder().encode(html).length).toBeLessThan(240_000);
    const document = openApiDocument();
    for (const methods of Object.values(document.paths)) {
      for (const operation of Object.values(methods)) {
        expect(html).toContain(`id="${operation!.operationId}"`);
      }
    }
    for (const name of Object.keys(document.components.schemas)) {
      expect(html).toContain(`id="schema-${name}"`);
    }
    expect(html).toContain("<code>/api/v1/orgs/{org}/events</code>");
    expect(html).toContain('<a href="#schema-EventListResponse">EventListResponse</a>');
  });
});
