import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type {
  RegistrationResponse,
  SignUpResponse,
} from "../../../schema/contracts/registrations.js";
import { createMember, dashboardOrigin } from "../admin-helpers.js";
import {
  allowedOrigin,
  createBookableSlot,
  createSlot,
  partyTotals,
  postSignUp,
  readSlot,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";

type Booked = SignUpResponse["registration"] & { token: string };

async function book(
  organisation: { slug: string },
  eventId: string,
  slotId: string,
  party: { adults: number; children?: number } = { adults: 1 },
): Promise<Booked> {
  // An address of its own: the daily cap on confirmations to one address would hide messages.
  const email = `person-${crypto.randomUUID().slice(0, 8)}@example.org`;
  const response = await postSignUp(
    organisation.slug,
    eventId,
    signUpBody(slotId, { ...party, email }),
  );
  expect(response.status).toBe(201);
  const { registration } = await response.json<SignUpResponse>();
  return { ...registration, token: tokenOf(registration.manageUrl) };
}

function change(
  registration: { id: string; token: string | null },
  body: unknown,
  headers: Record<string, string> = {},
) {
  return request(`/api/v1/registrations/${registration.id}`, {
    method: "PATCH",
    headers: {
      "Content-Type": "application/json",
      Origin: allowedOrigin,
      ...(registration.token === null ? {} : { Authorization: `Bearer ${registration.token}` }),
      ...headers,
    },
    body: JSON.stringify(body),
  });
}

async function expectError(response: Response, status: number, code: string, fields: string[]) {
  expect(response.status).toBe(status);
  const { error } = await response.json<ErrorEnvelope>();
  expect(error.code).toBe(code);
  expect(Object.keys(error.fields ?? {}).sort()).toEqual([...fields].sort());
  return error;
}

const outboxOf = (registrationId: string) =>
  env.DB.prepare(`SELECT kind, payload FROM outbox WHERE registration_id = ?1 ORDER BY created_at`)
    .bind(registrationId)
    .all<{ kind: string; payload: string }>()
    .then((result) => result.results);

describe("PATCH /api/v1/registrations/:id: a person changes their booking", () => {
  it("grows the party from 2 to 4 when the places are there, with an updated confirmation", async () => {
    const { organisation, event, slot } = await createBookableSlot({ capacity: 10 });
    const registration = await book(organisation, event.id, slot.id, { adults: 2 });
    const response = await change(registration, { adults: 3, children: 1 });
    expect(response.status).toBe(200);
    const { registration: view } = await response.json<RegistrationResponse>();
    expect(view).toMatchObject({ adults: 3, children: 1, status: "confirmed" });
    expect((await readSlot(slot.id)).taken).toBe(4);
    const messages = await outboxOf(registration.id);
    expect(messages.map((message) => [message.kind, JSON.parse(message.payload)])).toEqual([
      ["confirmed", {}],
      ["confirmed", { changed: true }],
    ]);
    // The person's calendar entry keeps its UID and gets a higher SEQUENCE.
    const calendar = await (
      await request(
        new URL(registration.calendarUrl).pathname + new URL(registration.calendarUrl).search,
      )
    ).text();
    expect(calendar).toContain("SEQUENCE:1");
  });

  it("keeps the booking exactly as it was when the places are not there, and says what fits", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 5,
      waitlistCapacity: 10,
    });
    const registration = await book(organisation, event.id, slot.id, { adults: 2 });
    await book(organisation, event.id, slot.id, { adults: 2 });
    const refused = await change(registration, { adults: 4 });
    const error = await expectError(refused, 409, "slot_full", ["adults"]);
    expect(error.params).toMatchObject({ placesLeft: 3, waitlistOpen: 1 });
    expect(error.message).toContain("3 places are left");
    expect(await partyTotals(slot.id)).toMatchObject({ confirmed: 4, waitlisted: 0 });
    expect((await readSlot(slot.id)).taken).toBe(4);
    expect(await outboxOf(registration.id)).toHaveLength(1);
  });

  it("moves to another time of the event, freeing the old places for the waitlist in the same batch", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 2,
      waitlistCapacity: 5,
    });
    const later = await createSlot(event, { capacity: 10 });
    const mover = await book(organisation, event.id, slot.id, { adults: 2 });
    const waiting = await book(organisation, event.id, slot.id, { adults: 2 });
    expect(waiting.status).toBe("waitlisted");

    const response = await change(mover, { slotId: later.id });
    expect(response.status).toBe(200);
    const { registration: view } = await response.json<RegistrationResponse>();
    expect(view.slot.id).toBe(later.id);
    expect((await readSlot(later.id)).taken).toBe(2);
    const first = await readSlot(slot.id);
    expect([first.taken, first.waitlistTaken]).toEqual([2, 0]);
    expect(await partyTotals(slot.id)).toMatchObject({ confirmed: 2, waitlisted: 0 });
  });

  it("joins a full time's waitlist instead when asked, giving up the place in the same batch", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 4,
      waitlistCapacity: 5,
    });
    const evening = await createSlot(event, { capacity: 2, waitlistCapacity: 6 });
    const mover = await book(organisation, event.id, slot.id, { adults: 2 });
    const waitingHere = await book(organisation, event.id, slot.id, { adults: 2 });
    const third = await book(organisation, event.id, slot.id, { adults: 2 });
    expect(third.status).toBe("waitlisted");
    await book(organisation, event.id, evening.id, { adults: 2 });
    const before = await book(organisation, event.id, evening.id, { adults: 1 });
    expect(before.status).toBe("waitlisted");

    // Asked without joinWaitlist: refused, and told it may wait there instead.
    const refused = await change(mover, { slotId: evening.id });
    const error = await expectError(refused, 409, "slot_full", ["adults"]);
    expect(error.params).toMatchObject({ placesLeft: 0, waitlistOpen: 1, canJoinWaitlist: 1 });

    const response = await change(mover, { slotId: evening.id, joinWaitlist: true });
    expect(response.status).toBe(200);
    const { registration: view } = await response.json<RegistrationResponse>();
    // At the end of the evening's waitlist, behind the person already waiting there.
    expect(view).toMatchObject({ status: "waitlisted", position: 2 });
    expect(view.slot.id).toBe(evening.id);
    const [afternoon, late] = [await readSlot(slot.id), await readSlot(evening.id)];
    // The place given up went to the afternoon's waitlist in the same batch.
    expect([afternoon.taken, afternoon.waitlistTaken]).toEqual([4, 0]);
    expect([late.taken, late.waitlistTaken]).toEqual([2, 3]);
    expect(await partyTotals(slot.id)).toMatchObject({ confirmed: 4, waitlisted: 0 });
    expect(waitingHere.status).toBe("confirmed");
    const messages = await outboxOf(mover.id);
    expect(messages.at(-1)).toMatchObject({ kind: "waitlisted" });
  });

  it("gives a place instead of the waitlist when one is free, and refuses to wait without a new time", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 4,
      waitlistCapacity: 5,
    });
    const evening = await createSlot(event, { capacity: 6, waitlistCapacity: 6 });
    const mover = await book(organisation, event.id, slot.id, { adults: 2 });
    const moved = await change(mover, { slotId: evening.id, joinWaitlist: true });
    expect(moved.status).toBe(200);
    expect((await moved.json<RegistrationResponse>()).registration.status).toBe("confirmed");
    expect((await readSlot(evening.id)).taken).toBe(2);
    await expectError(await change(mover, { joinWaitlist: true }), 422, "validation_failed", [
      "slotId",
    ]);
  });

  it("refuses to wait at a time whose waitlist is full too, changing nothing", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 4,
      waitlistCapacity: 0,
    });
    const evening = await createSlot(event, { capacity: 2, waitlistCapacity: 1 });
    const mover = await book(organisation, event.id, slot.id, { adults: 2 });
    await book(organisation, event.id, evening.id, { adults: 2 });
    const refused = await change(mover, { slotId: evening.id, joinWaitlist: true });
    const error = await expectError(refused, 409, "slot_full", ["adults"]);
    expect(error.message).toContain("waitlist is full too");
    expect((await readSlot(slot.id)).taken).toBe(2);
    expect((await readSlot(evening.id)).waitlistTaken).toBe(0);
  });

  it("frees places when the party shrinks and promotes the next party that fits", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 4,
      waitlistCapacity: 5,
    });
    const big = await book(organisation, event.id, slot.id, { adults: 4 });
    const waiting = await book(organisation, event.id, slot.id, { adults: 1 });
    expect(waiting.status).toBe("waitlisted");
    expect((await change(big, { adults: 3 })).status).toBe(200);
    expect(await partyTotals(slot.id)).toMatchObject({ confirmed: 4, waitlisted: 0 });
    const stored = await readSlot(slot.id);
    expect([stored.taken, stored.waitlistTaken]).toEqual([4, 0]);
  });

  it("changes the contact and the needs without touching places or sending anything", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const registration = await book(organisation, event.id, slot.id);
    const response = await change(registration, {
      phone: "+372 5555 0000",
      needs: { dietary: "vegetarian" },
    });
    expect(response.status).toBe(200);
    const { registration: view } = await response.json<RegistrationResponse>();
    expect(view.phone).toBe("+372 5555 0000");
    expect(view.needs.dietary).toBe("vegetarian");
    expect(view.email).toMatch(/^person-.*@example\.org$/);
    expect(await outboxOf(registration.id)).toHaveLength(1);
  });

  it("never overbooks when changes and sign-ups arrive at once", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 30,
      waitlistCapacity: 0,
    });
    const booked = await Promise.all(
      Array.from({ length: 10 }, () => book(organisation, event.id, slot.id, { adults: 1 })),
    );
    const answers = await Promise.all([
      ...booked.map((registration, index) => change(registration, { adults: 2 + (index % 3) })),
      ...Array.from({ length: 30 }, () =>
        postSignUp(organisation.slug, event.id, signUpBody(slot.id, { adults: 1 })),
      ),
    ]);
    for (const answer of answers) expect([200, 201, 409]).toContain(answer.status);
    const stored = await readSlot(slot.id);
    const totals = await partyTotals(slot.id);
    expect(stored.taken).toBe(totals.confirmed);
    expect(stored.taken).toBeLessThanOrEqual(30);
    expect(answers.filter((answer) => answer.status === 409).length).toBeGreaterThan(0);
  });

  it("keeps both times' counters true when people move to a full time's waitlist while others sign up there", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 20,
      waitlistCapacity: 20,
    });
    const evening = await createSlot(event, { capacity: 5, waitlistCapacity: 8 });
    const movers = await Promise.all(
      Array.from({ length: 8 }, () => book(organisation, event.id, slot.id, { adults: 1 })),
    );
    const answers = await Promise.all([
      ...movers.map((mover) => change(mover, { slotId: evening.id, joinWaitlist: true })),
      ...Array.from({ length: 8 }, () =>
        postSignUp(
          organisation.slug,
          event.id,
          signUpBody(evening.id, { adults: 1, email: `${crypto.randomUUID()}@example.org` }),
        ),
      ),
    ]);
    for (const answer of answers) expect([200, 201, 409]).toContain(answer.status);
    for (const id of [slot.id, evening.id]) {
      const [stored, totals] = [await readSlot(id), await partyTotals(id)];
      expect(stored.taken).toBe(totals.confirmed);
      expect(stored.waitlistTaken).toBe(totals.waitlisted);
      expect(stored.taken).toBeLessThanOrEqual(stored.capacity);
      expect(stored.waitlistTaken).toBeLessThanOrEqual(stored.waitlistCapacity);
    }
    // Every mover is in exactly one place: still on the afternoon, or on the evening.
    const afternoon = await partyTotals(slot.id);
    const moved = answers.slice(0, 8).filter((answer) => answer.status === 200).length;
    expect(afternoon.confirmed).toBe(8 - moved);
  });

  it("refuses bad changes with the envelope and the field named, changing nothing", async () => {
    const { organisation, event, slot } = await createBookableSlot({ capacity: 6 });
    const registration = await book(organisation, event.id, slot.id, { adults: 2 });
    await expectError(await change(registration, {}), 422, "validation_failed", ["body"]);
    await expectError(await change(registration, { adults: "four" }), 422, "validation_failed", [
      "adults",
    ]);
    await expectError(await change(registration, { adults: 7 }), 422, "party_too_large", [
      "adults",
    ]);
    await expectError(await change(registration, { slotId: "slt_nowhere" }), 404, "not_found", [
      "slotId",
    ]);
    await expectError(
      await change({ ...registration, token: null }, { adults: 3 }),
      401,
      "unauthorized",
      [],
    );
    await expectError(
      await change({ ...registration, token: "wrong" }, { adults: 3 }),
      404,
      "not_found",
      [],
    );
    await expectError(
      await change(registration, { adults: 3 }, { Origin: "https://elsewhere.example" }),
      403,
      "forbidden_origin",
      [],
    );
    expect((await readSlot(slot.id)).taken).toBe(2);

    const cancelled = await request(`/api/v1/registrations/${registration.id}`, {
      method: "DELETE",
      headers: { Authorization: `Bearer ${registration.token}`, Origin: allowedOrigin },
    });
    expect(cancelled.status).toBe(200);
    await expectError(await change(registration, { adults: 1 }), 409, "already_cancelled", []);
  });

  it("keeps someone waiting on their time: moving the waitlist to another time is refused", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 2,
      waitlistCapacity: 5,
    });
    const other = await createSlot(event, { capacity: 5 });
    await book(organisation, event.id, slot.id, { adults: 2 });
    const waiting = await book(organisation, event.id, slot.id);
    expect(waiting.status).toBe("waitlisted");
    await expectError(await change(waiting, { slotId: other.id }), 409, "invalid_state", [
      "slotId",
    ]);
    // Growing on the waitlist is fine while the waitlist has room.
    expect((await change(waiting, { adults: 2 })).status).toBe(200);
    expect((await readSlot(slot.id)).waitlistTaken).toBe(2);
  });

  it("lets an organiser change a booking from the roster after sign-up closed, audited once", async () => {
    const { organisation, event, slot } = await createBookableSlot({ capacity: 10 });
    const registration = await book(organisation, event.id, slot.id, { adults: 2 });
    await env.DB.prepare(`UPDATE events SET signup_closes_at = ?2 WHERE id = ?1`)
      .bind(event.id, Date.now() - 1000)
      .run();
    const path = `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/registrations/${registration.id}`;
    const asRole = async (role: "organiser" | "coordinator", body: unknown) => {
      const member = await createMember(organisation.id, role);
      return request(path, {
        method: "PATCH",
        headers: {
          Cookie: member.cookie,
          Origin: dashboardOrigin,
          "Content-Type": "application/json",
        },
        body: JSON.stringify(body),
      });
    };
    // The person may no longer change the party; the organiser may.
    await expectError(await change(registration, { adults: 3 }), 409, "signup_closed", []);
    expect((await asRole("coordinator", { adults: 3 })).status).toBe(403);
    const changed = await asRole("organiser", { adults: 3 });
    expect(changed.status).toBe(200);
    expect((await readSlot(slot.id)).taken).toBe(3);
    const refused = await asRole("organiser", { adults: 11 });
    expect(refused.status).toBe(422);
    const audit = await env.DB.prepare(
      `SELECT action FROM audit_log WHERE target_id = ?1 AND action = 'registration.changed'`,
    )
      .bind(registration.id)
      .all();
    expect(audit.results).toHaveLength(1);
  });
});
