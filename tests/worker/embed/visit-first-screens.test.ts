import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import {
  allowedOrigin,
  createBookableSlot,
  createEvent,
  registrationsOf,
  request,
  sendFirstScreenForm,
} from "../helpers.js";
import { askOnVisit, createVisit } from "../visit-helpers.js";
import { outcomeOf } from "./first-screen-answers.js";

const details = (slug: string, visitId: string, query: string) =>
  request(`/api/v1/orgs/${slug}/visits/${visitId}/details/first-screen?${query}`, {
    headers: { Origin: "https://any.example" },
  });

const groupFormPath = (slug: string, visitId: string, query = "lang=ar&tz=Europe/Tallinn") =>
  `/api/v1/orgs/${slug}/visits/${visitId}/group-form/first-screen?${query}`;

/** The group form as the first screen's show code posts it: its own fields and `fillMs`. */
function groupFields(pickupPointId: string, overrides: Record<string, string | string[]> = {}) {
  const fields: Record<string, string | string[]> = {
    adults: "٣",
    children: "1",
    pickupPointId,
    languages: ["fa", "uk"],
    name: "Amina",
    phone: "+372 5555 0101",
    email: "",
    interpreterLanguage: "",
    wheelchairPlaces: "1",
    accessibility: "",
    dietary: "",
    consent: "yes",
    website: "",
    fillMs: "5000",
    ...overrides,
  };
  return fields;
}

const sendGroup = (slug: string, visitId: string, fields: Record<string, string | string[]>) =>
  sendFirstScreenForm(groupFormPath(slug, visitId), fields);

describe("GET /api/v1/orgs/:org/visits/:eventId/details/first-screen", () => {
  it("draws a visit of the list's first page as the widget opens it: its day, and three ways to take part, the group's form waiting folded", async () => {
    const { organisation, event } = await createVisit();
    const response = await details(organisation.slug, event.id, "lang=uk&tz=Europe/Tallinn");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toContain("public");
    const markup = await response.text();
    expect(markup).toMatch(
      /^<div part="base" class="base" lang="uk" dir="ltr" data-first-screen><article part="detail" class="detail"><button type="button" part="button" class="button secondary back">[^<]+<\/button> <h2 class="detail-title" tabindex="-1"/,
    );
    expect(markup).toContain("<dd><bdi>Tartu</bdi></dd>");
    // The day at heading level 3, as a visit's own page has it: stops in order, then pick-ups.
    expect(markup).toMatch(/<section class="day"><h3>[^<]+<\/h3><ol part="itinerary"/);
    expect(markup.indexOf("Stop 1")).toBeLessThan(markup.indexOf("Centre 1"));
    expect(markup).toContain(`/events/${event.id}/calendar.ics?lang=uk" download>`);
    // Each way with its places, folded, its form's element waiting in its place.
    const ways = [...markup.matchAll(/data-choice="(\w+)"/g)].map((match) => match[1]);
    expect(ways).toEqual(["visitor", "host", "interpreter"]);
    expect(markup.match(/aria-expanded="false" aria-controls="form-\w+"/g)).toHaveLength(3);
    for (const [audience, form] of [
      ["visitor", "group-form"],
      ["host", "host-form"],
      ["interpreter", "interpreter-form"],
    ])
      expect(markup).toContain(
        `<div id="form-${audience}"><hearth-visit-${form} org="${organisation.slug}" lang="uk" event="${event.id}" exportparts="form, label, input, button, status, error" hidden></hearth-visit-${form}></div>`,
      );
    expect(markup).toMatch(/<p part="availability" class="availability open">[^<]*10[^<]*<\/p>/);
    expect(markup.endsWith("</section></section></article></div>")).toBe(true);
  });

  it("offers no button where nobody can take part, and 404 for a visit not on that first page", async () => {
    const { organisation, event } = await createVisit({ capacity: 0, waitlistCapacity: 0 });
    const markup = await (await details(organisation.slug, event.id, "lang=en&tz=UTC")).text();
    expect(markup).toContain('<div id="form-visitor"></div>');
    expect(markup).not.toContain('aria-controls="form-visitor"');
    expect(markup).not.toContain("<hearth-visit-group-form");
    expect(markup).toContain('aria-controls="form-host"');
    expect(markup).toContain("<hearth-visit-host-form");
    const elsewhere = await details(organisation.slug, event.id, "lang=en&tz=UTC&region=Harju");
    expect(elsewhere.status).toBe(404);
    const meetup = await createEvent(organisation.id, { kind: "meetup" });
    const notAVisit = await details(organisation.slug, meetup.id, "tz=UTC");
    expect(notAVisit.status).toBe(404);
    expect((await notAVisit.json<ErrorEnvelope>()).error.code).toBe("not_found");
  });
});

