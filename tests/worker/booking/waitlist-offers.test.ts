import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { EventDetailResponse } from "../../../schema/contracts/events.js";
import type {
  RegistrationResponse,
  SignUpResponse,
} from "../../../schema/contracts/registrations.js";
import type { RosterResponse } from "../../../schema/contracts/admin/roster.js";
import type { D1Work } from "../../../worker/http/d1-metrics.js";
import { countingD1 } from "../../../worker/http/d1-metrics.js";
import { expireOffers } from "../../../worker/jobs/expire-offers.js";
import { createMember } from "../admin-helpers.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import {
  allowedOrigin,
  createEvent,
  createOrganisation,
  createSlot,
  day,
  partyTotals,
  postSignUp,
  readSlot,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";

const hour = 60 * 60 * 1000;

/** An event whose freed places are offered for `hours` (null: given at once), one slot. */
async function offeringSlot(
  options: { hours?: number | null; startsIn?: number; capacity?: number } = {},
) {
  const organisation = await createOrganisation();
  const startsAt = Date.now() + (options.startsIn ?? 7 * day);
  const event = await createEvent(organisation.id, {
    startsAt,
    endsAt: startsAt + 2 * hour,
    waitlistOfferHours: options.hours === undefined ? 24 : options.hours,
  });
  const slot = await createSlot(event, { capacity: options.capacity ?? 2, waitlistCapacity: 40 });
  // Each person their own address: the daily cap on confirmations per address stays out of it.
  const sign = async (name: string, adults = 1) =>
    (
      await postSignUp(
        organisation.slug,
        event.id,
        signUpBody(slot.id, { name, adults, email: `${crypto.randomUUID()}@example.org` }),
      )
    ).json<SignUpResponse>();
  return { organisation, event, slot, sign };
}

function asPerson(booking: SignUpResponse, path = "", init: RequestInit = {}) {
  const { id, manageUrl } = booking.registration;
  return request(`/api/v1/registrations/${id}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${tokenOf(manageUrl)}`, Origin: allowedOrigin },
  });
}

const cancel = (booking: SignUpResponse) => asPerson(booking, "", { method: "DELETE" });
const accept = (booking: SignUpResponse) => asPerson(booking, "/accept", { method: "POST" });

async function statusOf(booking: SignUpResponse) {
  const response = await asPerson(booking);
  return (await response.json<RegistrationResponse>()).registration;
}

async function messagesTo(registrationId: string) {
  const { results } = await env.DB.prepare(
    "SELECT kind FROM outbox WHERE registration_id = ?1 ORDER BY created_at, rowid",
  )
    .bind(registrationId)
    .all<{ kind: string }>();
  return results.map((row) => row.kind);
}

/** The slot's counters agree with its rows: taken = confirmed + offered, held = offered. */
async function expectCountersRight(slotId: string) {
  const [slot, totals] = await Promise.all([readSlot(slotId), partyTotals(slotId)]);
  expect(slot.taken).toBe(totals.confirmed + totals.offered);
  expect(slot.held).toBe(totals.offered);
  expect(slot.waitlistTaken).toBe(totals.waitlisted);
  expect(slot.taken).toBeLessThanOrEqual(slot.capacity);
  return slot;
}

