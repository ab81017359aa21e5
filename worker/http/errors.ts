import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type {
  ErrorCode,
  ErrorEnvelope,
  ErrorParams,
  FieldCode,
  FieldIssue,
} from "../../schema/contracts/errors.js";

/** One field's problem: English words for developers, a code (and values) for people. */
export interface FieldProblem extends FieldIssue {
  message: string;
}

export function problem(code: FieldCode, message: string, params?: ErrorParams): FieldProblem {
  return params ? { code, message, params } : { code, message };
}

/** Field path → its problem; a bare string is an English message with the generic code. */
export type FieldProblems = Record<string, FieldProblem | string>;

/** An error a client can act on. Thrown anywhere; `onError` turns it into the one envelope. */
export class ApiError extends Error {
  /** Extra response headers, such as `Retry-After` on a 429. */
  readonly headers: Record<string, string> = {};

  /** Field path → its problem, normalised. */
  readonly problems: Record<string, FieldProblem> | undefined;

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    fields?: FieldProblems,
    /** Values for the words people read for `code`. */
    readonly params?: ErrorParams,
  ) {
    super(message);
    this.problems = fields
      ? Object.fromEntries(
          Object.entries(fields).map(([path, value]) => [
            path,
            typeof value === "string" ? problem("invalid", value) : value,
          ]),
        )
      : undefined;
  }

  /** Field path → English message. */
  get fields(): Record<string, string> | undefined {
    return this.problems
      ? Object.fromEntries(
          Object.entries(this.problems).map(([path, { message }]) => [path, message]),
        )
      : undefined;
  }

  withHeaders(headers: Record<string, string>): this {
    Object.assign(this.headers, headers);
    return this;
  }
}

export function errorBody(
  code: ErrorCode,
  message: string,
  problems?: Record<string, FieldProblem>,
  params?: ErrorParams,
): ErrorEnvelope {
  const error: ErrorEnvelope["error"] = { code, message };
  if (params) error.params = params;
  if (problems) {
    error.fields = {};
    error.fieldCodes = {};
    for (const [path, { message: text, ...issue }] of Object.entries(problems)) {
      error.fields[path] = text;
      error.fieldCodes[path] = issue;
    }
  }
  return error.fields || error.params ? { error } : { error: { code, message } };
}

/** Hono's own exceptions (malformed JSON, body limit) mapped onto our codes. */
function fromHttpException(error: HTTPException): ApiError {
  if (error.status === 413) {
    return new ApiError(
      413,
      "payload_too_large",
      "The request is too large. Shorten your answers.",
    );
  }
  if (error.status === 400 && /json/i.test(error.message)) {
    return new ApiError(400, "invalid_json", "The request body is not valid JSON.");
  }
  return new ApiError(error.status as ContentfulStatusCode, "bad_request", error.message);
}

export function handleError(error: Error, c: Context): Response {
  const apiError =
    error instanceof ApiError
      ? error
      : error instanceof HTTPException
        ? fromHttpException(error)
        : undefined;
  if (apiError) {
    for (const [name, value] of Object.entries(apiError.headers)) c.header(name, value);
    return c.json(
      errorBody(apiError.code, apiError.message, apiError.problems, apiError.params),
      apiError.status,
    );
  }
  console.error("unhandled error", error);
  return c.json(
    errorBody("internal", "Something went wrong on our side. Please try again in a minute."),
    500,
  );
}

export function notFound(c: Context): Response {
  return c.json(errorBody("not_found", "There is nothing at this address."), 404);
}
