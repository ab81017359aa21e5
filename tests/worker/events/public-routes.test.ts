import { describe, expect, it } from "vitest";
import type { EventDetailResponse, EventListResponse } from "../../../schema/contracts/events.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import {
  allowedOrigin,
  createEvent,
  createOrganisation,
  createSlot,
  day,
  postSignUp,
  request,
  signUpBody,
} from "../helpers.js";

describe("GET /api/v1/orgs/:org", () => {
  it("returns the public profile and is readable from any origin", async () => {
    const organisation = await createOrganisation();
    const response = await request(`/api/v1/orgs/${organisation.slug}`, {
      headers: { Origin: "https://any.example" },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(await response.json()).toEqual({
      organisation: {
        slug: organisation.slug,
        name: "Test City",
        kind: "municipality",
        defaultLocale: "en",
        locales: ["en", "es", "ar"],
        timeZone: "Europe/Tallinn",
        theme: {},
      },
    });
  });

  it("answers 404 in the error envelope for an unknown organisation", async () => {
    const response = await request("/api/v1/orgs/nobody-here");
    expect(response.status).toBe(404);
    expect((await response.json<ErrorEnvelope>()).error.code).toBe("not_found");
  });
});

describe("GET /api/v1/orgs/:org/events", () => {
  it("lists published upcoming events soonest first with places left, hiding drafts and past events", async () => {
    const organisation = await createOrganisation();
    const later = await createEvent(organisation.id, { startsAt: Date.now() + 9 * day });
    const sooner = await createEvent(organisation.id, { startsAt: Date.now() + 2 * day });
    await createEvent(organisation.id, { status: "draft" });
    await createEvent(organisation.id, { startsAt: Date.now() - 3 * day });
    const slot = await createSlot(sooner, { capacity: 5, waitlistCapacity: 2 });
    await createSlot(later);
    await postSignUp(organisation.slug, sooner.id, signUpBody(slot.id, { adults: 2 }));

    const response = await request(`/api/v1/orgs/${organisation.slug}/events`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toContain("public");
    const body = await response.json<EventListResponse>();
    expect(body.events.map((event) => event.id)).toEqual([sooner.id, later.id]);
    expect(body.events[0]!.slots[0]).toMatchObject({
      capacity: 5,
      remaining: 3,
      waitlistRemaining: 2,
    });
    expect(body.events[0]!.signupOpen).toBe(true);
    expect(body.nextCursor).toBeNull();
  });

  it("filters by kind, region and dates", async () => {
    const organisation = await createOrganisation();
    const course = await createEvent(organisation.id, {
      kind: "course",
      region: "Tartu",
      startsAt: Date.now() + 5 * day,
    });
    await createEvent(organisation.id, {
      kind: "meetup",
      region: "Tartu",
      startsAt: Date.now() + 5 * day,
    });
    await createEvent(organisation.id, {
      kind: "course",
      region: "Harju",
      startsAt: Date.now() + 5 * day,
    });
    await createEvent(organisation.id, {
      kind: "course",
      region: "Tartu",
      startsAt: Date.now() + 40 * day,
    });
    const to = new Date(Date.now() + 20 * day).toISOString();

    const response = await request(
      `/api/v1/orgs/${organisation.slug}/events?kind=course&region=tartu&to=${to}`,
    );
    const body = await response.json<EventListResponse>();
    expect(body.events.map((event) => event.id)).toEqual([course.id]);
  });

  it("pages with a cursor until the last page", async () => {
    const organisation = await createOrganisation();
    const created = [];
    for (let index = 0; index < 5; index++) {
      created.push(
        await createEvent(organisation.id, { startsAt: Date.now() + (index + 1) * day }),
      );
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `limit=2&cursor=${encodeURIComponent(cursor)}` : "limit=2";
      const body: EventListResponse = await (
        await request(`/api/v1/orgs/${organisation.slug}/events?${query}`)
      ).json();
      seen.push(...body.events.map((event) => event.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(created.map((event) => event.id));
  });

  it("gives texts in the asked language and falls back to the organisation's default", async () => {
    const organisation = await createOrganisation();
    await createEvent(organisation.id, {
      title: { en: "Café", ar: "مقهى" },
      summary: { en: "Only English" },
    });
    const arabic = await (
      await request(`/api/v1/orgs/${organisation.slug}/events?lang=ar`)
    ).json<EventListResponse>();
    // Each text says the language it is really in: an Arabic title over an English summary.
    expect(arabic.events[0]).toMatchObject({
      title: "مقهى",
      summary: "Only English",
      langs: { title: "ar", summary: "en" },
    });
    const ukrainian = await (
      await request(`/api/v1/orgs/${organisation.slug}/events?lang=uk`)
    ).json<EventListResponse>();
    expect(ukrainian.events[0]).toMatchObject({ title: "Café", langs: { title: "en" } });
    // The widgets' last language preference: the organisation's own.
    expect(ukrainian.defaultLocale).toBe("en");
  });

  it("refuses bad query values with 422 naming them", async () => {
    const organisation = await createOrganisation();
    const response = await request(
      `/api/v1/orgs/${organisation.slug}/events?kind=party&limit=500&from=yesterday&cursor=%%%`,
    );
    expect(response.status).toBe(422);
    const body = await response.json<ErrorEnvelope>();
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(["from", "kind", "limit"]);
    const badCursor = await request(`/api/v1/orgs/${organisation.slug}/events?cursor=bm9wZQ`);
    expect(badCursor.status).toBe(422);
    expect((await badCursor.json<ErrorEnvelope>()).error.fields).toHaveProperty("cursor");
  });

  it("reads a page of events with their slots in one D1 round trip", async () => {
    const organisation = await createOrganisation();
    for (let index = 0; index < 3; index++) {
      const event = await createEvent(organisation.id);
      await createSlot(event);
      await createSlot(event);
    }
    const response = await request(
      `/api/v1/orgs/${organisation.slug}/events`,
      {},
      { HEARTH_D1_METRICS: "1" },
    );
    expect(response.headers.get("Server-Timing")).toMatch(/round_trips=1 /);
    expect((await response.json<EventListResponse>()).events).toHaveLength(3);
  });
});

describe("GET /api/v1/orgs/:org/events/:eventId", () => {
  it("returns one event with its slots, and cancelled events too", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id, { status: "cancelled" });
    await createSlot(event, { capacity: 7 });
    const body = await (
      await request(`/api/v1/orgs/${organisation.slug}/events/${event.id}`)
    ).json<EventDetailResponse>();
    expect(body.event).toMatchObject({ id: event.id, status: "cancelled", signupOpen: false });
    expect(body.event.slots[0]).toMatchObject({ capacity: 7, remaining: 7 });
  });

  it("answers 404 for drafts, unknown events and events of another organisation", async () => {
    const organisation = await createOrganisation();
    const other = await createOrganisation();
    const draft = await createEvent(organisation.id, { status: "draft" });
    const foreign = await createEvent(other.id);
    for (const id of [draft.id, "evt_missing", foreign.id]) {
      const response = await request(`/api/v1/orgs/${organisation.slug}/events/${id}`);
      expect(response.status).toBe(404);
    }
  });
});

describe("where an organisation takes sign-ups", () => {
  it("tells the widgets which websites may send sign-ups, and the organisation's Hearth page", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id);
    await createSlot(event);
    const expected = {
      signupOrigins: [allowedOrigin],
      signupPageUrl: `http://localhost/signup/?org=${organisation.slug}`,
    };
    const list = await (
      await request(`/api/v1/orgs/${organisation.slug}/events`)
    ).json<EventListResponse>();
    expect(list).toMatchObject(expected);
    const detail = await (
      await request(`/api/v1/orgs/${organisation.slug}/events/${event.id}`)
    ).json<EventDetailResponse>();
    expect(detail).toMatchObject(expected);
  });
});
