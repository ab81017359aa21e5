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
    // Content-Length when it is sent (browsers send 0 for an empty POST, whose body workerd still
    // exposes as a stream); otherwise the body itself, for a request sent without that header.
    const length = c.req.header("Content-Length");
    const hasBody = length !== undefined ? Number(length) > 0 : c.req.raw.body !== null;
    if (hasBody && !/^application\/json\b/i.test(c.req.header("Content-Type") ?? "")) {
      throw new ApiError(415, "unsupported_media_type", "Send the request as application/json.");
    }
  }
  await next();
});
