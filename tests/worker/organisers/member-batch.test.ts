import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { AdminEventListResponse } from "../../../schema/contracts/admin/events.js";
import type { RosterResponse } from "../../../schema/contracts/admin/roster.js";
import { hashSessionToken } from "../../../worker/http/require-session.js";
import {
  memberReadAuditStatement,
  readCoalescedWithinMs,
} from "../../../worker/organisers/record-read.js";
import { createMember, dashboardOrigin } from "../admin-helpers.js";
import {
  createBookableSlot,
  createEvent,
  createSlot,
  postSignUp,
  request,
  signUpBody,
} from "../helpers.js";

const metered = { HEARTH_D1_METRICS: "1" };

async function auditCount(): Promise<number> {
  const row = await env.DB.prepare(`SELECT count(*) AS n FROM audit_log`).first<{ n: number }>();
  return row!.n;
}

async function rosterWorld() {
  const booking = await createBookableSlot();
  await postSignUp(
    booking.organisation.slug,
    booking.event.id,
    signUpBody(booking.slot.id, { name: "Amina" }),
  );
  const path = `/api/v1/admin/orgs/${booking.organisation.slug}/events/${booking.event.id}/registrations`;
  return { ...booking, path };
}

const asCookie = (cookie: string) => ({ headers: { Cookie: cookie, Origin: dashboardOrigin } });

