import { env } from "cloudflare:test";
import type { Role } from "../../schema/contracts/admin/session.js";
import { hashPassword } from "../../worker/organisers/passwords.js";
import { dashboardOrigin } from "./admin-helpers.js";
import { request } from "./helpers.js";

export const goodPassword = "correct blue lantern river";

/** An account with a real password hash, optionally a member of `organisationId`. */
export async function createAccount(
  options: { organisationId?: string; role?: Role; password?: string; email?: string } = {},
) {
  const suffix = crypto.randomUUID().slice(0, 8);
  const userId = `usr_${suffix}`;
  const email = options.email ?? `person-${suffix}@example.org`;
  const password = options.password ?? goodPassword;
  const now = Date.now();
  const statements = [
    env.DB.prepare(
      `INSERT INTO users (id, email, display_name, password_hash, password_changed_at, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?5)`,
    ).bind(userId, email, `Person ${suffix}`, await hashPassword(password), now),
  ];
  if (options.organisationId) {
    statements.push(
      env.DB.prepare(
        `INSERT INTO memberships (user_id, organisation_id, role, created_at) VALUES (?1, ?2, ?3, ?4)`,
      ).bind(userId, options.organisationId, options.role ?? "owner", now),
    );
  }
  await env.DB.batch(statements);
  return { userId, email, password };
}

/** A JSON request to the admin API from the dashboard's origin, with an optional cookie. */
export function adminRequest(
  path: string,
  init: { method?: string; json?: unknown; cookie?: string; headers?: Record<string, string> } = {},
) {
  // A client address of its own per request, so failures in one test never lock another's client.
  const headers = new Headers({
    Origin: dashboardOrigin,
    "CF-Connecting-IP": `test-${crypto.randomUUID()}`,
    ...init.headers,
  });
  if (init.cookie) headers.set("Cookie", init.cookie);
  if (init.json !== undefined) headers.set("Content-Type", "application/json");
  return request(path, {
    method: init.method ?? "GET",
    headers,
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
}

export function signIn(email: string, password: string, headers: Record<string, string> = {}) {
  return adminRequest("/api/v1/admin/session", {
    method: "POST",
    json: { email, password },
    headers,
  });
}

/** `name=value` of the session cookie a response set, ready for a `Cookie` header. */
export function sessionCookieOf(response: Response): string {
  const header = response.headers.get("Set-Cookie") ?? "";
  const match = /(__Host-hearth_session=[^;]*)/.exec(header);
  if (!match?.[1]) throw new Error(`no session cookie in ${header}`);
  return match[1];
}
