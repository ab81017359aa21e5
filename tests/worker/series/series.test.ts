import { env } from "cloudflare:test";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import type { AdminEvent, AdminEventResponse } from "../../../schema/contracts/admin/events.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { EventListResponse } from "../../../schema/contracts/events.js";
import type { QuestionInput } from "../../../schema/contracts/questions.js";
import type { AdminSeriesResponse, CreateSeriesBody } from "../../../schema/contracts/series.js";
import { createMember } from "../admin-helpers.js";
import {
  allowedOrigin,
  createEvent,
  createOrganisation,
  createSlot,
  request,
  signUpBody,
} from "../helpers.js";

const hour = 60 * 60 * 1000;
/** Tuesday 2 March 2027, 18:00 in Tallinn (UTC+2): four weeks later summer time has begun. */
const firstStart = Date.parse("2027-03-02T16:00:00Z");

/** An organisation with a published Tuesday café, two attendee times, a question, and an organiser. */
export async function weeklyCafe() {
  const organisation = await createOrganisation();
  const event = await createEvent(organisation.id, {
    startsAt: firstStart,
    endsAt: firstStart + 2 * hour,
    signupClosesAt: firstStart - hour,
  });
  const early = await createSlot(event, { capacity: 10, waitlistCapacity: 5 });
  const late = await createSlot(event, {
    startsAt: firstStart + hour,
    endsAt: firstStart + 2 * hour,
    label: { en: "Second hour" },
    capacity: 4,
  });
  const organiser = await createMember(organisation.id, "organiser");
  const admin = `/api/v1/admin/orgs/${organisation.slug}`;
  const question: QuestionInput = { kind: "yes_no", label: { en: "First time?" } };
  const asked = await organiser.as(`${admin}/events/${event.id}/questions`, {
    method: "PUT",
    json: { questions: [question] },
  });
  expect(asked.status).toBe(200);
  const repeat = (body: Partial<CreateSeriesBody>) =>
    organiser.as(`${admin}/events/${event.id}/series`, {
      method: "POST",
      json: { rule: { frequency: "weekly", count: 6 }, version: 1, ...body },
    });
  return { organisation, event, early, late, organiser, admin, repeat };
}

async function datesOf(seriesId: string) {
  const { results } = await env.DB.prepare(
    `SELECT e.id, e.starts_at AS startsAt, e.status, e.version,
            (SELECT json_group_array(json_object('startsAt', s.starts_at, 'capacity', s.capacity,
                                                 'taken', s.taken, 'label', json(s.label)))
               FROM (SELECT * FROM slots WHERE event_id = e.id ORDER BY starts_at) s) AS slots,
            (SELECT count(*) FROM event_questions WHERE event_id = e.id) AS questions
       FROM events e WHERE series_id = ?1 ORDER BY starts_at`,
  )
    .bind(seriesId)
    .all<{
      id: string;
      startsAt: number;
      status: string;
      version: number;
      slots: string;
      questions: number;
    }>();
  return results.map((row) => ({
    ...row,
    slots: JSON.parse(row.slots) as { startsAt: number; capacity: number; taken: number }[],
  }));
}

