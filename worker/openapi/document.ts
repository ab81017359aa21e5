import { idempotencyKeyPattern } from "../http/idempotency.js";
import { publicCacheSeconds } from "../http/public-cache.js";
import { componentSchemas, queryParameters } from "./json-schema.js";
import type {
  OpenApiDocument,
  OperationObject,
  ParameterObject,
  Reference,
  ResponseObject,
} from "./openapi-types.js";
import type { Answer, ErrorStatus, Operation } from "./operations.js";
import { operations } from "./operations.js";
import { namedSchemas } from "./schemas.js";

/**
 * The OpenAPI 3.1 document of the public API, built from `operations.ts` and the contracts'
 * schemas. Built once per isolate (`openApiDocument`): nothing in it depends on the request, and
 * its one server URL is relative (`/api/v1`, beside the document itself).
 */

export const apiBase = "/api/v1";

/** What a path parameter is; every `:name` in `operations.ts` needs its words here. */
const pathParameterWords: Record<string, string> = {
  org: "The organisation's short name, as in the widgets' `org` attribute.",
  network: "The network's short name, as in the widgets' `network` attribute.",
  eventId: "The event's id.",
  seriesId: "The series' id (`series.id` on each of its dates).",
  id: "The id from the manage link (a sign-up's, a volunteer's, a cook application's or a mentoring sign-up's).",
  seasonId: "The mentoring season's id.",
  registrationId: "The shift's `registrationId` in the volunteer's schedule.",
};

const errorResponses: Record<ErrorStatus | "default", { name: string; description: string }> = {
  400: {
    name: "BadRequest",
    description:
      "The body is not valid JSON, or the `Idempotency-Key` is missing (`code` says which).",
  },
  401: {
    name: "Unauthorized",
    description: "No manage token: send `Authorization: Bearer <token>` from the manage link.",
  },
  403: {
    name: "ForbiddenOrigin",
    description: "The `Origin` is not one of the organisation's allowed websites.",
  },
  404: {
    name: "NotFound",
    description:
      "No such organisation, event or id (a manage token that does not open it answers the same).",
  },
  409: {
    name: "Conflict",
    description: "Not possible now: full, closed, cancelled or already answered (see `code`).",
  },
  413: { name: "PayloadTooLarge", description: "The body is larger than 16 KiB." },
  415: { name: "UnsupportedMediaType", description: "The body is not `application/json`." },
  422: {
    name: "ValidationFailed",
    description: "Some answers need a fix: `fields` and `fieldCodes` name each field.",
  },
  429: { name: "RateLimited", description: "Too many requests: try again after `Retry-After`." },
  default: {
    name: "Error",
    description: "Any other error (`internal` for a fault on the server), in the same envelope.",
  },
};

const envelope = { "application/json": { schema: { $ref: "#/components/schemas/ErrorEnvelope" } } };

