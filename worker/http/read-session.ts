import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { bookmarkPattern } from "../db/session.js";
import type { AppEnv } from "./app-env.js";
import { ApiError, problem } from "./errors.js";

/**
 * Whether the reader asked for a fresh answer: a form reads places fresh when it opens and after
 * every answer (`fetch(…, { cache: "no-cache" })` sends `Cache-Control: max-age=0`), and a client
 * that sends a write's bookmark (`?bookmark=`) wants at least what it wrote.
 */
export function wantsFresh(c: Context<AppEnv>): boolean {
  const asked = `${c.req.header("Cache-Control") ?? ""} ${c.req.header("Pragma") ?? ""}`;
  return /no-cache|no-store|max-age=0/i.test(asked) || c.req.query("bookmark") !== undefined;
}

/**
 * A public read through D1's read replication (Sessions API): from any copy of the database
 * (`first-unconstrained`) — unless the reader sent a write's bookmark (a copy at least that
 * fresh) or asked for a fresh answer (the primary: a person who just booked sees their booking).
 * Every write stays on the primary (`useDatabase`).
 */
export const readSession = createMiddleware<AppEnv>(async (c, next) => {
  const bookmark = c.req.query("bookmark");
  if (bookmark !== undefined && !bookmarkPattern.test(bookmark)) {
    throw new ApiError(422, "validation_failed", "This bookmark is not one Hearth gave.", {
      bookmark: problem("invalid_format", "Send the Hearth-Bookmark of a write, or nothing."),
    });
  }
  c.var.useSession(bookmark ?? (wantsFresh(c) ? "first-primary" : "first-unconstrained"));
  await next();
});
