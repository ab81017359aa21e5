import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type {
  RosterEntry,
  RosterEntryResponse,
  RosterResponse,
} from "../../../schema/contracts/admin/roster.js";
import { rosterPageSize } from "../../../schema/contracts/admin/roster.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { createMember, dashboardOrigin } from "../admin-helpers.js";
import {
  createBookableSlot,
  createEvent,
  createSlot,
  day,
  postSignUp,
  readSlot,
  request,
  signUpBody,
} from "../helpers.js";

async function rosterFixture(slot: Parameters<typeof createBookableSlot>[0] = {}) {
  const booking = await createBookableSlot({ capacity: 4, waitlistCapacity: 4, ...slot });
  const sign = async (name: string, adults: number, extra: Parameters<typeof signUpBody>[1] = {}) =>
    (
      await (
        await postSignUp(
          booking.organisation.slug,
          booking.event.id,
          signUpBody(booking.slot.id, { name, adults, ...extra }),
        )
      ).json<SignUpResponse>()
    ).registration;
  const organiser = await createMember(booking.organisation.id, "organiser");
  const base = `/api/v1/admin/orgs/${booking.organisation.slug}/events/${booking.event.id}/registrations`;
  return { ...booking, sign, organiser, base };
}

async function auditActions(organisationId: string): Promise<string[]> {
  const { results } = await env.DB.prepare(
    `SELECT action FROM audit_log WHERE organisation_id = ?1 ORDER BY created_at, rowid`,
  )
    .bind(organisationId)
    .all<{ action: string }>();
  return results.map((row) => row.action);
}

