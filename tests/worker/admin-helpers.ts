import { env } from "cloudflare:test";
import type { Role } from "../../schema/contracts/admin/session.js";
import { sessionAbsoluteMs } from "../../worker/organisers/session-policy.js";
import { hashSessionToken } from "../../worker/http/require-session.js";
import { request } from "./helpers.js";

export const dashboardOrigin = "http://localhost";

/**
 * A member of `organisationId` with `role` and a live session, made straight in D1 (the sign-in
 * flow has its own tests). `as` sends requests with their session cookie from the dashboard.
 */
export async function createMember(organisationId: string, role: Role) {
  const suffix = crypto.randomUUID().slice(0, 8);
  const userId = `usr_${suffix}`;
  const token = `token-${crypto.randomUUID()}`;
  const now = Date.now();
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO users (id, email, display_name, password_hash, password_changed_at, created_at)
       VALUES (?1, ?2, ?3, 'not-a-usable-hash', ?4, ?4)`,
    ).bind(userId, `${role}-${suffix}@example.org`, `Test ${role}`, now),
    env.DB.prepare(
      `INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES (?1, ?2, ?3, ?4)`,
    ).bind(userId, organisationId, role, now),
    env.DB.prepare(
      `INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at)
       VALUES (?1, ?2, ?3, ?4, ?4, ?5)`,
    ).bind(`ses_${suffix}`, await hashSessionToken(token), userId, now, now + sessionAbsoluteMs),
  ]);
  const cookie = `__Host-hearth_session=${token}`;
  return {
    userId,
    cookie,
    /** Sends a request as this member, from the dashboard's origin, JSON body if given. */
    as: (path: string, init: RequestInit & { json?: unknown } = {}) => {
      const { json, ...rest } = init;
      const headers = new Headers(rest.headers);
      headers.set("Cookie", cookie);
      if (!headers.has("Origin")) headers.set("Origin", dashboardOrigin);
      if (json !== undefined) headers.set("Content-Type", "application/json");
      return request(path, {
        ...rest,
        headers,
        ...(json !== undefined ? { body: JSON.stringify(json) } : {}),
      });
    },
  };
}
