import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { MeResponse } from "../../../schema/contracts/admin/session.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { sessionAbsoluteMs, sessionIdleMs } from "../../../worker/organisers/session-policy.js";
import { hashSessionToken } from "../../../worker/http/require-session.js";
import {
  adminRequest,
  createAccount,
  goodPassword,
  sessionCookieOf,
  signIn,
} from "../account-helpers.js";
import { createMember } from "../admin-helpers.js";
import { createOrganisation } from "../helpers.js";

const errorOf = async (response: Response) => (await response.json<ErrorEnvelope>()).error;

describe("POST /api/v1/admin/session", () => {
  it("signs in and sets a __Host- cookie that is HttpOnly, Secure, SameSite=Strict, Path=/", async () => {
    const organisation = await createOrganisation();
    const account = await createAccount({ organisationId: organisation.id, role: "organiser" });

    const response = await signIn(account.email.toUpperCase(), account.password);

    expect(response.status).toBe(200);
    const cookie = response.headers.get("Set-Cookie")!;
    expect(cookie).toMatch(/^__Host-hearth_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("Secure");
    expect(cookie).toContain("SameSite=Strict");
    expect(cookie).toContain("Path=/");
    expect(cookie).not.toContain("Domain");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const me = await response.json<MeResponse>();
    expect(me.user).toMatchObject({ id: account.userId, email: account.email });
    expect(me.memberships).toEqual([
      {
        role: "organiser",
        organisation: {
          slug: organisation.slug,
          name: "Test City",
          defaultLocale: "en",
          locales: ["en", "es", "ar"],
          timeZone: "Europe/Tallinn",
        },
      },
    ]);

    const again = await adminRequest("/api/v1/admin/me", { cookie: sessionCookieOf(response) });
    expect(again.status).toBe(200);
    expect((await again.json<MeResponse>()).user.id).toBe(account.userId);
  });

  it("stores only a hash of the session token", async () => {
    const account = await createAccount();
    const response = await signIn(account.email, account.password);
    const token = sessionCookieOf(response).split("=")[1]!;
    const { results } = await env.DB.prepare(`SELECT token_hash FROM sessions WHERE user_id = ?1`)
      .bind(account.userId)
      .all<{ token_hash: string }>();
    expect(results).toEqual([{ token_hash: await hashSessionToken(token) }]);
    expect(results[0]!.token_hash).not.toContain(token);
  });

  it("answers a wrong password and an unknown email with the same 401 body", async () => {
    const account = await createAccount();
    const wrong = await signIn(account.email, "not the password at all");
    const unknown = await signIn(`nobody-${crypto.randomUUID()}@example.org`, goodPassword);

    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const wrongBody = await wrong.json();
    expect(wrongBody).toEqual(await unknown.json());
    expect(wrongBody).toEqual({
      error: { code: "invalid_credentials", message: "The email or password is not right." },
    });
    expect(wrong.headers.get("Set-Cookie")).toBeNull();
  });

  it("issues a new token at every sign-in and ends the browser's previous session", async () => {
    const account = await createAccount();
    const first = sessionCookieOf(await signIn(account.email, account.password));
    const second = sessionCookieOf(
      await signIn(account.email, account.password, { Cookie: first }),
    );

    expect(second).not.toBe(first);
    expect((await adminRequest("/api/v1/admin/me", { cookie: second })).status).toBe(200);
    const old = await adminRequest("/api/v1/admin/me", { cookie: first });
    expect(old.status).toBe(401);
    expect((await errorOf(old)).code).toBe("session_expired");
  });

  it("validates the body: 422 naming the email field", async () => {
    const response = await adminRequest("/api/v1/admin/session", {
      method: "POST",
      json: { email: "not-an-email", password: "x" },
    });
    expect(response.status).toBe(422);
    expect(Object.keys((await errorOf(response)).fields ?? {})).toEqual(["email"]);
  });
});

describe("sign-in throttling", () => {
  it("locks the account after 5 failures, even for the right password, with Retry-After", async () => {
    const account = await createAccount();
    for (let attempt = 1; attempt <= 5; attempt++) {
      const response = await signIn(account.email, `wrong password ${attempt}`, {
        "CF-Connecting-IP": `198.51.100.${attempt}`,
      });
      expect(response.status).toBe(401);
    }

    const locked = await signIn(account.email, account.password, {
      "CF-Connecting-IP": "198.51.100.99",
    });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("Retry-After"))).toBeGreaterThan(14 * 60);
    expect(Number(locked.headers.get("Retry-After"))).toBeLessThanOrEqual(15 * 60);
    const error = await errorOf(locked);
    expect(error.code).toBe("rate_limited");
    expect(error.message).toMatch(/wait 15 minutes/i);
  });

  it("clears the account's failures after a successful sign-in", async () => {
    const account = await createAccount();
    for (let attempt = 0; attempt < 4; attempt++) {
      expect((await signIn(account.email, "wrong password here")).status).toBe(401);
    }
    expect((await signIn(account.email, account.password)).status).toBe(200);
    for (let attempt = 0; attempt < 4; attempt++) {
      expect((await signIn(account.email, "wrong password here")).status).toBe(401);
    }
    expect((await signIn(account.email, account.password)).status).toBe(200);
  });

  it("locks a client that tries 20 different accounts", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`;
    for (let attempt = 0; attempt < 20; attempt++) {
      const response = await signIn(`guess-${attempt}-${crypto.randomUUID()}@example.org`, "x", {
        "CF-Connecting-IP": ip,
      });
      expect(response.status).toBe(401);
    }
    const account = await createAccount();
    const locked = await signIn(account.email, account.password, { "CF-Connecting-IP": ip });
    expect(locked.status).toBe(429);
    expect(locked.headers.get("Retry-After")).toMatch(/^\d+$/);

    const otherClient = await signIn(account.email, account.password, {
      "CF-Connecting-IP": "192.0.2.1",
    });
    expect(otherClient.status).toBe(200);
  });
});

describe("sessions", () => {
  async function insertSession(userId: string, lastSeenAt: number, expiresAt: number) {
    const token = `token-${crypto.randomUUID()}`;
    await env.DB.prepare(
      `INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at)
       VALUES (?1, ?2, ?3, ?4, ?4, ?5)`,
    )
      .bind(
        `ses_${crypto.randomUUID()}`,
        await hashSessionToken(token),
        userId,
        lastSeenAt,
        expiresAt,
      )
      .run();
    await env.DB.prepare(`UPDATE sessions SET last_seen_at = ?2 WHERE token_hash = ?1`)
      .bind(await hashSessionToken(token), lastSeenAt)
      .run();
    return `__Host-hearth_session=${token}`;
  }

  it("ends a session idle for longer than the idle timeout", async () => {
    const account = await createAccount();
    const now = Date.now();
    const cookie = await insertSession(account.userId, now - sessionIdleMs - 1000, now + 60_000);
    const response = await adminRequest("/api/v1/admin/me", { cookie });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe("session_expired");
    expect(response.headers.get("Set-Cookie")).toMatch(/^__Host-hearth_session=;.*Max-Age=0/);
  });

  it("ends a session past its absolute expiry even when it was used a moment ago", async () => {
    const account = await createAccount();
    const now = Date.now();
    const cookie = await insertSession(account.userId, now - 1000, now - 1);
    const response = await adminRequest("/api/v1/admin/me", { cookie });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe("session_expired");
  });

  it("keeps a session that is within both limits", async () => {
    const account = await createAccount();
    const now = Date.now();
    const cookie = await insertSession(
      account.userId,
      now - sessionIdleMs + 60_000,
      now + sessionAbsoluteMs,
    );
    expect((await adminRequest("/api/v1/admin/me", { cookie })).status).toBe(200);
  });

  it("answers 401 unauthorized without a cookie", async () => {
    const response = await adminRequest("/api/v1/admin/me");
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe("unauthorized");
  });

  it("signs out: revokes the session and clears the cookie", async () => {
    const account = await createAccount();
    const cookie = sessionCookieOf(await signIn(account.email, account.password));

    const response = await adminRequest("/api/v1/admin/session", { method: "DELETE", cookie });
    expect(response.status).toBe(204);
    expect(response.headers.get("Set-Cookie")).toMatch(/^__Host-hearth_session=;.*Max-Age=0/);
    const after = await adminRequest("/api/v1/admin/me", { cookie });
    expect(after.status).toBe(401);
    expect((await errorOf(after)).code).toBe("session_expired");
  });
});

describe("POST /api/v1/admin/password", () => {
  it("changes the password, ends every other session and hands out a fresh one", async () => {
    const account = await createAccount();
    const laptop = sessionCookieOf(await signIn(account.email, account.password));
    const phone = sessionCookieOf(await signIn(account.email, account.password));
    const newPassword = "seven quiet harbour lamps";

    const response = await adminRequest("/api/v1/admin/password", {
      method: "POST",
      cookie: laptop,
      json: { currentPassword: account.password, newPassword },
    });

    expect(response.status).toBe(200);
    const fresh = sessionCookieOf(response);
    expect(fresh).not.toBe(laptop);
    expect((await adminRequest("/api/v1/admin/me", { cookie: fresh })).status).toBe(200);
    expect((await adminRequest("/api/v1/admin/me", { cookie: laptop })).status).toBe(401);
    expect((await adminRequest("/api/v1/admin/me", { cookie: phone })).status).toBe(401);
    expect((await signIn(account.email, account.password)).status).toBe(401);
    expect((await signIn(account.email, newPassword)).status).toBe(200);
  });

  it("refuses a wrong current password with 401 and keeps the session", async () => {
    const account = await createAccount();
    const cookie = sessionCookieOf(await signIn(account.email, account.password));
    const response = await adminRequest("/api/v1/admin/password", {
      method: "POST",
      cookie,
      json: { currentPassword: "not my password", newPassword: "seven quiet harbour lamps" },
    });
    expect(response.status).toBe(401);
    expect((await errorOf(response)).code).toBe("invalid_credentials");
    expect((await adminRequest("/api/v1/admin/me", { cookie })).status).toBe(200);
  });

  it.each([
    ["too short", "short pass", "Use at least 12 characters"],
    ["common", "Password1234", "too common"],
    ["containing the email's name", "xx-{local}-2026!", "email address"],
  ])("refuses a %s new password with 422 on newPassword", async (_, template, message) => {
    const account = await createAccount();
    const cookie = sessionCookieOf(await signIn(account.email, account.password));
    const local = account.email.split("@")[0]!;
    const response = await adminRequest("/api/v1/admin/password", {
      method: "POST",
      cookie,
      json: { currentPassword: account.password, newPassword: template.replace("{local}", local) },
    });
    expect(response.status).toBe(422);
    const error = await errorOf(response);
    expect(error.code).toBe("validation_failed");
    expect(error.fields?.newPassword).toContain(message);
  });
});

describe("CSRF defences", () => {
  it("refuses a write from a foreign origin with 403", async () => {
    const organisation = await createOrganisation();
    const owner = await createMember(organisation.id, "owner");
    const response = await owner.as(`/api/v1/admin/orgs/${organisation.slug}/invitations`, {
      method: "POST",
      headers: { Origin: "https://evil.example" },
      json: { email: "new@example.org", role: "organiser" },
    });
    expect(response.status).toBe(403);
    expect((await errorOf(response)).code).toBe("forbidden_origin");
  });

  it("refuses a write without an Origin header with 403", async () => {
    const account = await createAccount();
    const response = await signIn(account.email, account.password, { Origin: "" });
    expect(response.status).toBe(403);
  });

  it("refuses a form-encoded write with 415", async () => {
    const organisation = await createOrganisation();
    const owner = await createMember(organisation.id, "owner");
    const response = await owner.as(`/api/v1/admin/orgs/${organisation.slug}/invitations`, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "email=new%40example.org&role=owner",
    });
    expect(response.status).toBe(415);
    expect((await errorOf(response)).code).toBe("unsupported_media_type");
  });
});