describe("the busiest organiser reads, checked and read in one round trip", () => {
  it("answers the dashboard's events list in one D1 round trip", async () => {
    const world = await rosterWorld();
    const coordinator = await createMember(world.organisation.id, "coordinator");
    const path = `/api/v1/admin/orgs/${world.organisation.slug}/events`;

    const response = await request(path, asCookie(coordinator.cookie), metered);

    expect(response.status).toBe(200);
    const body = await response.json<AdminEventListResponse>();
    expect(body.events.map((event) => event.id)).toEqual([world.event.id]);
    expect(response.headers.get("Server-Timing")).toContain("round_trips=1 ");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("answers the events list 401 without a live session and 404 to a member of another organisation", async () => {
    const world = await rosterWorld();
    const stranger = await createMember((await createBookableSlot()).organisation.id, "owner");
    const path = `/api/v1/admin/orgs/${world.organisation.slug}/events`;

    const none = await request(path, { headers: { Origin: dashboardOrigin } });
    const other = await request(path, asCookie(stranger.cookie));

    expect([none.status, other.status]).toEqual([401, 404]);
    for (const answer of [await none.text(), await other.text()]) {
      expect(answer).not.toContain(world.event.id);
    }
  });

  it("answers someone signed out 401 before looking at the query or the event's id", async () => {
    const world = await rosterWorld();
    const signedOut = { headers: { Origin: dashboardOrigin } };
    const events = `/api/v1/admin/orgs/${world.organisation.slug}/events`;

    const answers = await Promise.all([
      request(`${events}?when=someday`, signedOut),
      request(`${events}/not-an-id!/registrations`, signedOut),
      request(`${world.path}?status=nonsense`, signedOut),
    ]);

    expect(answers.map((answer) => answer.status)).toEqual([401, 401, 401]);
    // A member sending the same malformed query is told what is wrong with it.
    const member = await createMember(world.organisation.id, "coordinator");
    const malformed = await request(`${events}?when=someday`, asCookie(member.cookie));
    expect(malformed.status).toBe(422);
  });

  it("answers a member in one D1 round trip, audited", async () => {
    const world = await rosterWorld();
    const coordinator = await createMember(world.organisation.id, "coordinator");
    const before = await auditCount();

    const response = await request(world.path, asCookie(coordinator.cookie), metered);

    expect(response.status).toBe(200);
    expect((await response.json<RosterResponse>()).entries.map((e) => e.name)).toEqual(["Amina"]);
    expect(response.headers.get("Server-Timing")).toContain("round_trips=1 ");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(await auditCount()).toBe(before + 1);
  });

  it("reads nothing out and writes no audit row for a request without a live session", async () => {
    const world = await rosterWorld();
    const member = await createMember(world.organisation.id, "organiser");
    await env.DB.prepare(`UPDATE sessions SET revoked_at = ?1 WHERE user_id = ?2`)
      .bind(Date.now(), member.userId)
      .run();
    const before = await auditCount();

    const revoked = await request(world.path, asCookie(member.cookie));
    const none = await request(world.path, { headers: { Origin: dashboardOrigin } });

    expect([revoked.status, none.status]).toEqual([401, 401]);
    for (const answer of [await revoked.text(), await none.text()]) {
      expect(answer).not.toContain("Amina");
    }
    expect(await auditCount()).toBe(before);
  });

  it("answers a member of another organisation 404, with nothing read out and no audit row", async () => {
    const world = await rosterWorld();
    const elsewhere = await createBookableSlot();
    const stranger = await createMember(elsewhere.organisation.id, "owner");
    const before = await auditCount();

    const response = await request(world.path, asCookie(stranger.cookie));

    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("Amina");
    expect(await auditCount()).toBe(before);
  });

  it("writes the audit row only for a live member whose role may, reading an event of theirs", async () => {
    const world = await rosterWorld();
    const elsewhere = await createBookableSlot();
    const coordinator = await createMember(world.organisation.id, "coordinator");
    const token = /=(.*)$/.exec(coordinator.cookie)![1]!;
    const claim = {
      tokenHash: await hashSessionToken(token),
      slug: world.organisation.slug,
      now: Date.now(),
    };
    const write = (
      permission: "roster.read" | "roster.write",
      eventId: string,
      slug = claim.slug,
    ) =>
      memberReadAuditStatement(
        env.DB,
        { ...claim, slug },
        permission,
        "roster.viewed",
        eventId,
      ).run();

    // A coordinator may read the roster but not change it; another organisation's event, or the
    // slug of an organisation they are not in, is nobody's read.
    expect((await write("roster.write", world.event.id)).meta.changes).toBe(0);
    expect((await write("roster.read", elsewhere.event.id)).meta.changes).toBe(0);
    expect(
      (await write("roster.read", elsewhere.event.id, elsewhere.organisation.slug)).meta.changes,
    ).toBe(0);
    const written = await write("roster.read", world.event.id);
    expect(written.meta.changes).toBe(1);
    const row = await env.DB.prepare(
      `SELECT organisation_id, user_id, target_id FROM audit_log ORDER BY rowid DESC LIMIT 1`,
    ).first();
    expect(row).toEqual({
      organisation_id: world.organisation.id,
      user_id: coordinator.userId,
      target_id: world.event.id,
    });
  });

  it("keeps one row for a member's views of one roster within five minutes, and writes again after", async () => {
    const world = await rosterWorld();
    const other = { event: await createEvent(world.organisation.id) };
    await createSlot(other.event);
    const organiser = await createMember(world.organisation.id, "organiser");
    const colleague = await createMember(world.organisation.id, "coordinator");
    const views = async () => {
      const { results } = await env.DB.prepare(
        `SELECT user_id AS userId, target_id AS eventId FROM audit_log
          WHERE action = 'roster.viewed' AND organisation_id = ?1 ORDER BY rowid`,
      )
        .bind(world.organisation.id)
        .all<{ userId: string; eventId: string }>();
      return results.map(
        (row) =>
          `${row.userId === organiser.userId ? "organiser" : "colleague"} ${row.eventId === world.event.id ? "first" : "other"}`,
      );
    };
    const view = async (cookie: string, path = world.path) =>
      expect((await request(path, asCookie(cookie))).status).toBe(200);

    // Searching at the door: a page, a search, the next page — one row.
    await view(organiser.cookie);
    await view(organiser.cookie, `${world.path}?q=Ami`);
    await view(organiser.cookie, `${world.path}?status=confirmed`);
    expect(await views()).toEqual(["organiser first"]);
    // Another member, or another roster, is a row of its own.
    await view(colleague.cookie);
    await view(organiser.cookie, world.path.replace(world.event.id, other.event.id));
    expect(await views()).toEqual(["organiser first", "colleague first", "organiser other"]);
    // Five minutes on, the same member's view is written again.
    await env.DB.prepare(`UPDATE audit_log SET created_at = created_at - ?1 WHERE user_id = ?2`)
      .bind(readCoalescedWithinMs, organiser.userId)
      .run();
    await view(organiser.cookie);
    expect(await views()).toEqual([
      "organiser first",
      "colleague first",
      "organiser other",
      "organiser first",
    ]);
  });
});
