import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { createEvent, createOrganisation, createSlot, day, request } from "../helpers.js";

const firstScreen = (slug: string, query: string) =>
  request(`/api/v1/orgs/${slug}/events/first-screen?${query}`, {
    headers: { Origin: "https://any.example" },
  });

/** The markup as a browser would read it: each card's visible text. */
const cards = (markup: string) =>
  [...markup.matchAll(/<li part="card"[^>]*>(.*?)<\/li>(?=<li part="card"|<\/ul>)/g)].map((card) =>
    card[1]!
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ")
      .trim(),
  );

describe("GET /api/v1/orgs/:org/events/first-screen", () => {
  it("draws the list's first page in the reader's language, as the widget does", async () => {
    const organisation = await createOrganisation();
    const sooner = await createEvent(organisation.id, { startsAt: Date.now() + 2 * day });
    await createSlot(sooner, { capacity: 5 });
    const full = await createEvent(organisation.id, {
      startsAt: Date.now() + 4 * day,
      region: "Tartu",
    });
    await createSlot(full, { capacity: 0, waitlistCapacity: 3 });

    const response = await firstScreen(organisation.slug, "lang=ar&tz=Europe/Tallinn");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Cache-Control")).toContain("public");
    const markup = await response.text();
    expect(markup).toMatch(/^<div part="base" class="base" lang="ar" dir="rtl" data-first-screen>/);
    // Titles in Arabic, places from the Arabic catalogue, the soonest first.
    const [first, second] = cards(markup);
    expect(first).toContain("مقهى اللغة");
    expect(first).toContain("5");
    expect(markup).toContain(`data-event="${sooner.id}"`);
    expect(second).toContain("مقهى اللغة");
    expect(markup).toMatch(/class="availability waitlist"/);
    // Two regions: the region filter shows, as the widget's does.
    expect(markup).toContain('<select part="input" id="region">');
    expect(markup).toContain('<option value="Tartu">Tartu</option>');
    expect(markup).not.toContain("Show more events");
  });

  it("names the event's time zone only for a reader in another one", async () => {
    const organisation = await createOrganisation();
    await createSlot(await createEvent(organisation.id));
    const here = await (await firstScreen(organisation.slug, "lang=en&tz=Europe/Tallinn")).text();
    const abroad = await (await firstScreen(organisation.slug, "lang=en&tz=America/Lima")).text();
    const when = (markup: string) => /<p class="when">([^<]*)<\/p>/.exec(markup)?.[1] ?? "";
    expect(when(here)).not.toBe("");
    expect(when(abroad).length).toBeGreaterThan(when(here).length);
  });

  it("keeps the chosen filters and offers the next page", async () => {
    const organisation = await createOrganisation();
    for (let index = 0; index < 21; index++) {
      await createEvent(organisation.id, {
        kind: "course",
        startsAt: Date.now() + (index + 1) * day,
      });
    }
    await createEvent(organisation.id, { kind: "meetup" });
    const markup = await (
      await firstScreen(organisation.slug, "kind=course&region=Harju&lang=uk&tz=Europe/Tallinn")
    ).text();
    expect(cards(markup)).toHaveLength(20);
    expect(markup).toContain('<option value="course" selected>');
    expect(markup).toContain('<option value="Harju" selected>Harju</option>');
    expect(markup).toContain('lang="uk" dir="ltr"');
    expect(markup).toMatch(/class="button secondary more">[^<]+<\/button>/);
  });

  it("writes organisers' texts as text, never as markup", async () => {
    const organisation = await createOrganisation();
    await createEvent(organisation.id, {
      title: { en: `<img src=x onerror="alert(1)">` },
      venueName: `"><script>alert(2)</script>`,
    });
    const markup = await (await firstScreen(organisation.slug, "lang=en&tz=UTC")).text();
    expect(markup).not.toContain("<img");
    expect(markup).not.toContain("<script");
    expect(markup).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("says when there is nothing to show, in the reader's language", async () => {
    const organisation = await createOrganisation();
    const markup = await (await firstScreen(organisation.slug, "lang=es&tz=UTC")).text();
    expect(markup).toContain('<p part="empty" class="empty">');
    expect(markup).not.toContain('part="list"');
  });

  it("shows one organisation's events only, whatever the cache holds", async () => {
    const one = await createOrganisation();
    const other = await createOrganisation();
    await createEvent(one.id, { title: { en: "Only the first" } });
    await createEvent(other.id, { title: { en: "Only the second" } });
    const ofOne = await (await firstScreen(one.slug, "lang=en&tz=UTC")).text();
    const ofOther = await (await firstScreen(other.slug, "lang=en&tz=UTC")).text();
    expect(ofOne).toContain("Only the first");
    expect(ofOne).not.toContain("Only the second");
    expect(ofOther).toContain("Only the second");
    expect(ofOther).not.toContain("Only the first");
  });

  it("refuses a missing or unknown time zone and a bad kind with 422, an unknown organisation with 404", async () => {
    const organisation = await createOrganisation();
    const bad = await firstScreen(organisation.slug, "kind=party&tz=Mars/Olympus");
    expect(bad.status).toBe(422);
    const body = await bad.json<ErrorEnvelope>();
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(["kind", "tz"]);
    expect(body.error.fields?.tz).toContain("time zone");
    const missing = await firstScreen(organisation.slug, "lang=en");
    expect(missing.status).toBe(422);
    const unknown = await firstScreen("nobody-here", "tz=UTC");
    expect(unknown.status).toBe(404);
    expect((await unknown.json<ErrorEnvelope>()).error.code).toBe("not_found");
  });

  it("reads the page in one D1 round trip", async () => {
    const organisation = await createOrganisation();
    await createSlot(await createEvent(organisation.id));
    const response = await request(
      `/api/v1/orgs/${organisation.slug}/events/first-screen?tz=UTC`,
      {},
      { HEARTH_D1_METRICS: "1" },
    );
    expect(response.headers.get("Server-Timing")).toMatch(/round_trips=1 /);
  });
});
