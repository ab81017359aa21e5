import { createMiddleware } from "hono/factory";
import { bodyLimit } from "hono/body-limit";
import { ApiError } from "./errors.js";

const maxBodyBytes = 16 * 1024;

/** Writes take JSON only, and small: 415 for anything else, 413 past 16 KiB. */
export const requireJson = createMiddleware(async (c, next) => {
  const type = c.req.header("Content-Type") ?? "";
  if (!/^application\/json\b/i.test(type)) {
    throw new ApiError(415, "unsupported_media_type", "Send the request as application/json.");
  }
  await next();
});

export const limitBody = bodyLimit({
  maxSize: maxBodyBytes,
  onError: () => {
    throw new ApiError(413, "payload_too_large", "The request is too large. Shorten your answers.");
  },
});
