import type { Context } from "hono";
import type { AppEnv } from "./app-env.js";

/**
 * Lets `work` finish after the answer is sent (`waitUntil`), so it never slows the answer; where
 * there is no execution context (unit tests call the app directly) it is awaited instead.
 */
export async function inBackground(c: Context<AppEnv>, work: Promise<unknown>): Promise<void> {
  let context: { waitUntil(promise: Promise<unknown>): void };
  try {
    context = c.executionCtx;
  } catch {
    await work;
    return;
  }
  context.waitUntil(work);
}
