import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { MeResponse } from "../../../schema/contracts/admin/session.js";
import type {
  AuditLogResponse,
  InvitationCreatedResponse,
  InvitationPreviewResponse,
  TeamMember,
  TeamResponse,
} from "../../../schema/contracts/admin/team.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { hashInvitationToken } from "../../../worker/organisers/invitation-token.js";
import { adminRequest, createAccount, sessionCookieOf } from "../account-helpers.js";
import { createMember, dashboardOrigin } from "../admin-helpers.js";
import { createOrganisation, day } from "../helpers.js";

const errorOf = async (response: Response) => (await response.json<ErrorEnvelope>()).error;

async function setUp() {
  const organisation = await createOrganisation();
  const owner = await createMember(organisation.id, "owner");
  return { organisation, owner, base: `/api/v1/admin/orgs/${organisation.slug}` };
}

async function invite(
  owner: Awaited<ReturnType<typeof createMember>>,
  base: string,
  email: string,
  role = "organiser",
) {
  const response = await owner.as(`${base}/invitations`, {
    method: "POST",
    json: { email, role },
  });
  expect(response.status).toBe(201);
  const { invitation } = await response.json<InvitationCreatedResponse>();
  const token = invitation.url.split("#/invitation/")[1]!;
  return { invitation, token };
}

function accept(token: string, json: unknown) {
  return adminRequest(`/api/v1/admin/invitations/${token}/accept`, { method: "POST", json });
}

async function auditActions(organisationId: string) {
  const { results } = await env.DB.prepare(
    `SELECT action, target_id AS targetId FROM audit_log WHERE organisation_id = ?1 ORDER BY created_at, action`,
  )
    .bind(organisationId)
    .all<{ action: string; targetId: string }>();
  return results;
}