describe("weekly series", () => {
  it("makes every date in one batch: same texts, empty places, questions, and 18:00 kept across summer time", async () => {
    const { repeat, event } = await weeklyCafe();
    const created = await repeat({
      rule: { frequency: "weekly", count: 6, exceptions: ["2027-03-16"] },
      blockSignup: true,
    });
    expect(created.status).toBe(201);
    const { series } = await created.json<AdminSeriesResponse>();
    expect(series.blockSignup).toBe(true);
    expect(series.dates.map((date) => date.startsAt)).toEqual([
      "2027-03-02T16:00:00.000Z",
      "2027-03-09T16:00:00.000Z",
      // 16 March skipped; Estonia moves to summer time on 28 March: still 18:00 there.
      "2027-03-23T16:00:00.000Z",
      "2027-03-30T15:00:00.000Z",
      "2027-04-06T15:00:00.000Z",
    ]);
    expect(series.dates[0]!.eventId).toBe(event.id);
    const dates = await datesOf(series.id);
    for (const date of dates) {
      expect(date.status).toBe("published");
      expect(date.questions).toBe(1);
      expect(date.slots.map((slot) => [slot.capacity, slot.taken])).toEqual([
        [10, 0],
        [4, 0],
      ]);
      expect(date.slots[1]!.startsAt - date.startsAt).toBe(hour);
    }
    expect(series.dates.map((date) => [date.taken, date.capacity])).toEqual(Array(5).fill([0, 14]));
  });

  it("shows each date's place in its series to organisers and the public", async () => {
    const { repeat, admin, organiser, organisation } = await weeklyCafe();
    const { series } = await (
      await repeat({ rule: { frequency: "weekly", count: 3 } })
    ).json<AdminSeriesResponse>();
    const second = await organiser.as(`${admin}/events/${series.dates[1]!.eventId}`);
    const { event } = await second.json<AdminEventResponse>();
    expect(event.series).toEqual({ id: series.id, position: 2, total: 3, blockSignup: false });
    const list = await request(
      `/api/v1/orgs/${organisation.slug}/events?from=2027-01-01T00:00:00Z`,
    );
    const { events } = await list.json<EventListResponse>();
    expect(events.map((listed) => listed.series?.position)).toEqual([1, 2, 3]);
  });

  it("refuses a rule that never ends or makes too many dates, naming the field, and writes nothing", async () => {
    const { repeat, event } = await weeklyCafe();
    const never = await repeat({ rule: { frequency: "weekly" } });
    expect(never.status).toBe(422);
    expect((await never.json<ErrorEnvelope>()).error.fieldCodes!["rule.until"]?.code).toBe(
      "required",
    );
    const tooMany = await repeat({ rule: { frequency: "weekly", until: "2029-01-01" } });
    expect(tooMany.status).toBe(422);
    expect((await tooMany.json<ErrorEnvelope>()).error.fieldCodes!["rule.until"]).toEqual({
      code: "too_many",
      params: { max: 52 },
    });
    const none = await repeat({ rule: { frequency: "monthly", until: "2027-03-20" } });
    expect((await none.json<ErrorEnvelope>()).error.fieldCodes!["rule.until"]?.code).toBe(
      "no_dates",
    );
    const count = await env.DB.prepare(
      "SELECT count(*) AS n FROM events WHERE series_id IS NOT NULL AND organisation_id = (SELECT organisation_id FROM events WHERE id = ?1)",
    )
      .bind(event.id)
      .first<{ n: number }>();
    expect(count!.n).toBe(0);
  });

  it("refuses a stale version and a second series for the same event", async () => {
    const { repeat } = await weeklyCafe();
    const stale = await repeat({ version: 7 });
    expect(stale.status).toBe(409);
    expect((await stale.json<ErrorEnvelope>()).error.code).toBe("version_conflict");
    expect((await repeat({})).status).toBe(201);
    const again = await repeat({ version: 2 });
    expect(again.status).toBe(409);
    expect((await again.json<ErrorEnvelope>()).error.code).toBe("already_in_series");
  });

  it("does not let another organisation read or repeat the series", async () => {
    const { repeat, event } = await weeklyCafe();
    const { series } = await (await repeat({})).json<AdminSeriesResponse>();
    const other = await createOrganisation();
    const stranger = await createMember(other.id, "owner");
    const admin = `/api/v1/admin/orgs/${other.slug}`;
    expect((await stranger.as(`${admin}/series/${series.id}`)).status).toBe(404);
    const repeated = await stranger.as(`${admin}/events/${event.id}/series`, {
      method: "POST",
      json: { rule: { frequency: "weekly", count: 3 }, version: 2 },
    });
    expect(repeated.status).toBe(404);
  });

  describe("edits of this date, the following ones, or all", () => {
    async function seriesOfFive() {
      const cafe = await weeklyCafe();
      const { series } = await (
        await cafe.repeat({ rule: { frequency: "weekly", count: 5 } })
      ).json<AdminSeriesResponse>();
      const ids = series.dates.map((date) => date.eventId);
      const read = async (eventId: string) =>
        (
          await (
            await cafe.organiser.as(`${cafe.admin}/events/${eventId}`)
          ).json<AdminEventResponse>()
        ).event;
      /** Saves the date with `change` applied to what the editor loaded, for `scope`. */
      const save = async (
        eventId: string,
        scope: string,
        change: (event: AdminEvent) => Partial<AdminEvent>,
      ) => {
        const event = await read(eventId);
        return cafe.organiser.as(`${cafe.admin}/events/${eventId}?scope=${scope}`, {
          method: "PUT",
          json: { ...event, ...change(event) },
        });
      };
      return { ...cafe, series, ids, read, save };
    }

    /** The wall-clock start of each date in Tallinn, and its English title. */
    async function shapes(ids: string[], read: (id: string) => Promise<AdminEvent>) {
      const events = await Promise.all(ids.map(read));
      return events.map((event) => [
        new Intl.DateTimeFormat("en-GB", {
          timeZone: "Europe/Tallinn",
          weekday: "short",
          hour: "2-digit",
          minute: "2-digit",
        }).format(Date.parse(event.startsAt)),
        event.title.en,
        event.slots[0]!.capacity,
      ]);
    }

    /** 30 minutes earlier, as the editor sends a moved start: the instant, not the wall time. */
    const earlier = (value: string) => new Date(Date.parse(value) - 30 * 60 * 1000).toISOString();

    it("changes only this date by default", async () => {
      const { ids, read, save } = await seriesOfFive();
      expect(
        (await save(ids[1]!, "this", () => ({ title: { en: "Café with music" } }))).status,
      ).toBe(200);
      expect((await shapes(ids, read)).map((shape) => shape[1])).toEqual([
        "Language café",
        "Café with music",
        "Language café",
        "Language café",
        "Language café",
      ]);
    });

    it("changes this and the following dates: same wall-clock time across summer time, their people told", async () => {
      const { ids, read, save, organisation, early } = await seriesOfFive();
      const fourth = await read(ids[3]!);
      const booked = await request(
        `/api/v1/orgs/${organisation.slug}/events/${ids[3]}/registrations`,
        {
          method: "POST",
          headers: {
            "Content-Type": "application/json",
            Origin: allowedOrigin,
            "Idempotency-Key": crypto.randomUUID(),
          },
          body: JSON.stringify(signUpBody(fourth.slots[0]!.id, { email: "olena@example.org" })),
        },
      );
      expect(booked.status).toBe(201);
      expect(early.id).toBeTruthy();
      const saved = await save(ids[2]!, "following", (event) => ({
        title: { en: "Evening café" },
        startsAt: earlier(event.startsAt),
        slots: event.slots.map((slot, index) =>
          index === 0 ? { ...slot, startsAt: earlier(slot.startsAt), capacity: 12 } : slot,
        ),
      }));
      expect(saved.status).toBe(200);
      expect(await shapes(ids, read)).toEqual([
        ["Tue 18:00", "Language café", 10],
        ["Tue 18:00", "Language café", 10],
        ["Tue 17:30", "Evening café", 12],
        // 28 March: summer time began; the wall clock still says 17:30.
        ["Tue 17:30", "Evening café", 12],
        ["Tue 17:30", "Evening café", 12],
      ]);
      const told = await env.DB.prepare(
        "SELECT count(*) AS n FROM outbox WHERE kind = 'event_changed' AND registration_id IN (SELECT id FROM registrations WHERE event_id = ?1)",
      )
        .bind(ids[3])
        .first<{ n: number }>();
      expect(told!.n).toBe(1);
    });

    it("changes all dates not over, or nothing when one date has more people than the new places", async () => {
      const { ids, read, save, organisation } = await seriesOfFive();
      const last = await read(ids[4]!);
      for (const n of [1, 2, 3]) {
        const booked = await request(
          `/api/v1/orgs/${organisation.slug}/events/${ids[4]}/registrations`,
          {
            method: "POST",
            headers: {
              "Content-Type": "application/json",
              Origin: allowedOrigin,
              "Idempotency-Key": crypto.randomUUID(),
            },
            body: JSON.stringify(
              signUpBody(last.slots[0]!.id, { email: `p${n}@example.org`, adults: 1 }),
            ),
          },
        );
        expect(booked.status).toBe(201);
      }
      const before = await shapes(ids, read);
      const tooSmall = await save(ids[0]!, "all", (event) => ({
        title: { en: "Smaller café" },
        slots: event.slots.map((slot, index) => (index === 0 ? { ...slot, capacity: 2 } : slot)),
      }));
      expect(tooSmall.status).toBe(409);
      const refusal = await tooSmall.json<ErrorEnvelope>();
      expect(refusal.error.code).toBe("capacity_below_taken");
      expect(refusal.error.message).toContain("Tuesday, 30 March 2027");
      expect(await shapes(ids, read)).toEqual(before);

      const saved = await save(ids[0]!, "all", () => ({ title: { en: "Tea and talk" } }));
      expect(saved.status).toBe(200);
      expect((await shapes(ids, read)).map((shape) => shape[1])).toEqual(
        Array(5).fill("Tea and talk"),
      );
    });

    it("leaves a cancelled date as it is", async () => {
      const { ids, read, save, organiser, admin } = await seriesOfFive();
      const third = await read(ids[2]!);
      const cancelled = await organiser.as(`${admin}/events/${ids[2]}/cancel`, {
        method: "POST",
        json: { message: { en: "The room is closed." }, version: third.version },
      });
      expect(cancelled.status).toBe(200);
      expect((await save(ids[0]!, "all", () => ({ title: { en: "Tea and talk" } }))).status).toBe(
        200,
      );
      expect((await shapes(ids, read)).map((shape) => shape[1])).toEqual([
        "Tea and talk",
        "Tea and talk",
        "Language café",
        "Tea and talk",
        "Tea and talk",
      ]);
    });

    it("refuses an unknown scope, naming it", async () => {
      const { ids, save } = await seriesOfFive();
      const response = await save(ids[0]!, "everything", () => ({}));
      expect(response.status).toBe(422);
      expect(Object.keys((await response.json<ErrorEnvelope>()).error.fields ?? {})).toEqual([
        "scope",
      ]);
    });
  });
});

