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
