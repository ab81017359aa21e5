import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { SignUpResponse } from "../../../schema/contracts/registrations.js";
import { isSignupOpen, signupOpenSql } from "../../../worker/events/signup-window.js";
import {
  allowedOrigin,
  createBookableSlot,
  createEvent,
  createOrganisation,
  createSlot,
  day,
  partyTotals,
  postSignUp,
  signUpBody,
} from "../helpers.js";
import { createVisit } from "../visit-helpers.js";

const metered = { bindings: { HEARTH_D1_METRICS: "1" } };

/** The D1 work the worker reported for a request (`HEARTH_D1_METRICS=1`). */
function d1Work(response: Response) {
  const header = response.headers.get("Server-Timing") ?? "";
  const figure = (name: string) => Number(new RegExp(`${name}=(\\d+)`).exec(header)?.[1]);
  return { roundTrips: figure("round_trips"), rowsRead: figure("rows_read") };
}

describe("a sign-up's D1 round trips", () => {
  it("books an ordinary time in one round trip, and the waitlist in two", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 2,
      waitlistCapacity: 5,
    });
    const booked = await postSignUp(organisation.slug, event.id, signUpBody(slot.id), metered);
    expect(booked.status).toBe(201);
    expect(booked.headers.get("Access-Control-Allow-Origin")).toBe(allowedOrigin);
    expect(d1Work(booked).roundTrips).toBe(1);

    const waiting = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(slot.id, { adults: 2 }),
      metered,
    );
    expect(waiting.status).toBe(201);
    expect((await waiting.json<SignUpResponse>()).registration).toMatchObject({
      status: "waitlisted",
      position: 1,
    });
    expect(d1Work(waiting).roundTrips).toBe(2);
    const totals = await partyTotals(slot.id);
    expect([totals.confirmed, totals.waitlisted]).toEqual([1, 2]);
  });

  it("books from the worker's own pages (no allowed website needed) in one round trip", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    const response = await postSignUp(organisation.slug, event.id, signUpBody(slot.id), {
      ...metered,
      origin: "http://localhost",
    });
    expect(response.status).toBe(201);
    expect(d1Work(response).roundTrips).toBe(1);
  });

  it("reads why only when the batch booked nothing, and says it as before", async () => {
    const organisation = await createOrganisation();
    const closed = await createEvent(organisation.id, { signupClosesAt: Date.now() - day });
    const closedSlot = await createSlot(closed);
    const refused = await postSignUp(
      organisation.slug,
      closed.id,
      signUpBody(closedSlot.id),
      metered,
    );
    expect(refused.status).toBe(409);
    expect((await refused.json<{ error: { code: string } }>()).error.code).toBe("signup_closed");
    expect(refused.headers.get("Access-Control-Allow-Origin")).toBe(allowedOrigin);
    // The batch, the organisation with the event, and a look for an earlier answer to replay.
    expect(d1Work(refused).roundTrips).toBe(3);
    expect(await partyTotals(closedSlot.id)).toMatchObject({ confirmed: 0, waitlisted: 0 });

    const open = await createEvent(organisation.id);
    const small = await createSlot(open, { capacity: 2 });
    const tooMany = await postSignUp(
      organisation.slug,
      open.id,
      signUpBody(small.id, { adults: 3 }),
    );
    expect(tooMany.status).toBe(422);
    expect((await tooMany.json<{ error: { code: string } }>()).error.code).toBe("party_too_large");
    expect(await partyTotals(small.id)).toMatchObject({ confirmed: 0, waitlisted: 0 });

    const foreign = await postSignUp(organisation.slug, open.id, signUpBody(small.id), {
      origin: "https://elsewhere.example",
    });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("Access-Control-Allow-Origin")).toBeNull();

    const unknown = await postSignUp("no-such-organisation", open.id, signUpBody(small.id));
    expect(unknown.status).toBe(404);
  });

  it("books a visit's places, whose answers have rules of their own, after reading them", async () => {
    const { organisation, event, visitorSlot, pickups } = await createVisit();
    const response = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(visitorSlot.id, { adults: 2, pickupPointId: pickups[0] }),
      metered,
    );
    expect(response.status).toBe(201);
    expect(d1Work(response).roundTrips).toBe(3);
    const missingPickup = await postSignUp(
      organisation.slug,
      event.id,
      signUpBody(visitorSlot.id, { adults: 2 }),
    );
    expect(missingPickup.status).toBe(422);
  });
});

describe("the sign-up window in SQL", () => {
  const now = 1_800_000_000_000;
  const hour = 3_600_000;
  const cases = ["draft", "published", "cancelled"].flatMap((status) =>
    [null, now - hour, now, now + hour].flatMap((signupOpensAt) =>
      [null, now - hour, now, now + hour].flatMap((signupClosesAt) =>
        [now - hour, now, now + 2 * hour].map((startsAt) => ({
          status,
          signupOpensAt,
          signupClosesAt,
          startsAt,
        })),
      ),
    ),
  );

  it(`agrees with isSignupOpen on all ${cases.length} combinations of status, opening, closing and start`, async () => {
    const statements = cases.map((event) =>
      env.DB.prepare(
        `SELECT ${signupOpenSql("e", "?5")} AS open
           FROM (SELECT ?1 AS status, ?2 AS signup_opens_at, ?3 AS signup_closes_at,
                        ?4 AS starts_at) e`,
      ).bind(event.status, event.signupOpensAt, event.signupClosesAt, event.startsAt, now),
    );
    const answers = await env.DB.batch<{ open: number }>(statements);
    const fromSql = answers.map((answer) => answer.results[0]!.open === 1);
    expect(fromSql).toEqual(cases.map((event) => isSignupOpen(event, now)));
    expect(fromSql.filter(Boolean).length).toBeGreaterThan(5);
  });
});
