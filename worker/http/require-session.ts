import { createMiddleware } from "hono/factory";
import { sessionIdleMs, sessionTouchEveryMs } from "../organisers/session-policy.js";
import { sha256Hex } from "../lib/crypto.js";
import type { Context } from "hono";
import type { Permission } from "../../schema/contracts/admin/permissions.js";
import { checkPermission } from "./require-permission.js";
import { findLiveSession, touchSession } from "../organisers/session-queries.js";
import type { SessionUser } from "../organisers/session-queries.js";
import { liveMembership, parseLiveMembership } from "../organisers/membership-queries.js";
import { organisationFromRow } from "../organisations/organisation-queries.js";
import { organisationSlug } from "../organisations/load-organisation.js";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";
import { clearSessionCookie, readSessionCookie } from "./session-cookie.js";

export const hashSessionToken = (token: string) => sha256Hex(`session:${token}`);

/** The session token from the cookie; 401 without one. */
function sessionToken(c: Context<AppEnv>): string {
  const token = readSessionCookie(c);
  if (!token) throw new ApiError(401, "unauthorized", "Please sign in.");
  return token;
}

/** The session token, hashed as stored. */
const sessionTokenHash = (c: Context<AppEnv>) => hashSessionToken(sessionToken(c));

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
 * For a route that checks its member in its own batch (`batchAsMember`), before it checks the
 * request: someone signed out gets 401, as from every organiser route, not a word about the query
 * or the path. Reads nothing.
 */
export const requireSessionCookie = createMiddleware<AppEnv>(async (c, next) => {
  sessionToken(c);
  await next();
});

/** A request's claim to be a member: its session token (hashed), the organisation, the time. */
export interface MemberClaim {
  tokenHash: string;
  slug: string;
  now: number;
}

async function memberClaim(c: Context<AppEnv>): Promise<MemberClaim> {
  return { tokenHash: await sessionTokenHash(c), slug: organisationSlug(c), now: Date.now() };
}

/** The read that decides a claim: the live session, the member's role, the organisation. */
function memberRead(db: D1Database, claim: MemberClaim): D1PreparedStatement {
  return liveMembership(db, claim.tokenHash, claim.slug, claim.now, sessionIdleMs);
}

/**
 * Decides a claim from `memberRead`'s answer: 401 without a live session; someone who is not a
 * member gets the same 404 as for an organisation that does not exist, whatever they guess.
 */
async function admitMember(
  c: Context<AppEnv>,
  claim: MemberClaim,
  answer: D1Result | undefined,
): Promise<void> {
  const membership = parseLiveMembership(answer?.results[0]);
  await acceptSession(c, membership?.session ?? null, claim.now);
  const organisation = organisationFromRow(membership?.organisation);
  if (!organisation || !membership?.role) {
    throw new ApiError(404, "not_found", "We could not find this organisation.");
  }
  c.set("organisation", organisation);
  c.set("role", membership.role);
}

/**
 * Routes under `/orgs/:org`: a live session (401) of a member of the organisation (else 404), in
 * one statement: the session, the member's role and the organisation. Each route then names the
 * permission it needs (`requirePermission`).
 */
export const requireMember = createMiddleware<AppEnv>(async (c, next) => {
  const claim = await memberClaim(c);
  await admitMember(c, claim, await memberRead(c.var.db, claim).all());
  await next();
});

/**
 * `requireMember` and `requirePermission` for a busy read, in the same round trip as the route's
 * own statements: the answers are handed back only once the member is admitted and allowed, so
 * nothing read reaches a response otherwise. The statements are built from the claim alone (the
 * organisation by its slug); any that writes must check the claim itself in SQL
 * (`memberReadAuditStatement`). The route is mounted before `requireMember`.
 */
export async function batchAsMember(
  c: Context<AppEnv>,
  permission: Permission,
  statementsFor: (claim: MemberClaim) => D1PreparedStatement[],
): Promise<D1Result[]> {
  const claim = await memberClaim(c);
  const [member, ...results] = await c.var.db.batch([
    memberRead(c.var.db, claim),
    ...statementsFor(claim),
  ]);
  await admitMember(c, claim, member);
  checkPermission(c.var.role, permission);
  return results;
}