describe("the roster", () => {
  it("lists confirmed, waitlisted and cancelled people with totals, and audits the view", async () => {
    const { sign, organiser, base, organisation } = await rosterFixture();
    await sign("Amina", 2, { children: 1, needs: { interpreterLanguage: "Dari" } });
    await sign("Olena", 1, { needs: { interpreterLanguage: "Ukrainian" } });
    await sign("Big family", 3);

    const response = await organiser.as(base);
    expect(response.status).toBe(200);
    const body = await response.json<RosterResponse>();
    expect(body.entries.map((entry) => [entry.name, entry.status])).toEqual([
      ["Amina", "confirmed"],
      ["Olena", "confirmed"],
      ["Big family", "waitlisted"],
    ]);
    expect(body.entries[0]!.shortCode).toMatch(/^[2-9A-HJ-NP-Z]{6}$/);
    expect(body.totals).toMatchObject({
      confirmedPeople: 4,
      waitlistedPeople: 3,
      adults: 3,
      children: 1,
      interpreterLanguages: { Dari: 3, Ukrainian: 1 },
    });
    expect(await auditActions(organisation.id)).toEqual(["roster.viewed"]);
  });

  it("counts every total of the whole event: people per status, adults, children, checked in, interpreters", async () => {
    const { sign, organiser, base } = await rosterFixture({ capacity: 6 });
    const amina = await sign("Amina", 2, { children: 1, needs: { interpreterLanguage: "Dari" } });
    const olena = await sign("Olena", 1, { needs: { interpreterLanguage: "dari" } });
    await sign("Leaving", 1, { children: 1 });
    await sign("Waiting family", 2, { children: 2 });
    const leaving = (await (await organiser.as(`${base}?q=Leaving`)).json<RosterResponse>())
      .entries[0]!;
    expect((await organiser.as(`${base}/${leaving.id}/cancel`, { method: "POST" })).status).toBe(
      200,
    );
    for (const person of [amina, olena]) {
      expect((await organiser.as(`${base}/${person.id}/check-in`, { method: "POST" })).status).toBe(
        200,
      );
    }
    // A search narrows the page, never the totals.
    const body = await (await organiser.as(`${base}?q=Olena`)).json<RosterResponse>();
    expect(body.entries.map((entry) => entry.name)).toEqual(["Olena"]);
    expect(body.totals).toEqual({
      confirmedPeople: 4,
      waitlistedPeople: 4,
      offeredPeople: 0,
      cancelledPeople: 2,
      adults: 3,
      children: 1,
      checkedInPeople: 4,
      interpreterLanguages: { Dari: 4 },
    });
  });

  it("finds people by name search, status and short code", async () => {
    const { sign, organiser, base } = await rosterFixture({ capacity: 10 });
    await sign("Amina", 1);
    await sign("Olena", 1, { email: "olena@example.org" });
    const all = await (await organiser.as(base)).json<RosterResponse>();
    const olena = all.entries.find((entry) => entry.name === "Olena")!;

    const byName = await (await organiser.as(`${base}?q=ami`)).json<RosterResponse>();
    expect(byName.entries.map((entry) => entry.name)).toEqual(["Amina"]);
    const byCode = await (
      await organiser.as(`${base}?code=${olena.shortCode!.toLowerCase()}`)
    ).json<RosterResponse>();
    expect(byCode.entries.map((entry) => entry.id)).toEqual([olena.id]);
    const waitlisted = await (
      await organiser.as(`${base}?status=waitlisted`)
    ).json<RosterResponse>();
    expect(waitlisted.entries).toHaveLength(0);
    expect(waitlisted.totals.confirmedPeople).toBe(2);
    const badCode = await organiser.as(`${base}?code=12`);
    expect(badCode.status).toBe(422);
  });

  it("checks someone in and undoes it, audited, and refuses to check in a waitlisted person", async () => {
    const { sign, organiser, base, organisation } = await rosterFixture();
    const confirmed = await sign("Amina", 4);
    const waiting = await sign("Olena", 1);

    const checkIn = await organiser.as(`${base}/${confirmed.id}/check-in`, { method: "POST" });
    expect(checkIn.status).toBe(200);
    expect((await checkIn.json<RosterEntryResponse>()).entry.checkedInAt).not.toBeNull();
    const twice = await organiser.as(`${base}/${confirmed.id}/check-in`, { method: "POST" });
    expect(twice.status).toBe(409);
    const undo = await organiser.as(`${base}/${confirmed.id}/check-in`, { method: "DELETE" });
    expect((await undo.json<RosterEntryResponse>()).entry.checkedInAt).toBeNull();
    const refused = await organiser.as(`${base}/${waiting.id}/check-in`, { method: "POST" });
    expect(refused.status).toBe(409);
    expect(await auditActions(organisation.id)).toEqual([
      "registration.checked_in",
      "registration.check_in_undone",
    ]);
  });

  it("lets a coordinator check people in but not export or move them", async () => {
    const { sign, base, organisation } = await rosterFixture();
    const person = await sign("Amina", 1);
    const coordinator = await createMember(organisation.id, "coordinator");
    expect((await coordinator.as(`${base}/${person.id}/check-in`, { method: "POST" })).status).toBe(
      200,
    );
    expect((await coordinator.as(`${base}.csv`)).status).toBe(403);
    expect(
      (
        await coordinator.as(`${base}/${person.id}/move`, {
          method: "POST",
          json: { to: "waitlisted" },
        })
      ).status,
    ).toBe(403);
  });

  it("marks no-shows only once the event has started", async () => {
    const { sign, organiser, base, event } = await rosterFixture();
    const person = await sign("Amina", 1);
    const early = await organiser.as(`${base}/${person.id}/no-show`, { method: "POST" });
    expect(early.status).toBe(409);
    await env.DB.prepare(`UPDATE events SET starts_at = ?1 WHERE id = ?2`)
      .bind(Date.now() - 60_000, event.id)
      .run();
    const late = await organiser.as(`${base}/${person.id}/no-show`, { method: "POST" });
    expect(late.status).toBe(200);
    expect((await late.json<RosterEntryResponse>()).entry.noShowAt).not.toBeNull();
  });

  it("moves people between the waitlist and places through the booking engine, never past capacity", async () => {
    const { sign, organiser, base, slot } = await rosterFixture({
      capacity: 3,
      waitlistCapacity: 5,
    });
    const holder = await sign("Holder", 2);
    const waiting = await sign("Waiting", 2);

    const refused = await organiser.as(`${base}/${waiting.id}/move`, {
      method: "POST",
      json: { to: "confirmed" },
    });
    expect(refused.status).toBe(409);
    expect((await refused.json<ErrorEnvelope>()).error.code).toBe("slot_full");
    expect(await readSlot(slot.id)).toMatchObject({ taken: 2, waitlistTaken: 2 });

    const demoted = await organiser.as(`${base}/${holder.id}/move`, {
      method: "POST",
      json: { to: "waitlisted" },
    });
    expect((await demoted.json<RosterEntryResponse>()).entry.status).toBe("waitlisted");
    const promoted = await organiser.as(`${base}/${waiting.id}/move`, {
      method: "POST",
      json: { to: "confirmed" },
    });
    expect((await promoted.json<RosterEntryResponse>()).entry.status).toBe("confirmed");
    expect(await readSlot(slot.id)).toMatchObject({ taken: 2, waitlistTaken: 2 });
  });

  it("cancels on someone's behalf and promotes the waitlist", async () => {
    const { sign, organiser, base, slot } = await rosterFixture({ capacity: 2 });
    const holder = await sign("Holder", 2);
    const waiting = await sign("Waiting", 1);
    const response = await organiser.as(`${base}/${holder.id}/cancel`, { method: "POST" });
    expect((await response.json<RosterEntryResponse>()).entry.status).toBe("cancelled");
    const roster = await (await organiser.as(base)).json<RosterResponse>();
    expect(roster.entries.find((entry) => entry.id === waiting.id)?.status).toBe("confirmed");
    expect((await readSlot(slot.id)).taken).toBe(1);
  });

  it("adds a family on their behalf with consent recorded as given in person, and hands over a manage link", async () => {
    const { organiser, base, slot } = await rosterFixture();
    const response = await organiser.as(base, {
      method: "POST",
      json: {
        slotId: slot.id,
        adults: 2,
        children: 2,
        name: "Family H.",
        locale: "fa",
        consentInPerson: true,
      },
    });
    expect(response.status).toBe(201);
    const body = await response.json<RosterEntryResponse & { manageUrl: string }>();
    expect(body.entry).toMatchObject({
      status: "confirmed",
      consentSource: "in_person",
      adults: 2,
      children: 2,
    });
    expect(body.manageUrl).toContain("#token=");
    const missingConsent = await organiser.as(base, {
      method: "POST",
      json: { slotId: slot.id, adults: 1, name: "X", locale: "en" },
    });
    expect(missingConsent.status).toBe(422);
    expect((await missingConsent.json<ErrorEnvelope>()).error.fields).toHaveProperty(
      "consentInPerson",
    );
  });

  it("exports a CSV with a BOM, CRLF, quoting and neutralised formulas, and audits the export", async () => {
    const { sign, organiser, base, organisation } = await rosterFixture({ capacity: 10 });
    await sign('=HYPERLINK("http://evil")', 1);
    await sign('Олена, "Лена"', 1, { needs: { dietary: "halal\nno pork" } });
    await sign("محمد", 1);
    const response = await organiser.as(`${base}.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("Content-Disposition")).toMatch(
      /attachment; filename="roster-evt_/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split("\r\n")[0]).toMatch(/^Code,Status,/);
    // Which time each person booked, in the event's own time zone.
    expect(text.split("\r\n")[0]).toContain(",Name,Time,Adults,");
    expect(text.split("\r\n")[1]).toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d/);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(text).toContain(`"Олена, ""Лена"""`);
    expect(text).toContain(`"halal\nno pork"`);
    expect(text).toContain("محمد");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(await auditActions(organisation.id)).toEqual(["roster.exported"]);
  });

  it("writes each person with every field the contract names, times to the millisecond", async () => {
    const { sign, organiser, base, slot } = await rosterFixture();
    const amina = await sign("Amina", 2, {
      children: 1,
      phone: "+372 5555 1234",
      needs: { interpreterLanguage: "Dari", accessibility: "Step-free", dietary: "Halal" },
    });
    const olena = await sign("Olena", 1, { email: undefined });
    const checkedInAt = 1_796_000_000_123;
    const offerExpiresAt = 1_796_000_000_007;
    await env.DB.batch([
      env.DB.prepare(`UPDATE registrations SET checked_in_at = ?1 WHERE id = ?2`).bind(
        checkedInAt,
        amina.id,
      ),
      env.DB.prepare(
        `UPDATE registrations SET status = 'offered', offer_expires_at = ?1 WHERE id = ?2`,
      ).bind(offerExpiresAt, olena.id),
    ]);
    const stored = (id: string) =>
      env.DB.prepare(
        `SELECT created_at AS createdAt, short_code AS shortCode FROM registrations WHERE id = ?1`,
      )
        .bind(id)
        .first<{ createdAt: number; shortCode: string | null }>();
    const [a, o] = [(await stored(amina.id))!, (await stored(olena.id))!];

    const body = await (await organiser.as(base)).json<RosterResponse>();

    const expected: RosterEntry[] = [
      {
        id: amina.id,
        shortCode: a.shortCode,
        status: "confirmed",
        position: null,
        offerExpiresAt: null,
        answers: {},
        slotId: slot.id,
        adults: 2,
        children: 1,
        name: "Amina",
        email: "amina@example.org",
        phone: "+372 5555 1234",
        locale: "en",
        needs: { interpreterLanguage: "Dari", accessibility: "Step-free", dietary: "Halal" },
        consentSource: "online",
        createdAt: new Date(a.createdAt).toISOString(),
        checkedInAt: new Date(checkedInAt).toISOString(),
        noShowAt: null,
        erased: false,
      },
      {
        id: olena.id,
        shortCode: o.shortCode,
        status: "offered",
        position: null,
        offerExpiresAt: new Date(offerExpiresAt).toISOString(),
        answers: {},
        slotId: slot.id,
        adults: 1,
        children: 0,
        name: "Olena",
        email: null,
        phone: null,
        locale: "en",
        needs: { interpreterLanguage: null, accessibility: null, dietary: null },
        consentSource: "online",
        createdAt: new Date(o.createdAt).toISOString(),
        checkedInAt: null,
        noShowAt: null,
        erased: false,
      },
    ];
    expect(body.entries).toEqual(expected);
  });

  it("answers 404 for an event of another organisation, whatever the id", async () => {
    const { organiser, organisation } = await rosterFixture();
    const other = await createBookableSlot();
    const response = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/events/${other.event.id}/registrations`,
    );
    expect(response.status).toBe(404);
    const otherEvent = await createEvent(other.organisation.id, { startsAt: Date.now() + day });
    await createSlot(otherEvent);
    const direct = await organiser.as(
      `/api/v1/admin/orgs/${other.organisation.slug}/events/${otherEvent.id}/registrations`,
    );
    expect(direct.status).toBe(404);
  });
});

