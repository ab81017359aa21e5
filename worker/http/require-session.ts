import { createMiddleware } from "hono/factory";
import { sessionIdleMs, sessionTouchEveryMs } from "../organisers/session-policy.js";
import { sha256Hex } from "../lib/crypto.js";
import { findLiveSession, touchSession } from "../organisers/session-queries.js";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";
import { clearSessionCookie, readSessionCookie } from "./session-cookie.js";

export const hashSessionToken = (token: string) => sha256Hex(`session:${token}`);

/** Admin routes need a live session: 401 otherwise, and the dashboard asks to sign in again. */
export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  const token = readSessionCookie(c);
  if (!token) {
    throw new ApiError(401, "unauthorized", "Please sign in.");
  }
  const now = Date.now();
  const session = await findLiveSession(
    c.var.db,
    await hashSessionToken(token),
    now,
    sessionIdleMs,
  );
  if (!session) {
    clearSessionCookie(c);
    throw new ApiError(401, "session_expired", "Your session has ended. Please sign in again.");
  }
  if (now - session.lastSeenAt > sessionTouchEveryMs) {
    await touchSession(c.var.db, session.sessionId, now);
  }
  c.set("user", session);
  c.header("Cache-Control", "no-store");
  await next();
});
