import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { queueReminders } from "../../../worker/jobs/queue-reminders.js";
import type {
  AdminEventListResponse,
  AdminEventResponse,
  EventInput,
} from "../../../schema/contracts/admin/events.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createMember } from "../admin-helpers.js";
import {
  createBookableSlot,
  createEvent,
  createOrganisation,
  day,
  partyTotals,
  postSignUp,
  readSlot,
  signUpBody,
} from "../helpers.js";

function eventInput(overrides: Partial<EventInput> = {}): EventInput {
  const startsAt = new Date(Date.now() + 10 * day);
  const endsAt = new Date(startsAt.getTime() + 2 * 60 * 60 * 1000);
  return {
    kind: "course",
    title: { en: "Orientation course", ar: "دورة توجيهية" },
    summary: { en: "Work, school, health" },
    description: { en: "A day with interpreters" },
    venueName: "Town Hall",
    venueAddress: "Market Square 1",
    region: "Harju",
    onlineUrl: "",
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    timeZone: "Europe/Tallinn",
    languages: ["et", "en"],
    interpretation: ["uk", "ar"],
    accessibilityNotes: { en: "Hearing loop" },
    slots: [
      {
        label: { en: "Morning" },
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        capacity: 10,
        waitlistCapacity: 5,
      },
    ],
    ...overrides,
  };
}

async function organiserWithDraft() {
  const organisation = await createOrganisation();
  const organiser = await createMember(organisation.id, "organiser");
  const created = await organiser.as(`/api/v1/admin/orgs/${organisation.slug}/events`, {
    method: "POST",
    json: eventInput(),
  });
  expect(created.status).toBe(201);
  const { event } = await created.json<AdminEventResponse>();
  return {
    organisation,
    organiser,
    event,
    base: `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}`,
  };
}

