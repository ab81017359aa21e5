import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type {
  AdminSeriesResponse,
  SeriesSignUpResponse,
} from "../../../schema/contracts/series.js";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import {
  allowedOrigin,
  createEvent,
  createOrganisation,
  createSlot,
  request,
  signUpBody,
  tokenOf,
} from "../helpers.js";
import type { RegistrationResponse } from "../../../schema/contracts/registrations.js";
import { createMember } from "../admin-helpers.js";

const hour = 60 * 60 * 1000;
const day = 24 * hour;

/** A published weekly course of four dates, first in a week, that people may take as a block. */
async function course(options: { capacity?: number; blockSignup?: boolean } = {}) {
  const organisation = await createOrganisation();
  const startsAt = Date.now() + 7 * day;
  const event = await createEvent(organisation.id, { startsAt, endsAt: startsAt + 2 * hour });
  await createSlot(event, { capacity: options.capacity ?? 10, waitlistCapacity: 5 });
  const organiser = await createMember(organisation.id, "organiser");
  const admin = `/api/v1/admin/orgs/${organisation.slug}`;
  const asked = await organiser.as(`${admin}/events/${event.id}/questions`, {
    method: "PUT",
    json: { questions: [{ kind: "yes_no", label: { en: "Need a laptop?" }, required: true }] },
  });
  expect(asked.status).toBe(200);
  const created = await organiser.as(`${admin}/events/${event.id}/series`, {
    method: "POST",
    json: {
      rule: { frequency: "weekly", count: 4 },
      blockSignup: options.blockSignup ?? true,
      version: 1,
    },
  });
  expect(created.status).toBe(201);
  const { series } = await created.json<AdminSeriesResponse>();
  const questionOf = async (eventId: string) =>
    (await env.DB.prepare("SELECT id FROM event_questions WHERE event_id = ?1")
      .bind(eventId)
      .first<{ id: string }>())!.id;
  const firstQuestion = await questionOf(event.id);
  const signUpAll = (
    overrides: Record<string, unknown> = {},
    key: string = crypto.randomUUID(),
  ) => {
    const { slotId: _slotId, ...body } = signUpBody("", {
      email: `${crypto.randomUUID()}@example.org`,
      answers: { [firstQuestion]: true },
      ...overrides,
    } as never);
    return request(`/api/v1/orgs/${organisation.slug}/series/${series.id}/registrations`, {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Origin: allowedOrigin,
        "Idempotency-Key": key,
      },
      body: JSON.stringify(body),
    });
  };
  return { organisation, event, series, signUpAll, questionOf, organiser, admin };
}

async function takenPerDate(seriesId: string) {
  const { results } = await env.DB.prepare(
    `SELECT s.taken FROM slots s JOIN events e ON e.id = s.event_id
      WHERE e.series_id = ?1 ORDER BY e.starts_at`,
  )
    .bind(seriesId)
    .all<{ taken: number }>();
  return results.map((row) => row.taken);
}

async function confirmedPerDate(seriesId: string) {
  const { results } = await env.DB.prepare(
    `SELECT (SELECT COALESCE(SUM(r.adults + r.children), 0) FROM registrations r
              WHERE r.event_id = e.id AND r.status = 'confirmed') AS people
       FROM events e WHERE e.series_id = ?1 ORDER BY e.starts_at`,
  )
    .bind(seriesId)
    .all<{ people: number }>();
  return results.map((row) => row.people);
}