describe("GET and POST /api/v1/orgs/:org/visits/:eventId/group-form/first-screen", () => {
  it("draws the group form as the widget does: the party, where the bus stops, the languages, the contact, needs folded", async () => {
    const { organisation, event, pickups } = await createVisit();
    const response = await request(groupFormPath(organisation.slug, event.id, "lang=uk&tz=UTC"), {
      headers: { Origin: "https://any.example" },
    });
    expect(response.status).toBe(200);
    const markup = await response.text();
    expect(markup).toMatch(
      /^<div part="base" class="base" lang="uk" dir="ltr" data-first-screen data-signup-origins="[^"]*" data-signup-page="[^"]*"><div part="status" class="status" role="status"><\/div><div part="error" class="error-box" role="alert"><\/div><form part="form" class="form" novalidate data-sends>/,
    );
    const names = [...markup.matchAll(/ name="([^"]+)"/g)].map((match) => match[1]);
    expect([...new Set(names)]).toEqual([
      "adults",
      "children",
      "pickupPointId",
      "languages",
      "name",
      "phone",
      "email",
      "interpreterLanguage",
      "wheelchairPlaces",
      "accessibility",
      "dietary",
      "consent",
      "website",
    ]);
    expect(markup).toContain(`<option value="${pickups[0]}">`);
    // Each language named in its own script.
    expect(markup).toContain('<span lang="fa" dir="rtl">');
    expect(markup).toContain('<details class="needs"><summary>');
    expect(markup).toMatch(
      /<button part="button" class="button submit" type="submit" data-sending/,
    );
  });

  it("asks the organisers' questions for groups and for everyone, never those for hosts", async () => {
    const { organisation, event } = await createVisit();
    const suffix = event.id.slice(4);
    await askOnVisit(event, [
      ["groups", "visitor"],
      ["hosts", "host"],
      ["all", null],
    ]);
    const markup = await (
      await request(groupFormPath(organisation.slug, event.id, "lang=en&tz=UTC"))
    ).text();
    expect(markup).toContain(`name="answers.q_groups_${suffix}"`);
    expect(markup).toContain(`name="answers.q_all_${suffix}"`);
    expect(markup).not.toContain("Question for hosts");
    // Between the needs and the consent, as the widget draws them.
    expect(markup.indexOf("Question for groups")).toBeGreaterThan(markup.indexOf('name="dietary"'));
    expect(markup.indexOf("Question for all")).toBeLessThan(markup.indexOf('name="consent"'));
  });

  it("books the group's seats and answers with the widget's confirmation, in the reader's language", async () => {
    const { organisation, event, pickups, visitorSlot } = await createVisit();
    const response = await sendGroup(
      organisation.slug,
      event.id,
      // Digits typed on an Arabic keyboard, read as the widget reads them.
      groupFields(pickups[1]!, { email: "amina٧@example.org" }),
    );
    expect(response.status).toBe(201);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe(allowedOrigin);
    const markup = await response.text();
    const outcome = outcomeOf(markup);
    if (!("registration" in outcome)) throw new Error("expected a booking");
    expect(outcome.emailGiven).toBe(true);
    expect(markup).toContain('<h4 class="result-title" tabindex="-1">');
    const [row, ...more] = await registrationsOf(visitorSlot.id);
    expect(more).toHaveLength(0);
    expect(row).toMatchObject({
      id: outcome.registration.id,
      adults: 3,
      children: 1,
      pickupPointId: pickups[1],
      wheelchairPlaces: 1,
      locale: "ar",
      email: "amina7@example.org",
    });
    expect(row!.languages).toEqual(["fa", "uk"]);
  });

  it("refuses every answer to fix at once, the visit's own rules with the contract's, in the reader's words", async () => {
    const { organisation, event, pickups, visitorSlot } = await createVisit({
      capacity: 3,
      waitlistCapacity: 0,
    });
    const response = await sendGroup(
      organisation.slug,
      event.id,
      groupFields("", { name: "", consent: "", wheelchairPlaces: "9", adults: "1", children: "0" }),
    );
    expect(response.status).toBe(422);
    const markup = await response.text();
    const beside = [...markup.matchAll(/data-for="([^"]+)"/g)].map((match) => match[1]);
    expect(beside.sort()).toEqual(["consent", "name", "pickupPointId", "wheelchairPlaces"]);
    expect(markup).toMatch(/[\u0600-\u06FF]/);
    // Too many for the seats: told how many there are, as the widget tells it.
    const tooMany = await (
      await sendGroup(
        organisation.slug,
        event.id,
        groupFields(pickups[0]!, { adults: "5", children: "0", wheelchairPlaces: "0" }),
      )
    ).text();
    // Told how many seats are left, as the widget tells it.
    expect(tooMany).toMatch(/data-for="adults" id="adults-error">[^<]*3[^<]*</);
    expect(await registrationsOf(visitorSlot.id)).toHaveLength(0);
  });

  it("answers 404 for an event without seats for groups, and 415 for a body that is not a form", async () => {
    const { organisation, event } = await createBookableSlot();
    const get = await request(groupFormPath(organisation.slug, event.id));
    expect(get.status).toBe(404);
    expect((await get.json<ErrorEnvelope>()).error.message).toMatch(/host-community visit/);
    const post = await sendGroup(organisation.slug, event.id, groupFields("x"));
    expect(post.status).toBe(404);
    const visit = await createVisit();
    const json = await request(groupFormPath(visit.organisation.slug, visit.event.id), {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: allowedOrigin },
      body: "{}",
    });
    expect(json.status).toBe(415);
    expect(json.headers.get("Cache-Control")).toBe("no-store");
  });
});
