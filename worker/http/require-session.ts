import { createMiddleware } from "hono/factory";
import { sessionIdleMs, sessionTouchEveryMs } from "../organisers/session-policy.js";
import { sha256Hex } from "../lib/crypto.js";
import type { Context } from "hono";
import type { Role } from "../../schema/contracts/admin/session.js";
import { findLiveSession, liveSession, touchSession } from "../organisers/session-queries.js";
import type { SessionUser } from "../organisers/session-queries.js";
import { memberRole } from "../organisers/membership-queries.js";
import { organisationBySlug, organisationFromRow } from "../organisations/organisation-queries.js";
import { organisationSlug } from "../organisations/load-organisation.js";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";
import { clearSessionCookie, readSessionCookie } from "./session-cookie.js";

export const hashSessionToken = (token: string) => sha256Hex(`session:${token}`);

/** The session token from the cookie, hashed as stored; 401 without one. */
function sessionTokenHash(c: Context<AppEnv>): Promise<string> {
  const token = readSessionCookie(c);
  if (!token) throw new ApiError(401, "unauthorized", "Please sign in.");
  return hashSessionToken(token);
}

/** Accepts a live session for the request (401 without one), marking it seen now and then. */
async function acceptSession(
  c: Context<AppEnv>,
  session: SessionUser | null,
  now: number,
): Promise<void> {
  if (!session) {
    clearSessionCookie(c);
    throw new ApiError(401, "session_expired", "Your session has ended. Please sign in again.");
  }
  if (now - session.lastSeenAt > sessionTouchEveryMs) {
    await touchSession(c.var.db, session.sessionId, now);
  }
  c.set("user", session);
  c.header("Cache-Control", "no-store");
}

/** Admin routes need a live session: 401 otherwise, and the dashboard asks to sign in again. */
export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  const tokenHash = await sessionTokenHash(c);
  const now = Date.now();
  await acceptSession(c, await findLiveSession(c.var.db, tokenHash, now, sessionIdleMs), now);
  await next();
});

/**
 * Routes under `/orgs/:org`: a live session (401) of a member of the organisation — someone who
 * is not gets the same 404 as for an organisation that does not exist, whatever they guess — in
 * one round trip: the session, the organisation and the member's role. Each route then names the
 * permission it needs (`requirePermission`).
 */
export const requireMember = createMiddleware<AppEnv>(async (c, next) => {
  const tokenHash = await sessionTokenHash(c);
  const now = Date.now();
  const slug = organisationSlug(c);
  const [session, organisation, membership] = await c.var.db.batch([
    liveSession(c.var.db, tokenHash, now, sessionIdleMs),
    organisationBySlug(c.var.db, slug),
    memberRole(c.var.db, tokenHash, slug),
  ]);
  await acceptSession(c, (session?.results[0] as SessionUser | undefined) ?? null, now);
  const found = organisationFromRow(organisation?.results[0]);
  const role = (membership?.results[0] as { role: Role } | undefined)?.role;
  if (!found || !role) throw new ApiError(404, "not_found", "We could not find this organisation.");
  c.set("organisation", found);
  c.set("role", role);
  await next();
});