describe("signing up for every date of a series", () => {
  it("books every date in one go, each with its own manage link and the answers of its own questions", async () => {
    const { series, signUpAll, questionOf } = await course();
    const response = await signUpAll({ adults: 2 });
    expect(response.status).toBe(201);
    const { registrations } = await response.json<SeriesSignUpResponse>();
    expect(registrations.map((r) => r.eventId)).toEqual(series.dates.map((d) => d.eventId));
    expect(new Set(registrations.map((r) => r.manageUrl)).size).toBe(4);
    expect(await takenPerDate(series.id)).toEqual([2, 2, 2, 2]);
    for (const registration of registrations) {
      const answer = await env.DB.prepare(
        "SELECT question_id AS questionId, value FROM registration_answers WHERE registration_id = ?1",
      )
        .bind(registration.id)
        .first<{ questionId: string; value: string }>();
      expect(answer).toEqual({ questionId: await questionOf(registration.eventId), value: "true" });
    }
    // Each manage link opens its own date's sign-up.
    const third = registrations[2]!;
    const managed = await request(`/api/v1/registrations/${third.id}`, {
      headers: { Authorization: `Bearer ${tokenOf(third.manageUrl)}`, Origin: allowedOrigin },
    });
    expect(managed.status).toBe(200);
    const { registration } = await managed.json<RegistrationResponse>();
    expect(registration).toMatchObject({ status: "confirmed", adults: 2 });
    expect(registration.slot.startsAt).toBe(third.startsAt);
  });

  it("sends one confirmation that lists the other dates with their links", async () => {
    const { signUpAll } = await course();
    const email = `${crypto.randomUUID()}@example.org`;
    const { registrations } = await (await signUpAll({ email })).json<SeriesSignUpResponse>();
    await deliverDueMessages(env, env.DB, { origin: "http://localhost", now: Date.now() });
    const { results } = await env.DB.prepare("SELECT raw FROM dev_mailbox WHERE recipient = ?1")
      .bind(email)
      .all<{ raw: string }>();
    expect(results).toHaveLength(1);
    const mail = parseMime(results[0]!.raw);
    expect(mail.text).toContain("You also have a place on these dates");
    for (const registration of registrations.slice(1)) {
      expect(mail.text).toContain(registration.id);
    }
  });

  it("books nothing when one date has no room for the party, and names it", async () => {
    const { series, signUpAll } = await course({ capacity: 3 });
    // Someone takes two places on the third date only.
    const third = series.dates[2]!.eventId;
    const slot = await env.DB.prepare("SELECT id FROM slots WHERE event_id = ?1")
      .bind(third)
      .first<{ id: string }>();
    await env.DB.prepare("UPDATE slots SET taken = 2 WHERE id = ?1").bind(slot!.id).run();
    const refused = await signUpAll({ adults: 2 });
    expect(refused.status).toBe(409);
    const { error } = await refused.json<ErrorEnvelope>();
    expect(error.code).toBe("slot_full");
    expect(error.fieldCodes?.dates?.code).toBe("date_full");
    expect(await takenPerDate(series.id)).toEqual([0, 0, 2, 0]);
  });

  it("replays a retried request with the same answer, and refuses a series that takes single dates", async () => {
    const { signUpAll } = await course();
    const first = await signUpAll({ email: "retry@example.org" }, "block-key-0001");
    const again = await signUpAll({ email: "retry@example.org" }, "block-key-0001");
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect((await again.json<SeriesSignUpResponse>()).registrations.map((r) => r.id)).toEqual(
      (await first.json<SeriesSignUpResponse>()).registrations.map((r) => r.id),
    );
    const single = await course({ blockSignup: false });
    const refused = await single.signUpAll();
    expect(refused.status).toBe(409);
    expect((await refused.json<ErrorEnvelope>()).error.message).toContain("one date at a time");
  });

  it("refuses a missing required answer, naming the question, and books nothing", async () => {
    const { series, signUpAll } = await course();
    const refused = await signUpAll({ answers: {} });
    expect(refused.status).toBe(422);
    const { error } = await refused.json<ErrorEnvelope>();
    expect(Object.keys(error.fieldCodes ?? {})[0]).toMatch(/^answers\./);
    expect(await takenPerDate(series.id)).toEqual([0, 0, 0, 0]);
  });

  it("never overbooks a date under concurrent blocks and single sign-ups; each block is all or nothing", async () => {
    const { series, signUpAll, organisation } = await course({ capacity: 5 });
    const second = series.dates[1]!.eventId;
    const slot = (await env.DB.prepare("SELECT id FROM slots WHERE event_id = ?1")
      .bind(second)
      .first<{ id: string }>())!;
    const singles = Array.from({ length: 6 }, () =>
      request(`/api/v1/orgs/${organisation.slug}/events/${second}/registrations`, {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          Origin: allowedOrigin,
          "Idempotency-Key": crypto.randomUUID(),
        },
        body: JSON.stringify(
          signUpBody(slot.id, {
            email: `${crypto.randomUUID()}@example.org`,
            answers: {},
          }),
        ),
      }),
    );
    const blocks = Array.from({ length: 6 }, () => signUpAll());
    const responses = await Promise.all([...blocks, ...singles]);
    expect(responses.every((response) => response.status < 500)).toBe(true);
    const booked = responses.slice(0, 6).filter((response) => response.status === 201).length;
    const [first, secondDate, third, fourth] = await confirmedPerDate(series.id);
    // Every block that was booked holds a place on every date; nobody else is on dates 1, 3, 4.
    expect([first, third, fourth]).toEqual([booked, booked, booked]);
    expect(secondDate).toBeLessThanOrEqual(5);
    expect(await takenPerDate(series.id)).toEqual([first, secondDate, third, fourth]);
  });

  it("tells only the people of a cancelled date, and keeps their other dates", async () => {
    const { signUpAll, organiser, admin, series } = await course();
    const { registrations } = await (await signUpAll()).json<SeriesSignUpResponse>();
    const second = series.dates[1]!.eventId;
    const version = (await env.DB.prepare("SELECT version FROM events WHERE id = ?1")
      .bind(second)
      .first<{ version: number }>())!.version;
    const cancelled = await organiser.as(`${admin}/events/${second}/cancel`, {
      method: "POST",
      json: { message: { en: "The teacher is ill." }, version },
    });
    expect(cancelled.status).toBe(200);
    const { results } = await env.DB.prepare(
      "SELECT registration_id AS id FROM outbox WHERE kind = 'cancelled'",
    ).all<{ id: string }>();
    const told = results
      .map((row) => row.id)
      .filter((id) => registrations.some((r) => r.id === id));
    expect(told).toEqual([registrations[1]!.id]);
  });
});
