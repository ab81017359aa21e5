import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../http/app-env.js";
import { ringOrSend } from "./mail-queue.js";

const readMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * After a successful write that may have queued messages (it says so with `messagesQueued`; every
 * organiser write counts), has them sent without waiting for the next cron run: it rings the mail
 * queue, or without one sends a round itself, in the background (`waitUntil`), so the answer is
 * not slowed. The cron run catches anything left.
 */
export const deliverAfterWrites = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (readMethods.has(c.req.method) || c.res.status >= 400) return;
  const organiserWrite = new URL(c.req.url).pathname.startsWith("/api/v1/admin/");
  if (!c.get("messagesQueued") && !organiserWrite) return;
  let context: { waitUntil(promise: Promise<unknown>): void };
  try {
    context = c.executionCtx;
  } catch {
    return; // no execution context (unit tests call the app directly): the cron run delivers
  }
  context.waitUntil(
    ringOrSend(c.env, c.env.DB, new URL(c.req.url).origin).catch((error: unknown) =>
      console.error("delivery after write failed", error),
    ),
  );
});
