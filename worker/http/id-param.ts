import type { Context } from "hono";
import { recordIdPattern } from "../../schema/rules/record-id.js";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";

/**
 * An id from the path (`:eventId`, `:applicationId` …), checked like a body field: one that cannot
 * be an id is "not found" at once (404), without a query.
 */
export function idParam(c: Context<AppEnv>, name: string, notFound: string): string {
  const id = c.req.param(name) ?? "";
  if (!recordIdPattern.test(id)) throw new ApiError(404, "not_found", notFound);
  return id;
}