describe("a long waitlist", () => {
  it("numbers 2,000 waiting people in order and in pages, reading rows in proportion to them, not their square", async () => {
    const booking = await createBookableSlot({ capacity: 1, waitlistCapacity: 5000 });
    const organiser = await createMember(booking.organisation.id, "organiser");
    await env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
       INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, locale,
         consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
       SELECT 'reg_wait_' || printf('%04d', i), ?1, ?2, ?3, 'waitlisted', 1, 'Waiting ' || i, 'en',
              0, 'wait-' || i, 'x', 'x', 1000 + i, 1000 + i FROM n`,
    )
      .bind(booking.organisation.id, booking.event.id, booking.slot.id)
      .run();
    const path = `/api/v1/admin/orgs/${booking.organisation.slug}/events/${booking.event.id}/registrations`;
    const asOrganiser = { headers: { Cookie: organiser.cookie, Origin: dashboardOrigin } };
    const response = await request(`${path}?status=waitlisted`, asOrganiser, {
      HEARTH_D1_METRICS: "1",
    });
    expect(response.status).toBe(200);
    const first = await response.json<RosterResponse>();
    // A page, the totals of everyone.
    expect(first.entries).toHaveLength(rosterPageSize);
    expect(first.totals.waitlistedPeople).toBe(2000);
    expect(first.entries.slice(0, 3).map((entry) => [entry.name, entry.position])).toEqual([
      ["Waiting 1", 1],
      ["Waiting 2", 2],
      ["Waiting 3", 3],
    ]);
    const rowsRead = Number(
      /rows_read=(\d+)/.exec(response.headers.get("Server-Timing") ?? "")?.[1],
    );
    // Each waiting person a few times over (the list, its order, the numbering), never 2,000 times.
    expect(rowsRead).toBeLessThan(20_000);

    // Following the pages gives everyone once, in order, and ends.
    const names: string[] = first.entries.map((entry) => entry.name);
    let cursor = first.nextCursor;
    let last: RosterResponse | undefined;
    while (cursor) {
      last = await (
        await request(`${path}?status=waitlisted&cursor=${encodeURIComponent(cursor)}`, asOrganiser)
      ).json<RosterResponse>();
      names.push(...last.entries.map((entry) => entry.name));
      cursor = last.nextCursor;
    }
    expect(names).toHaveLength(2000);
    expect(new Set(names).size).toBe(2000);
    expect(last?.entries.at(-1)).toMatchObject({ name: "Waiting 2000", position: 2000 });

    // The spreadsheet, streamed a thousand at a time, has all 2,000 with their places.
    const csv = await (await request(`${path}.csv`, asOrganiser)).text();
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 2000);
    expect(lines.at(-1)).toContain("Waiting 2000");
    expect(lines.at(-1)).toContain(",2000,");

    const broken = await request(`${path}?cursor=nope`, asOrganiser);
    expect(broken.status).toBe(422);
  });
});
