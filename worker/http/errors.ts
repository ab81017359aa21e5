import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode, ErrorEnvelope } from "../../schema/contracts/errors.js";

/** An error a client can act on. Thrown anywhere; `onError` turns it into the one envelope. */
export class ApiError extends Error {
  /** Extra response headers, such as `Retry-After` on a 429. */
  readonly headers: Record<string, string> = {};

  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }

  withHeaders(headers: Record<string, string>): this {
    Object.assign(this.headers, headers);
    return this;
  }
}

export function errorBody(
  code: ErrorCode,
  message: string,
  fields?: Record<string, string>,
): ErrorEnvelope {
  return { error: fields ? { code, message, fields } : { code, message } };
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
    return c.json(errorBody(apiError.code, apiError.message, apiError.fields), apiError.status);
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