const components = (): OpenApiDocument["components"] => ({
  schemas: componentSchemas(namedSchemas),
  responses: Object.fromEntries(
    Object.entries(errorResponses).map(([status, { name, description }]) => [
      name,
      {
        description,
        content: envelope,
        ...(status === "429"
          ? { headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds." } } }
          : {}),
      },
    ]),
  ),
  parameters: {
    IdempotencyKey: {
      name: "Idempotency-Key",
      in: "header",
      required: true,
      description:
        "A new random key per sign-up; a retry sends the same key and body and gets the first answer, never a second booking.",
      schema: { type: "string", pattern: idempotencyKeyPattern.source },
    },
    Origin: {
      name: "Origin",
      in: "header",
      required: true,
      description:
        "Browsers send it. Writes are taken from the organisation's allowed websites and Hearth's own pages only; any other client sends one of those origins too.",
      schema: { type: "string", format: "uri" },
    },
  },
  securitySchemes: {
    manageToken: {
      type: "http",
      scheme: "bearer",
      description:
        "The token after `#token=` in the manage link a sign-up, a volunteer sign-up, a cook application or a mentoring sign-up answers with.",
    },
  },
});

const cachedRead = `Cached for up to ${publicCacheSeconds} s (a kept answer says how old it is in \`Age\`); send the answer's \`ETag\` as \`If-None-Match\` to get 304 while it holds.`;
const freshRead = `Never served from a cache (\`Cache-Control: no-cache\`): a change shows at once. Send the answer's \`ETag\` as \`If-None-Match\` to get 304 while nothing changed.`;

function answerObject(answer: Answer): ResponseObject {
  const { body, description } = answer;
  if (body === null) return { description };
  if (body === "text/calendar" || body === "text/html") {
    return { description, content: { [body]: { schema: { type: "string" } } } };
  }
  if (body === "application/json") return { description, content: { [body]: { schema: {} } } };
  return { description, content: { "application/json": { schema: schemaRef(body) } } };
}

const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function parametersOf(operation: Operation): (ParameterObject | Reference)[] {
  const inPath = [...operation.path.matchAll(/:(\w+)/g)].map(([, name]): ParameterObject => ({
    name: name!,
    in: "path",
    required: true,
    description: pathParameterWords[name!],
    schema: { type: "string" },
  }));
  const inQuery = operation.query ? queryParameters(operation.query) : [];
  const headers = [
    ...(operation.idempotent ? [{ $ref: "#/components/parameters/IdempotencyKey" }] : []),
    ...(operation.origin ? [{ $ref: "#/components/parameters/Origin" }] : []),
  ];
  return [...inPath, ...inQuery, ...headers];
}

function operationObject(operation: Operation): OperationObject {
  const readNote =
    operation.publicRead === "fresh" ? freshRead : operation.publicRead ? cachedRead : undefined;
  const description = [operation.description, readNote].filter(Boolean).join(" ");
  const parameters = parametersOf(operation);
  return {
    operationId: operation.operationId,
    tags: [operation.tag],
    summary: operation.summary,
    ...(description ? { description } : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: { "application/json": { schema: schemaRef(operation.body) } },
          },
        }
      : {}),
    ...(operation.manageToken ? { security: [{ manageToken: [] }] } : {}),
    responses: {
      ...Object.fromEntries(
        operation.answers.map((answer) => [String(answer.status), answerObject(answer)]),
      ),
      ...(operation.publicRead ? { "304": { description: "Not modified since the `ETag`." } } : {}),
      ...Object.fromEntries(
        operation.errors.map((status) => [
          String(status),
          { $ref: `#/components/responses/${errorResponses[status].name}` },
        ]),
      ),
      default: { $ref: "#/components/responses/Error" },
    },
  };
}

/** `/orgs/:org/events` → `/orgs/{org}/events`. */
export const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");

function buildDocument(): OpenApiDocument {
  const paths: OpenApiDocument["paths"] = {};
  for (const operation of operations) {
    (paths[openApiPath(operation.path)] ??= {})[operation.method] = operationObject(operation);
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Hearth public API",
      version: "1",
      description: [
        "What a website's widgets read and write: an organisation's events (or a network's catalogue of its members' events), sign-ups, volunteer shifts, food festivals and Language Friend (mentoring) seasons.",
        "Texts come in the language asked for (`lang`) when written in it; `langs` and `*Locale` fields say which language each text is really in.",
        "Every error answers one envelope (`ErrorEnvelope`): a `code` to choose words by, an English `message` for developers, and per field `fields` and `fieldCodes`.",
        "Reads are open to any website; writes only from the organisation's allowed websites (`Origin`). A sign-up answers with a manage link whose token opens the person's own data (`manageToken`).",
      ].join("\n\n"),
    },
    servers: [{ url: apiBase }],
    tags: [...new Set(operations.map((operation) => operation.tag))].map((name) => ({ name })),
    paths,
    components: components(),
  };
}

let built: OpenApiDocument | undefined;

/** The document, built on first use and kept for the life of the isolate. */
export function openApiDocument(): OpenApiDocument {
  built ??= buildDocument();
  return built;
}