describe("invitations", () => {
  it("creates an invitation whose link is shown once and stored only as a hash", async () => {
    const { organisation, owner, base } = await setUp();
    const { invitation, token } = await invite(owner, base, "New.Person@Example.org");

    expect(invitation.email).toBe("new.person@example.org");
    expect(invitation.url).toBe(`${dashboardOrigin}/admin/#/invitation/${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(invitation.expiresAt) - Date.now()).toBeGreaterThan(7 * day - 60_000);
    const row = await env.DB.prepare(`SELECT token_hash FROM invitations WHERE id = ?1`)
      .bind(invitation.id)
      .first<{ token_hash: string }>();
    expect(row?.token_hash).toBe(await hashInvitationToken(token));
    expect(await auditActions(organisation.id)).toEqual([
      { action: "invitation.created", targetId: invitation.id },
    ]);

    const team = await (await owner.as(`${base}/team`)).json<TeamResponse>();
    expect(team.invitations).toEqual([
      {
        id: invitation.id,
        email: "new.person@example.org",
        role: "organiser",
        expiresAt: invitation.expiresAt,
      },
    ]);
  });

  it("lets a new person preview, accept with a name and password, and use the dashboard", async () => {
    const { organisation, owner, base } = await setUp();
    const email = `new-${crypto.randomUUID().slice(0, 8)}@example.org`;
    const { token } = await invite(owner, base, email, "coordinator");

    const preview = await adminRequest(`/api/v1/admin/invitations/${token}`);
    expect(preview.status).toBe(200);
    expect(await preview.json<InvitationPreviewResponse>()).toEqual({
      invitation: {
        organisation: organisation.slug,
        organisationName: "Test City",
        email,
        role: "coordinator",
        accountExists: false,
      },
    });

    const accepted = await accept(token, {
      displayName: "Nadia",
      password: "a long and unusual phrase",
      locale: "ar",
    });
    expect(accepted.status).toBe(200);
    const me = await accepted.json<MeResponse>();
    expect(me.user).toMatchObject({ email, displayName: "Nadia", locale: "ar" });
    expect(me.memberships).toEqual([
      expect.objectContaining({
        role: "coordinator",
        organisation: expect.objectContaining({ slug: organisation.slug }),
      }),
    ]);

    const cookie = sessionCookieOf(accepted);
    const again = await adminRequest("/api/v1/admin/me", { cookie });
    expect(again.status).toBe(200);
    expect((await again.json<MeResponse>()).user.email).toBe(email);
    expect((await auditActions(organisation.id)).map((entry) => entry.action)).toContain(
      "member.joined",
    );
  });

  it("refuses to use an invitation twice", async () => {
    const { owner, base } = await setUp();
    const { token } = await invite(
      owner,
      base,
      `twice-${crypto.randomUUID().slice(0, 8)}@example.org`,
    );
    const body = { displayName: "Ali", password: "a long and unusual phrase" };
    expect((await accept(token, body)).status).toBe(200);

    const second = await accept(token, body);
    expect(second.status).toBe(404);
    expect(await errorOf(second)).toEqual({
      code: "invitation_invalid",
      message: "This invitation link has expired or was already used. Ask for a new one.",
    });
    expect((await adminRequest(`/api/v1/admin/invitations/${token}`)).status).toBe(404);
  });

  it("lets only one of two concurrent accepts through", async () => {
    const { organisation, owner, base } = await setUp();
    const account = await createAccount();
    const { token } = await invite(owner, base, account.email);

    const responses = await Promise.all([
      accept(token, { password: account.password }),
      accept(token, { password: account.password }),
      accept(token, { password: account.password }),
    ]);

    expect(responses.map((response) => response.status).sort()).toEqual([200, 404, 404]);
    const joined = (await auditActions(organisation.id)).filter(
      (entry) => entry.action === "member.joined",
    );
    expect(joined).toHaveLength(1);
    const { results } = await env.DB.prepare(
      `SELECT COUNT(*) AS n FROM sessions WHERE user_id = ?1`,
    )
      .bind(account.userId)
      .all<{ n: number }>();
    expect(results[0]!.n).toBe(1);
  });

  it("refuses an expired invitation", async () => {
    const { owner, base } = await setUp();
    const { invitation, token } = await invite(owner, base, "late@example.org");
    await env.DB.prepare(`UPDATE invitations SET expires_at = ?2 WHERE id = ?1`)
      .bind(invitation.id, Date.now() - 1)
      .run();

    expect((await adminRequest(`/api/v1/admin/invitations/${token}`)).status).toBe(404);
    const response = await accept(token, {
      displayName: "Late",
      password: "a long and unusual phrase",
    });
    expect(response.status).toBe(404);
    expect((await errorOf(response)).code).toBe("invitation_invalid");
  });

  it("refuses a revoked invitation, and revoking twice is 404", async () => {
    const { organisation, owner, base } = await setUp();
    const { invitation, token } = await invite(owner, base, "revoked@example.org");

    const revoked = await owner.as(`${base}/invitations/${invitation.id}`, { method: "DELETE" });
    expect(revoked.status).toBe(204);
    expect(
      (await owner.as(`${base}/invitations/${invitation.id}`, { method: "DELETE" })).status,
    ).toBe(404);
    expect(
      (await accept(token, { displayName: "X", password: "a long and unusual phrase" })).status,
    ).toBe(404);
    expect((await (await owner.as(`${base}/team`)).json<TeamResponse>()).invitations).toEqual([]);
    expect((await auditActions(organisation.id)).map((entry) => entry.action)).toEqual([
      "invitation.created",
      "invitation.revoked",
    ]);
  });

  it("asks a new person for a name and a password, naming both fields", async () => {
    const { owner, base } = await setUp();
    const { token } = await invite(owner, base, "fields@example.org");
    const response = await accept(token, {});
    expect(response.status).toBe(422);
    expect((await errorOf(response)).fields).toEqual({
      displayName: "Write your name.",
      password: "Choose a password.",
    });
  });

  it("refuses a common password for a new account on the password field", async () => {
    const { owner, base } = await setUp();
    const { token } = await invite(owner, base, "common@example.org");
    const response = await accept(token, { displayName: "C", password: "iloveyou1234" });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).fields?.password).toMatch(/too common/);
  });

  it("refuses a password of only spaces, and a name that is a NUL, naming both fields", async () => {
    const { owner, base } = await setUp();
    const { token } = await invite(owner, base, "blank@example.org");
    for (const password of [" ".repeat(12), "\u3000 ".repeat(6)]) {
      const response = await accept(token, { displayName: "\u0000", password });
      expect(response.status).toBe(422);
      expect((await errorOf(response)).fieldCodes).toEqual({
        displayName: { code: "control_characters" },
        password: { code: "password_weak" },
      });
    }
    const ok = await accept(token, {
      displayName: "\u202eBlank\u202c",
      password: "  a long passphrase  ",
    });
    expect(ok.status).toBe(200);
    expect((await ok.json<MeResponse>()).user.displayName).toBe("Blank");
  });

  it("lets an existing account join with its current password, and refuses a wrong one", async () => {
    const { organisation, owner, base } = await setUp();
    const other = await createOrganisation();
    const account = await createAccount({ organisationId: other.id, role: "owner" });
    const { token } = await invite(owner, base, account.email, "organiser");

    const preview = await (
      await adminRequest(`/api/v1/admin/invitations/${token}`)
    ).json<InvitationPreviewResponse>();
    expect(preview.invitation.accountExists).toBe(true);

    const wrong = await accept(token, { password: "not the right password" });
    expect(wrong.status).toBe(401);
    expect((await errorOf(wrong)).code).toBe("invalid_credentials");

    const ok = await accept(token, { password: account.password });
    expect(ok.status).toBe(200);
    const me = await ok.json<MeResponse>();
    expect(me.memberships.map((m) => [m.organisation.slug, m.role]).sort()).toEqual(
      [
        [organisation.slug, "organiser"],
        [other.slug, "owner"],
      ].sort(),
    );
  });
  it("keeps the only owner an owner when they accept a lesser invitation to the same organisation", async () => {
    const organisation = await createOrganisation();
    const account = await createAccount({ organisationId: organisation.id, role: "owner" });
    const signedIn = await adminRequest("/api/v1/admin/session", {
      method: "POST",
      json: { email: account.email, password: account.password },
    });
    const cookie = sessionCookieOf(signedIn);
    const created = await adminRequest(`/api/v1/admin/orgs/${organisation.slug}/invitations`, {
      method: "POST",
      cookie,
      json: { email: account.email, role: "coordinator" },
    });
    const { invitation } = await created.json<InvitationCreatedResponse>();
    const token = invitation.url.split("#/invitation/")[1]!;

    const accepted = await accept(token, { password: account.password });
    expect(accepted.status).toBe(200);
    expect((await accepted.json<MeResponse>()).memberships[0]!.role).toBe("owner");
  });
});

describe("members", () => {
  it("lists the team", async () => {
    const { organisation, owner, base } = await setUp();
    const coordinator = await createMember(organisation.id, "coordinator");
    const team = await (await owner.as(`${base}/team`)).json<TeamResponse>();
    expect(team.members.map((member) => [member.userId, member.role]).sort()).toEqual(
      [
        [owner.userId, "owner"],
        [coordinator.userId, "coordinator"],
      ].sort(),
    );
    expect(team.members[0]!.since).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it("changes a member's role and audits it", async () => {
    const { organisation, owner, base } = await setUp();
    const member = await createMember(organisation.id, "coordinator");
    const response = await owner.as(`${base}/members/${member.userId}`, {
      method: "PUT",
      json: { role: "organiser" },
    });
    expect(response.status).toBe(200);
    expect(await response.json<TeamMember>()).toMatchObject({
      userId: member.userId,
      role: "organiser",
    });
    expect(await auditActions(organisation.id)).toEqual([
      { action: "member.role_changed", targetId: member.userId },
    ]);
    expect((await member.as(`${base}/settings`)).status).toBe(200);
  });

  it("removes a member, who then gets 404 for the organisation", async () => {
    const { organisation, owner, base } = await setUp();
    const member = await createMember(organisation.id, "organiser");
    expect((await owner.as(`${base}/members/${member.userId}`, { method: "DELETE" })).status).toBe(
      204,
    );
    expect((await member.as(`${base}/settings`)).status).toBe(404);
    expect(await auditActions(organisation.id)).toEqual([
      { action: "member.removed", targetId: member.userId },
    ]);
  });

  it("refuses to demote or remove the last owner with 409 last_owner, and audits nothing", async () => {
    const { organisation, owner, base } = await setUp();
    const demote = await owner.as(`${base}/members/${owner.userId}`, {
      method: "PUT",
      json: { role: "organiser" },
    });
    expect(demote.status).toBe(409);
    expect((await errorOf(demote)).code).toBe("last_owner");
    const remove = await owner.as(`${base}/members/${owner.userId}`, { method: "DELETE" });
    expect(remove.status).toBe(409);
    expect(await auditActions(organisation.id)).toEqual([]);

    const second = await createMember(organisation.id, "owner");
    expect(
      (
        await owner.as(`${base}/members/${owner.userId}`, {
          method: "PUT",
          json: { role: "organiser" },
        })
      ).status,
    ).toBe(200);
    expect((await second.as(`${base}/members/${second.userId}`, { method: "DELETE" })).status).toBe(
      409,
    );
  });

  it("answers 404 for someone who is not a member", async () => {
    const { base, owner } = await setUp();
    const outsider = await createAccount();
    expect(
      (
        await owner.as(`${base}/members/${outsider.userId}`, {
          method: "PUT",
          json: { role: "owner" },
        })
      ).status,
    ).toBe(404);
    expect((await owner.as(`${base}/members/usr_nobody`, { method: "DELETE" })).status).toBe(404);
  });
});

describe("GET /:org/audit", () => {
  it("pages newest first, 50 at a time, naming the person who acted", async () => {
    const { organisation, owner, base } = await setUp();
    const now = Date.now();
    const statements = Array.from({ length: 53 }, (_, index) =>
      env.DB.prepare(
        `INSERT INTO audit_log (id, organisation_id, user_id, action, target_type, target_id, created_at)
         VALUES (?1, ?2, ?3, 'roster.viewed', 'event', 'evt_x', ?4)`,
      ).bind(
        `aud_${String(index).padStart(3, "0")}`,
        organisation.id,
        owner.userId,
        now - index * 1000,
      ),
    );
    await env.DB.batch(statements);

    const first = await (await owner.as(`${base}/audit`)).json<AuditLogResponse>();
    expect(first.entries).toHaveLength(50);
    expect(first.entries[0]).toMatchObject({
      id: "aud_000",
      action: "roster.viewed",
      targetType: "event",
      targetId: "evt_x",
      user: { id: owner.userId, displayName: "Test owner" },
    });
    expect(first.nextCursor).not.toBeNull();

    const second = await (
      await owner.as(`${base}/audit?cursor=${encodeURIComponent(first.nextCursor!)}`)
    ).json<AuditLogResponse>();
    expect(second.entries.map((entry) => entry.id)).toEqual(["aud_050", "aud_051", "aud_052"]);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses a malformed cursor with 422", async () => {
    const { owner, base } = await setUp();
    expect((await owner.as(`${base}/audit?cursor=drop%20table`)).status).toBe(422);
  });
});