describe("waitlist offers", () => {
  it("offers a freed place to the next party and holds it, where the event offers places", async () => {
    const { organisation, event, slot, sign } = await offeringSlot();
    const first = await sign("First");
    await sign("Second");
    const waiting = await sign("Waiting", 1);
    expect(waiting.registration.status).toBe("waitlisted");

    await cancel(first);

    const offered = await statusOf(waiting);
    expect(offered.status).toBe("offered");
    const expiresAt = Date.parse(offered.offer!.expiresAt);
    expect(expiresAt - Date.now()).toBeGreaterThan(23 * hour);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(24 * hour);
    expect(await messagesTo(waiting.registration.id)).toEqual(["waitlisted", "offered"]);
    const counters = await expectCountersRight(slot.id);
    expect(counters.held).toBe(1);
    // Held places are not free: a newcomer joins the waitlist, and the list says why.
    const newcomer = await sign("Newcomer");
    expect(newcomer.registration.status).toBe("waitlisted");
    const detail = await (
      await request(`/api/v1/orgs/${organisation.slug}/events/${event.id}`, {
        headers: { "Cache-Control": "max-age=0" },
      })
    ).json<EventDetailResponse>();
    expect(detail.event.slots[0]).toMatchObject({ remaining: 0, held: 1 });
  });

  it("gives a freed place at once where the event does not offer places (as before)", async () => {
    const { slot, sign } = await offeringSlot({ hours: null, capacity: 1 });
    const first = await sign("First");
    const waiting = await sign("Waiting");
    await cancel(first);
    expect((await statusOf(waiting)).status).toBe("confirmed");
    expect(await messagesTo(waiting.registration.id)).toEqual(["waitlisted", "promoted"]);
    expect((await expectCountersRight(slot.id)).held).toBe(0);
  });

  it("confirms an accepted offer once, and a second accept changes nothing", async () => {
    const { slot, sign } = await offeringSlot({ capacity: 1 });
    const first = await sign("First");
    const waiting = await sign("Waiting", 1);
    await cancel(first);

    const accepted = await accept(waiting);
    expect(accepted.status).toBe(200);
    const view = (await accepted.json<RegistrationResponse>()).registration;
    expect(view).toMatchObject({ status: "confirmed", offer: null });
    expect((await expectCountersRight(slot.id)).held).toBe(0);
    expect(await messagesTo(waiting.registration.id)).toEqual([
      "waitlisted",
      "offered",
      "promoted",
    ]);

    const again = await accept(waiting);
    expect(again.status).toBe(409);
    expect((await again.json<ErrorEnvelope>()).error.code).toBe("invalid_state");
    expect((await readSlot(slot.id)).taken).toBe(1);
  });

  it("offers a declined place to the next party, who may be a smaller one behind a bigger", async () => {
    const { slot, sign } = await offeringSlot({ capacity: 3 });
    const holder = await sign("Holder", 2);
    await sign("Other", 1);
    const first = await sign("First", 2);
    const big = await sign("Big", 3);
    const next = await sign("Next", 1);
    await cancel(holder);
    expect((await statusOf(first)).status).toBe("offered");

    const declined = await cancel(first);
    expect(declined.status).toBe(200);
    expect((await statusOf(first)).status).toBe("cancelled");
    // The party of 3 does not fit 2 places; the party of 1 behind it is offered one.
    expect((await statusOf(big)).status).toBe("waitlisted");
    expect((await statusOf(next)).status).toBe("offered");
    const counters = await expectCountersRight(slot.id);
    expect(counters).toMatchObject({ taken: 2, held: 1 });
  });

  it("passes on an offer nobody answered: it leaves the waitlist, is told, and the next is offered", async () => {
    const { slot, sign } = await offeringSlot({ capacity: 1 });
    const first = await sign("First");
    const late = await sign("Late");
    const next = await sign("Next");
    await cancel(first);
    const deadline = Date.parse((await statusOf(late)).offer!.expiresAt);

    // (Other tests' offers share the database: only this test's rows are looked at.)
    await expireOffers(env.DB, deadline - 1);
    expect((await statusOf(late)).status).toBe("offered");
    expect(await expireOffers(env.DB, deadline)).toBeGreaterThanOrEqual(1);

    expect((await statusOf(late)).status).toBe("cancelled");
    expect(await messagesTo(late.registration.id)).toEqual([
      "waitlisted",
      "offered",
      "offer_expired",
    ]);
    expect((await statusOf(next)).status).toBe("offered");
    expect((await expectCountersRight(slot.id)).held).toBe(1);
  });

  it("refuses to accept an offer whose time has passed, before the cron passed it on", async () => {
    const { slot, sign } = await offeringSlot({ capacity: 1 });
    const first = await sign("First");
    const late = await sign("Late");
    await cancel(first);
    await env.DB.prepare("UPDATE registrations SET offer_expires_at = ?2 WHERE id = ?1")
      .bind(late.registration.id, Date.now() - 1000)
      .run();

    const response = await accept(late);
    expect(response.status).toBe(409);
    const body = await response.json<ErrorEnvelope>();
    expect(body.error.code).toBe("offer_expired");
    expect(body.error.message).toMatch(/next person/);
    expect((await statusOf(late)).status).toBe("offered");
    expect((await expectCountersRight(slot.id)).held).toBe(1);
  });

  it("gives less time close to the start, and no offer at all when too close", async () => {
    const soon = await offeringSlot({ capacity: 1, startsIn: 3 * hour });
    const holder = await soon.sign("Holder");
    const waiting = await soon.sign("Waiting");
    await cancel(holder);
    const offer = (await statusOf(waiting)).offer!;
    const left = Date.parse(offer.expiresAt) - Date.now();
    expect(left).toBeGreaterThan(1.4 * hour);
    expect(left).toBeLessThanOrEqual(1.5 * hour);

    const tooSoon = await offeringSlot({ capacity: 1, startsIn: 50 * 60 * 1000 });
    const taken = await tooSoon.sign("Holder");
    const last = await tooSoon.sign("Last minute");
    await cancel(taken);
    expect((await statusOf(last)).status).toBe("confirmed");
  });

  it("does not let a party change its time or size while a place is held for it", async () => {
    const { sign } = await offeringSlot({ capacity: 1 });
    const first = await sign("First");
    const waiting = await sign("Waiting");
    await cancel(first);
    const response = await request(`/api/v1/registrations/${waiting.registration.id}`, {
      method: "PATCH",
      headers: {
        Authorization: `Bearer ${tokenOf(waiting.registration.manageUrl)}`,
        Origin: allowedOrigin,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ adults: 2 }),
    });
    expect(response.status).toBe(409);
    expect((await response.json<ErrorEnvelope>()).error.fields).toHaveProperty("offer");
  });

  it("never gives a place twice under concurrent sign-ups, cancellations, accepts and expiries", async () => {
    const { slot, sign } = await offeringSlot({ capacity: 10 });
    const holders = await Promise.all(Array.from({ length: 10 }, (_, i) => sign(`Holder ${i}`)));
    const waiting = await Promise.all(
      Array.from({ length: 10 }, (_, i) => sign(`Waiting ${i}`, 1 + (i % 2))),
    );
    expect(waiting.every((w) => w.registration.status === "waitlisted")).toBe(true);
    await Promise.all([
      ...holders.slice(0, 6).map(cancel),
      ...waiting.map(accept),
      ...Array.from({ length: 20 }, (_, i) => sign(`Newcomer ${i}`)),
      expireOffers(env.DB, Date.now() + 2 * day),
      ...waiting.map(accept),
    ]);
    await expireOffers(env.DB, Date.now() + 2 * day);
    await Promise.all(waiting.map(accept));
    const counters = await expectCountersRight(slot.id);
    expect(counters.taken).toBeLessThanOrEqual(10);
  });

  it("emails the offer with its deadline and Accept and Decline links that ask before acting", async () => {
    const { slot, sign } = await offeringSlot({ capacity: 1 });
    const first = await sign("First");
    const waiting = await sign("Waiting");
    const next = await sign("Next");
    await cancel(first);
    const { email } = (await statusOf(waiting)) as { email: string };
    await deliverDueMessages(env, env.DB, { origin: "http://localhost", now: Date.now() });
    const { results } = await env.DB.prepare("SELECT raw FROM dev_mailbox WHERE recipient = ?1")
      .bind(email)
      .all<{ raw: string }>();
    const offer = results
      .map((row) => parseMime(row.raw))
      .find((mail) => mail.headers.subject?.startsWith("A place is free for you"));
    expect(offer?.text).toMatch(/We are holding it for you until \w+day, \w+ \d+ at /);
    const link = (action: string) =>
      new URL(
        new RegExp(`http://localhost/r/${action}/reg_\\w+/\\d+/[\\w-]+`).exec(offer!.text)![0],
      ).pathname;

    const asked = await request(link("accept"));
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain("Take the place?");
    expect((await statusOf(waiting)).status).toBe("offered");

    const answered = await request(link("accept"), { method: "POST" });
    expect(await answered.text()).toContain("Your place is confirmed");
    expect((await statusOf(waiting)).status).toBe("confirmed");
    // The offer is answered: its other link only says so, and frees nothing.
    const late = await request(link("decline"), { method: "POST" });
    expect(await late.text()).toContain("This place is no longer held for you");
    expect((await statusOf(waiting)).status).toBe("confirmed");
    expect((await statusOf(next)).status).toBe("waitlisted");
    expect((await expectCountersRight(slot.id)).held).toBe(0);
  });

  it("tells a waitlisted person to answer in time where places are offered, and to wait where they are given", async () => {
    const waitlistMail = async (hours: number | null) => {
      const { sign } = await offeringSlot({ capacity: 1, hours });
      await sign("First");
      const waiting = await sign("Waiting");
      const { email } = (await statusOf(waiting)) as { email: string };
      await deliverDueMessages(env, env.DB, { origin: "http://localhost", now: Date.now() });
      const { results } = await env.DB.prepare("SELECT raw FROM dev_mailbox WHERE recipient = ?1")
        .bind(email)
        .all<{ raw: string }>();
      const mail = results
        .map((row) => parseMime(row.raw))
        .find((parsed) => parsed.headers.subject?.includes("waitlist"));
      return mail!.text;
    };
    const offering = await waitlistMail(24);
    expect(offering).toContain("we will send you a link to take it");
    expect(offering).not.toContain("You don't need to do anything");
    expect(await waitlistMail(null)).toContain("You don't need to do anything");
  });

  it("frees the place from the Decline link and offers it to the next party", async () => {
    const { slot, sign } = await offeringSlot({ capacity: 1 });
    const first = await sign("First");
    const waiting = await sign("Waiting");
    const next = await sign("Next");
    await cancel(first);
    const deadline = Date.parse((await statusOf(waiting)).offer!.expiresAt);
    const { signedLink } = await import("../../../worker/notifications/signed-links.js");
    const decline = new URL(
      await signedLink("http://localhost", env.MANAGE_TOKEN_SECRET, {
        action: "decline",
        registrationId: waiting.registration.id,
        expiresAt: deadline,
      }),
    ).pathname;
    const tampered = await request(`${decline.slice(0, -2)}xx`, { method: "POST" });
    expect(tampered.status).toBe(400);
    const response = await request(decline, { method: "POST" });
    expect(await response.text()).toContain("The place goes to the next person");
    expect((await statusOf(waiting)).status).toBe("cancelled");
    expect((await statusOf(next)).status).toBe("offered");
    expect((await expectCountersRight(slot.id)).held).toBe(1);
  });

  it("gives and offers nothing once the event is cancelled", async () => {
    const { event, sign } = await offeringSlot({ capacity: 1 });
    const first = await sign("First");
    const waiting = await sign("Waiting");
    await env.DB.prepare("UPDATE events SET status = 'cancelled' WHERE id = ?1")
      .bind(event.id)
      .run();
    await cancel(first);
    expect((await statusOf(waiting)).status).toBe("waitlisted");
    expect(await messagesTo(waiting.registration.id)).toEqual(["waitlisted"]);
  });

  it("shows offered people in the roster after the confirmed, with their deadline and a total", async () => {
    const { organisation, event, sign } = await offeringSlot({ capacity: 2 });
    const first = await sign("Anna");
    await sign("Zed");
    const offered = await sign("Offered");
    await sign("Still waiting");
    await cancel(first);
    const organiser = await createMember(organisation.id, "organiser");
    const base = `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/registrations`;
    const roster = await (await organiser.as(base)).json<RosterResponse>();
    expect(roster.entries.map((entry) => [entry.name, entry.status])).toEqual([
      ["Zed", "confirmed"],
      ["Offered", "offered"],
      ["Still waiting", "waitlisted"],
      ["Anna", "cancelled"],
    ]);
    const deadline = (await statusOf(offered)).offer!.expiresAt;
    expect(roster.entries[1]!.offerExpiresAt).toBe(deadline);
    expect(roster.entries[2]!.position).toBe(1);
    expect(roster.totals).toMatchObject({
      confirmedPeople: 1,
      offeredPeople: 1,
      waitlistedPeople: 1,
    });
    const filtered = await (await organiser.as(`${base}?status=offered`)).json<RosterResponse>();
    expect(filtered.entries.map((entry) => entry.name)).toEqual(["Offered"]);
  });

  it("finds run-out offers through their own index: an idle run reads a few rows, not every registration", async () => {
    const { slot, organisation, event } = await offeringSlot({ capacity: 5000 });
    await env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)
       INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, locale,
         consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
       SELECT ?3 || '_' || i, ?1, ?2, ?3, 'confirmed', 1, 'P', 'en', 0, ?3 || '_k' || i, 'x', 'x', i, i
         FROM n`,
    )
      .bind(organisation.id, event.id, slot.id)
      .run();
    const work: D1Work = { roundTrips: 0, rowsRead: 0, rowsWritten: 0 };
    await expireOffers(countingD1(env.DB, work), Date.now() - 365 * day);
    expect(work.roundTrips).toBe(1);
    expect(work.rowsRead).toBeLessThan(100);
  });
});
