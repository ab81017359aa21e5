import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF defence for the cookie-authenticated admin API, on top of SameSite=Strict: a request that
 * changes anything must come from the dashboard's own origin and, when it has a body, be JSON.
 */
export const sameOriginWrites = createMiddleware<AppEnv>(async (c, next) => {
  if (!safeMethods.has(c.req.method)) {
    if (c.req.header("Origin") !== new URL(c.req.url).origin) {
      throw new ApiError(
        403,
        "forbidden_origin",
        "Changes are accepted only from the dashboard itself.",
      );
    }
    // The body itself, not Content-Length: a request can carry one without that header.
    const hasBody = c.req.raw.body !== null;
    if (hasBody && !/^application\/json\b/i.test(c.req.header("Content-Type") ?? "")) {
      throw new ApiError(415, "unsupported_media_type", "Send the request as application/json.");
    }
  }
  await next();
});
