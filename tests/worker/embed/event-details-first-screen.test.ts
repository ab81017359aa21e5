import { describe, expect, it } from "vitest";
import type { AdminSeriesResponse } from "../../../schema/contracts/series.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createMember } from "../admin-helpers.js";
import { createEvent, createOrganisation, createSlot, day, request } from "../helpers.js";

const details = (slug: string, eventId: string, query: string) =>
  request(`/api/v1/orgs/${slug}/events/${eventId}/details/first-screen?${query}`, {
    headers: { Origin: "https://any.example" },
  });

/** What a browser shows of the markup: its text, in order. */
const textOf = (markup: string) =>
  markup
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();

describe("GET /api/v1/orgs/:org/events/:eventId/details/first-screen", () => {
  it("draws an event of the list's first page as the widget opens it, with its sign-up form's element", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id, {
      title: { en: "Language café", uk: "Мовне кафе" },
      description: { en: "Bring a friend.\n\nTea is free." },
    });
    await createSlot(event);
    const response = await details(organisation.slug, event.id, "lang=uk&tz=Europe/Tallinn");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Cache-Control")).toContain("public");
    const markup = await response.text();
    expect(markup).toMatch(
      /^<div part="base" class="base" lang="uk" dir="ltr" data-first-screen><article part="detail" class="detail"><button type="button" part="button" class="button secondary back">[^<]+<\/button> /,
    );
    expect(markup).toContain(
      '<h2 class="detail-title" tabindex="-1" lang="uk" dir="ltr">Мовне кафе</h2>',
    );
    expect(markup).toContain("<bdi>Library, Main Street 1</bdi>");
    // The languages spoken, the interpretation offered (Arabic), named in Ukrainian.
    expect(textOf(markup)).toMatch(/естонська/);
    expect(textOf(markup)).toMatch(/арабська/);
    expect(markup).toContain(
      '<div class="description" lang="en" dir="ltr"> <p>Bring a friend.</p> <p>Tea is free.</p> </div>',
    );
    expect(markup).toMatch(
      /<section class="access"><h3>[^<]+<\/h3> <p lang="en" dir="ltr">Step-free<\/p><\/section>/,
    );
    expect(markup).toContain(`/events/${event.id}/calendar.ics?lang=uk" download>`);
    expect(markup).toContain('class="button secondary share"');
    // What Share shares and says, for the first screen to share before the widget's code: the
    // event's own page on this server, its title, and the words in Ukrainian (the link filled in
    // where it is said).
    const share =
      /<span class="share" data-url="([^"]+)" data-title="([^"]+)" data-copied="([^"]+)" data-copy-failed="([^"]+)">/.exec(
        markup,
      );
    expect(share?.slice(1, 3)).toEqual([
      `http://localhost/${organisation.slug}/events/${event.id}`,
      "Мовне кафе",
    ]);
    expect(share?.[3]).toMatch(/[\u0400-\u04FF]/);
    expect(share?.[4]).toContain("{link}");
    // Its form: the sign-up's own first screen goes in it.
    expect(markup).toContain(
      `<hearth-signup org="${organisation.slug}" event="${event.id}" lang="uk" exportparts="form, label, input, button, status, error"></hearth-signup></article></div>`,
    );
  });

  it("names which date of a series it is, with the series' other dates on the list", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id, { startsAt: Date.now() + 7 * day });
    await createSlot(event);
    const organiser = await createMember(organisation.id, "organiser");
    const created = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/series`,
      { method: "POST", json: { rule: { frequency: "weekly", count: 3 }, version: 1 } },
    );
    expect(created.status).toBe(201);
    const { series } = await created.json<AdminSeriesResponse>();
    const second = series.dates[1]!.eventId;
    const markup = await (await details(organisation.slug, second, "lang=en&tz=UTC")).text();
    expect(markup).toContain('<p class="series-label">Date 2 of 3 of a series</p>');
    const others = [...markup.matchAll(/class="date-button" data-event="([^"]+)"/g)].map(
      (match) => match[1],
    );
    expect(others).toEqual([series.dates[0]!.eventId, series.dates[2]!.eventId]);
  });

  it("answers 404 for an event that is not on the list's first page with these filters", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id, { region: "Tartu" });
    await createSlot(event);
    expect((await details(organisation.slug, event.id, "tz=UTC&region=Tartu")).status).toBe(200);
    const elsewhere = await details(organisation.slug, event.id, "tz=UTC&region=Harju");
    expect(elsewhere.status).toBe(404);
    expect((await elsewhere.json<ErrorEnvelope>()).error.message).toContain("could not find");
    const other = await createOrganisation();
    expect((await details(other.slug, event.id, "tz=UTC")).status).toBe(404);
    expect((await details(organisation.slug, "evt_nobody", "tz=UTC")).status).toBe(404);
  });

  it("writes organisers' texts as text, and refuses a bad time zone with 422", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id, {
      title: { en: `<img src=x onerror="alert(1)">` },
      description: { en: `<script>alert(2)</script>` },
    });
    await createSlot(event);
    const markup = await (await details(organisation.slug, event.id, "tz=UTC")).text();
    expect(markup).not.toContain("<img");
    expect(markup).not.toContain("<script");
    const bad = await details(organisation.slug, event.id, "tz=Nowhere");
    expect(bad.status).toBe(422);
    expect(Object.keys((await bad.json<ErrorEnvelope>()).error.fields ?? {})).toEqual(["tz"]);
  });
});
