import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.js";
import { ApiError, notFound } from "./errors.js";

/*
 * Guards for the local-development tools under `/dev/` (the dev mailbox, running the scheduled
 * jobs as of a chosen time). Outside HEARTH_ENV=development they answer 404, so they do not exist
 * in production.
 */

export const onlyInDevelopment = createMiddleware<AppEnv>(async (c, next) => {
  if (c.env.HEARTH_ENV !== "development") return notFound(c);
  // Raw messages and attachments hold whatever was sent, so nothing in them may run or load;
  // pages replace this policy with their own.
  c.header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
  c.header("Cache-Control", "no-store");
  await next();
  return undefined;
});

/**
 * A development tool's POST must come from this worker's own pages, so no other website can press
 * the button. The browser says so in headers a page cannot forge: `Sec-Fetch-Site: same-origin`,
 * or an `Origin` of this worker. (Our pages send no referrer, and then a browser's form post
 * carries `Origin: null`, so the Origin alone would refuse our own buttons.) Scripts and curl
 * send the Origin header themselves.
 */
export function assertSameOrigin(c: Context<AppEnv>, message: string): void {
  const sameOrigin =
    c.req.header("Origin") === new URL(c.req.url).origin ||
    c.req.header("Sec-Fetch-Site") === "same-origin";
  if (!sameOrigin) throw new ApiError(403, "forbidden_origin", message);
}