describe("organiser events", () => {
  it("creates a draft with its slots and flags the missing translations", async () => {
    const { event } = await organiserWithDraft();
    expect(event).toMatchObject({ status: "draft", version: 1, kind: "course" });
    expect(event.slots).toHaveLength(1);
    expect(event.slots[0]).toMatchObject({ capacity: 10, waitlistCapacity: 5, taken: 0 });
    expect(event.missingTranslations).toEqual(["es"]);
  });

  it("keeps what to bring per language and who to call, on create and on save", async () => {
    const { organiser, base, event } = await organiserWithDraft();
    expect(event).toMatchObject({ whatToBring: {}, dayContact: null });
    const saved = await organiser.as(base, {
      method: "PUT",
      json: {
        ...eventInput(),
        version: event.version,
        slots: [{ ...eventInput().slots[0]!, id: event.slots[0]!.id }],
        whatToBring: { en: "Packed lunch\nGood shoes", ar: "غداء" },
        dayContact: "  Mari, +372 5555 0101 ",
      },
    });
    expect(saved.status).toBe(200);
    expect((await saved.json<AdminEventResponse>()).event).toMatchObject({
      whatToBring: { en: "Packed lunch\nGood shoes", ar: "غداء" },
      dayContact: "Mari, +372 5555 0101",
      version: 2,
    });
  });

  it("refuses a day contact on two lines or too long, naming the field", async () => {
    const organisation = await createOrganisation();
    const organiser = await createMember(organisation.id, "organiser");
    for (const dayContact of ["Mari\nCall 112", "x".repeat(201)]) {
      const response = await organiser.as(`/api/v1/admin/orgs/${organisation.slug}/events`, {
        method: "POST",
        json: eventInput({ dayContact }),
      });
      expect(response.status).toBe(422);
      const body = await response.json<{ error: { fields: Record<string, string> } }>();
      expect(Object.keys(body.error.fields)).toEqual(["dayContact"]);
    }
  });

  it("keeps whether freed places are offered, and for how long; refuses hours it cannot use", async () => {
    const { organiser, base, event } = await organiserWithDraft();
    expect(event.waitlistOfferHours).toBeNull();
    const save = (waitlistOfferHours: unknown, version: number) =>
      organiser.as(base, {
        method: "PUT",
        json: {
          ...eventInput(),
          version,
          slots: [{ ...eventInput().slots[0]!, id: event.slots[0]!.id }],
          waitlistOfferHours,
        },
      });
    const saved = await save(12, event.version);
    expect(saved.status).toBe(200);
    expect((await saved.json<AdminEventResponse>()).event.waitlistOfferHours).toBe(12);
    for (const hours of [0, 169, 1.5, "24"]) {
      const refused = await save(hours, 2);
      expect(refused.status, String(hours)).toBe(422);
      const body = await refused.json<{ error: { fields: Record<string, string> } }>();
      expect(Object.keys(body.error.fields)).toEqual(["waitlistOfferHours"]);
    }
    const back = await save(null, 2);
    expect((await back.json<AdminEventResponse>()).event.waitlistOfferHours).toBeNull();
  });

  it("answers 404 to an id in the path that cannot be one, and to another kind's page", async () => {
    const { organisation, organiser, event } = await organiserWithDraft();
    const base = `/api/v1/admin/orgs/${organisation.slug}/events`;
    for (const id of ["evt 1", "evt'--", "x".repeat(81), "évt"]) {
      const response = await organiser.as(`${base}/${encodeURIComponent(id)}/registrations`);
      expect(response.status, id).toBe(404);
      expect((await response.json<{ error: { code: string } }>()).error.code).toBe("not_found");
    }
    // A course is not a festival: its cooks' page is not found.
    const cooks = await organiser.as(`${base}/${event.id}/applications`);
    expect(cooks.status).toBe(404);
    expect((await cooks.json<{ error: { message: string } }>()).error.message).toBe(
      "We could not find this festival.",
    );
  });

  it("refuses an event whose end is before its start, naming the field", async () => {
    const organisation = await createOrganisation();
    const organiser = await createMember(organisation.id, "owner");
    const input = eventInput();
    const response = await organiser.as(`/api/v1/admin/orgs/${organisation.slug}/events`, {
      method: "POST",
      json: {
        ...input,
        endsAt: new Date(Date.parse(input.startsAt) - 1000).toISOString(),
        title: { en: "" },
      },
    });
    expect(response.status).toBe(422);
    const body = await response.json<ErrorEnvelope>();
    expect(Object.keys(body.error.fields ?? {})).toEqual(expect.arrayContaining(["title"]));
  });

  it("refuses javascript:, data: and other non-web links, naming the field as invalid_url", async () => {
    const organisation = await createOrganisation();
    const organiser = await createMember(organisation.id, "organiser");
    for (const [field, url] of [
      ["onlineUrl", "javascript:alert(document.cookie)"],
      ["onlineUrl", " JaVaScRiPt:alert(1)"],
      ["onlineUrl", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="],
      ["feedbackUrl", "javascript:alert(1)"],
      ["feedbackUrl", "vbscript:msgbox(1)"],
    ] as const) {
      const response = await organiser.as(`/api/v1/admin/orgs/${organisation.slug}/events`, {
        method: "POST",
        json: eventInput({ [field]: url }),
      });
      expect(response.status, url).toBe(422);
      const { error } = await response.json<ErrorEnvelope>();
      expect(error.fieldCodes).toEqual({ [field]: { code: "invalid_url" } });
    }
    const listed = await organiser.as(`/api/v1/admin/orgs/${organisation.slug}/events`);
    expect((await listed.json<AdminEventListResponse>()).events).toEqual([]);
  });

  it("keeps https links, and strips direction overrides from titles but not descriptions", async () => {
    const organisation = await createOrganisation();
    const organiser = await createMember(organisation.id, "organiser");
    const response = await organiser.as(`/api/v1/admin/orgs/${organisation.slug}/events`, {
      method: "POST",
      json: eventInput({
        onlineUrl: "https://meet.example.org/cafe",
        feedbackUrl: "http://forms.example.org/f",
        title: { en: "Caf\u202e\u00e9 evening" },
        description: { en: "Line one\n\u2067\u0645\u0631\u062d\u0628\u0627\u2069" },
      }),
    });
    expect(response.status).toBe(201);
    const { event } = await response.json<AdminEventResponse>();
    expect(event).toMatchObject({
      onlineUrl: "https://meet.example.org/cafe",
      feedbackUrl: "http://forms.example.org/f",
      title: { en: "Caf\u00e9 evening" },
      description: { en: "Line one\n\u2067\u0645\u0631\u062d\u0628\u0627\u2069" },
    });
  });

  it("refuses control characters in titles and a line break in a slot label, naming each", async () => {
    const organisation = await createOrganisation();
    const organiser = await createMember(organisation.id, "organiser");
    const input = eventInput();
    const response = await organiser.as(`/api/v1/admin/orgs/${organisation.slug}/events`, {
      method: "POST",
      json: {
        ...input,
        title: { en: "Caf\u00e9\u0000", ar: "\ud800" },
        slots: [{ ...input.slots[0]!, label: { en: "Morning\nSecond line" } }],
      },
    });
    expect(response.status).toBe(422);
    const { error } = await response.json<ErrorEnvelope>();
    expect(error.fieldCodes).toEqual({
      "title.en": { code: "control_characters" },
      "title.ar": { code: "control_characters" },
      "slots.0.label.en": { code: "control_characters" },
    });
  });

  it("publishes a draft so the public list shows it, then cancels it with a message", async () => {
    const { organisation, organiser, base } = await organiserWithDraft();
    const published = await organiser.as(`${base}/publish`, {
      method: "POST",
      json: { version: 1 },
    });
    expect(published.status).toBe(200);
    expect((await published.json<AdminEventResponse>()).event).toMatchObject({
      status: "published",
      version: 2,
    });
    const listed = await organiser.as(`/api/v1/orgs/${organisation.slug}/events`);
    expect((await listed.json<{ events: unknown[] }>()).events).toHaveLength(1);

    const cancelled = await organiser.as(`${base}/cancel`, {
      method: "POST",
      json: { version: 2, message: "The hall is closed. Sorry!" },
    });
    expect((await cancelled.json<AdminEventResponse>()).event).toMatchObject({
      status: "cancelled",
      cancellationMessage: { en: "The hall is closed. Sorry!" },
    });
    // A fresh read, as a form makes (the list read above may be cached for 15 seconds).
    const publicView = await organiser.as(`/api/v1/orgs/${organisation.slug}/events`, {
      headers: { "Cache-Control": "no-cache" },
    });
    expect((await publicView.json<{ events: unknown[] }>()).events).toHaveLength(0);
  });

  it("refuses the second of two saves made from the same version", async () => {
    const { organiser, base, event } = await organiserWithDraft();
    const input = {
      ...eventInput(),
      version: event.version,
      slots: [{ ...eventInput().slots[0]!, id: event.slots[0]!.id }],
    };
    const first = await organiser.as(base, {
      method: "PUT",
      json: { ...input, title: { en: "First" } },
    });
    expect(first.status).toBe(200);
    const second = await organiser.as(base, {
      method: "PUT",
      json: { ...input, title: { en: "Second" } },
    });
    expect(second.status).toBe(409);
    expect((await second.json<ErrorEnvelope>()).error.code).toBe("version_conflict");
    const current = await (await organiser.as(base)).json<AdminEventResponse>();
    expect(current.event.title).toEqual({ en: "First" });
    expect(current.event.version).toBe(2);
  });

  it("refuses to lower a slot's places below those taken, naming the slot", async () => {
    const { organisation, event, slot } = await createBookableSlot({ capacity: 10 });
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { adults: 3, children: 1 }));
    const organiser = await createMember(organisation.id, "organiser");
    const base = `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}`;
    const current = (await (await organiser.as(base)).json<AdminEventResponse>()).event;

    const response = await organiser.as(base, {
      method: "PUT",
      json: {
        ...eventInput(),
        version: current.version,
        slots: [{ ...eventInput().slots[0]!, id: slot.id, capacity: 3 }],
      },
    });
    expect(response.status).toBe(409);
    const body = await response.json<ErrorEnvelope>();
    expect(body.error.code).toBe("capacity_below_taken");
    expect(body.error.fields?.["slots.0.capacity"]).toContain("4 places are already taken");
    expect((await readSlot(slot.id)).capacity).toBe(10);
  });

  it("promotes the waitlist in the same save when places are raised", async () => {
    const { organisation, event, slot } = await createBookableSlot({
      capacity: 2,
      waitlistCapacity: 5,
    });
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { adults: 2 }));
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id, { adults: 2 }));
    const organiser = await createMember(organisation.id, "organiser");
    const base = `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}`;
    const current = (await (await organiser.as(base)).json<AdminEventResponse>()).event;

    const response = await organiser.as(base, {
      method: "PUT",
      json: {
        ...eventInput(),
        version: current.version,
        slots: [{ ...eventInput().slots[0]!, id: slot.id, capacity: 4 }],
      },
    });
    expect(response.status).toBe(200);
    const stored = await readSlot(slot.id);
    expect(stored).toMatchObject({ capacity: 4, taken: 4, waitlistTaken: 0 });
    expect((await partyTotals(slot.id)).confirmed).toBe(4);
  });

  it("adds and removes times, but keeps a time that has sign-ups", async () => {
    const { organisation, event, slot } = await createBookableSlot();
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
    const organiser = await createMember(organisation.id, "organiser");
    const base = `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}`;
    const current = (await (await organiser.as(base)).json<AdminEventResponse>()).event;
    const newSlot = { ...eventInput().slots[0]!, label: { en: "Evening" } };

    const removing = await organiser.as(base, {
      method: "PUT",
      json: { ...eventInput(), version: current.version, slots: [newSlot] },
    });
    expect(removing.status).toBe(422);
    expect((await removing.json<ErrorEnvelope>()).error.fields).toHaveProperty("slots");

    const adding = await organiser.as(base, {
      method: "PUT",
      json: {
        ...eventInput(),
        version: current.version,
        slots: [{ ...eventInput().slots[0]!, id: slot.id }, newSlot],
      },
    });
    expect(adding.status).toBe(200);
    const saved = (await adding.json<AdminEventResponse>()).event;
    expect(saved.slots.map((s) => s.label.en).sort()).toEqual(["Evening", "Morning"]);
  });

  it("duplicates an event as a draft with empty slots", async () => {
    const { organisation, event, slot } = await createBookableSlot({ capacity: 7 });
    await postSignUp(organisation.slug, event.id, signUpBody(slot.id));
    const organiser = await createMember(organisation.id, "organiser");
    const response = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/duplicate`,
      {
        method: "POST",
      },
    );
    expect(response.status).toBe(201);
    const copy = (await response.json<AdminEventResponse>()).event;
    expect(copy.id).not.toBe(event.id);
    expect(copy).toMatchObject({ status: "draft", title: event.title });
    expect(copy.slots[0]).toMatchObject({ capacity: 7, taken: 0 });
  });

  it("lists upcoming events soonest first, then past ones latest first, drafts included", async () => {
    const organisation = await createOrganisation();
    const coordinator = await createMember(organisation.id, "coordinator");
    const at = (days: number) => ({
      startsAt: Date.now() + days * day,
      endsAt: Date.now() + days * day + 3_600_000,
    });
    const later = await createEvent(organisation.id, at(9));
    const sooner = await createEvent(organisation.id, { ...at(2), status: "draft" });
    const longAgo = await createEvent(organisation.id, at(-30));
    const recently = await createEvent(organisation.id, at(-3));
    const list = async (query: string) => {
      const response = await coordinator.as(
        `/api/v1/admin/orgs/${organisation.slug}/events${query}`,
      );
      expect(response.status).toBe(200);
      return response.json<AdminEventListResponse>();
    };
    const upcoming = await list("");
    expect(upcoming.events.map((event) => event.id)).toEqual([sooner.id, later.id]);
    expect(upcoming.nextCursor).toBeNull();
    const past = await list("?when=past");
    expect(past.events.map((event) => event.id)).toEqual([recently.id, longAgo.id]);
  });

  it("pages a long list without skipping or repeating an event, and refuses a broken page link", async () => {
    const organisation = await createOrganisation();
    const coordinator = await createMember(organisation.id, "coordinator");
    const start = Date.now() + day;
    // 55 events, five of them at the very same time: the id breaks the tie.
    const ids: string[] = [];
    for (let index = 0; index < 55; index++) {
      const startsAt = start + Math.max(0, index - 4) * 3_600_000;
      ids.push((await createEvent(organisation.id, { startsAt, endsAt: startsAt + 1 })).id);
    }
    const path = `/api/v1/admin/orgs/${organisation.slug}/events`;
    const first = await (await coordinator.as(path)).json<AdminEventListResponse>();
    expect(first.events).toHaveLength(50);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await (
      await coordinator.as(`${path}?cursor=${encodeURIComponent(first.nextCursor!)}`)
    ).json<AdminEventListResponse>();
    expect(second.nextCursor).toBeNull();
    const seen = [...first.events, ...second.events].map((event) => event.id);
    expect(new Set(seen).size).toBe(55);
    expect([...seen].sort()).toEqual([...ids].sort());

    const broken = await coordinator.as(`${path}?cursor=not-a-cursor`);
    expect(broken.status).toBe(422);
    expect((await broken.json<ErrorEnvelope>()).error.fields).toHaveProperty("cursor");
    const unknown = await coordinator.as(`${path}?when=tomorrow`);
    expect(unknown.status).toBe(422);
    expect((await unknown.json<ErrorEnvelope>()).error.fields).toHaveProperty("when");
  });

  it("queues a moved event's reminders again for its new time", async () => {
    const { organisation, organiser, event, base } = await organiserWithDraft();
    expect(
      (await organiser.as(`${base}/publish`, { method: "POST", json: { version: 1 } })).status,
    ).toBe(200);
    const signedUp = await postSignUp(organisation.slug, event.id, signUpBody(event.slots[0]!.id));
    expect(signedUp.status).toBe(201);
    const reminderAt = async () =>
      (await env.DB.prepare(`SELECT reminder_at AS at FROM events WHERE id = ?`)
        .bind(event.id)
        .first<{ at: number }>())!.at;
    const reminders = async () =>
      (await env.DB.prepare(
        `SELECT COUNT(*) AS n FROM outbox WHERE kind = 'reminder' AND organisation_id = ?`,
      )
        .bind(organisation.id)
        .first<{ n: number }>())!.n;
    const first = await reminderAt();
    await queueReminders(env.DB, first);
    await queueReminders(env.DB, first + 60_000);
    expect(await reminders()).toBe(1);

    const moved = eventInput();
    const startsAt = new Date(Date.parse(moved.startsAt) + 2 * day).toISOString();
    const endsAt = new Date(Date.parse(moved.endsAt) + 2 * day).toISOString();
    const saved = await organiser.as(base, {
      method: "PUT",
      json: {
        ...moved,
        startsAt,
        endsAt,
        version: 2,
        slots: [{ ...moved.slots[0]!, startsAt, endsAt, id: event.slots[0]!.id }],
      },
    });
    expect(saved.status).toBe(200);
    const second = await reminderAt();
    expect(second).toBeGreaterThan(first);
    await queueReminders(env.DB, second);
    expect(await reminders()).toBe(2);
  });
});