describe("a series on a list", () => {
  it("reads each date's number and the series' size, not the whole series, for every date listed", async () => {
    const { repeat, organisation } = await weeklyCafe();
    const created = await repeat({ rule: { frequency: "weekly", count: 40 } });
    expect(created.status).toBe(201);
    const response = await request(
      `/api/v1/orgs/${organisation.slug}/events?from=2027-01-01T00:00:00Z`,
      {},
      { HEARTH_D1_METRICS: "1" },
    );
    const { events } = await response.json<EventListResponse>();
    expect(events.length).toBeGreaterThan(10);
    expect(
      events.slice(0, 3).map((event) => [event.series?.position, event.series?.total]),
    ).toEqual([
      [1, 40],
      [2, 40],
      [3, 40],
    ]);
    const rowsRead = Number(
      /rows_read=(\d+)/.exec(response.headers.get("Server-Timing") ?? "")?.[1],
    );
    // Counting the series for each date would read about 40 × 2 rows per date listed.
    expect(rowsRead).toBeLessThan(events.length * 12);
  });

  it("numbers the dates again when one moves past another", async () => {
    const { repeat, admin, organiser } = await weeklyCafe();
    const { series } = await (
      await repeat({ rule: { frequency: "weekly", count: 3 } })
    ).json<AdminSeriesResponse>();
    const second = series.dates[1]!.eventId;
    const { event } = await (
      await organiser.as(`${admin}/events/${second}`)
    ).json<AdminEventResponse>();
    const later = (value: string) => new Date(Date.parse(value) + 8 * 24 * hour).toISOString();
    const saved = await organiser.as(`${admin}/events/${second}`, {
      method: "PUT",
      json: {
        ...event,
        startsAt: later(event.startsAt),
        endsAt: later(event.endsAt),
        slots: event.slots.map((slot) => ({
          ...slot,
          startsAt: later(slot.startsAt),
          endsAt: later(slot.endsAt),
        })),
      },
    });
    expect(saved.status).toBe(200);
    expect((await saved.json<AdminEventResponse>()).event.series?.position).toBe(3);
    const third = await organiser.as(`${admin}/events/${series.dates[2]!.eventId}`);
    expect((await third.json<AdminEventResponse>()).event.series?.position).toBe(2);
  });
});

describe("a series in calendars", () => {
  it("puts one VEVENT per date in the organisation's feed, read back by a real calendar parser", async () => {
    const { repeat, organisation } = await weeklyCafe();
    const { series } = await (
      await repeat({ rule: { frequency: "weekly", count: 6, exceptions: ["2027-03-16"] } })
    ).json<AdminSeriesResponse>();
    const feed = await request(`/api/v1/orgs/${organisation.slug}/calendar.ics`);
    expect(feed.status).toBe(200);
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const events = calendar
      .getAllSubcomponents("vevent")
      .map((vevent) => new ICAL.Event(vevent))
      .filter((event) => series.dates.some((date) => event.uid.includes(date.eventId)));
    expect(events.map((event) => event.startDate.toJSDate().toISOString())).toEqual(
      series.dates.map((date) => date.startsAt),
    );
    expect(new Set(events.map((event) => event.uid)).size).toBe(series.dates.length);
    expect(events.every((event) => event.summary === "Language café")).toBe(true);
  });
});
