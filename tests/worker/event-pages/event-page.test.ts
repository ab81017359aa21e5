import { describe, expect, it } from "vitest";
import ar from "../../../i18n/public/ar/common.json";
import arEvents from "../../../i18n/public/ar/events.json";
import en from "../../../i18n/public/en/common.json";
import enEvents from "../../../i18n/public/en/events.json";
import enForm from "../../../i18n/public/en/form.json";
import uk from "../../../i18n/public/uk/common.json";
import ukForm from "../../../i18n/public/uk/form.json";
import { createEvent, createOrganisation, createSlot, day, request } from "../helpers.js";
import { getPage, gzipSize, select, selectOne } from "./page-helpers.js";

const hour = 60 * 60 * 1000;

async function pageOf(
  events: Parameters<typeof createEvent>[1] = {},
  slot: Parameters<typeof createSlot>[1] = {},
) {
  const organisation = await createOrganisation({ locales: ["en", "ar", "uk"] });
  const event = await createEvent(organisation.id, {
    title: { en: "Language café", ar: "مقهى اللغة", uk: "Мовне кафе" },
    ...events,
  });
  await createSlot(event, slot);
  return { organisation, event, path: `/${organisation.slug}/events/${event.id}` };
}

/** The page's JSON-LD, parsed as a search engine would. */
async function jsonLd(html: string): Promise<Record<string, any>> {
  const scripts = await select(html, 'script[type="application/ld+json"]');
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]!.text) as Record<string, any>;
}

async function meta(html: string, key: string): Promise<string | undefined> {
  const [found] = await select(html, `meta[property="${key}"], meta[name="${key}"]`);
  return found?.attributes.content;
}

describe("an event's page", () => {
  it("shows the event, its places and a form that posts to itself, working without script", async () => {
    const { path } = await pageOf();
    const { response, html } = await getPage(`${path}?lang=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
    expect(await selectOne(html, "html")).toMatchObject({ attributes: { lang: "en", dir: "ltr" } });
    expect((await selectOne(html, "h1")).text).toBe("Language café");
    expect(html).toContain("Library");
    expect(html).toContain("Main Street 1");
    expect(html).toContain(en.messages.placesLeft.other.replace("{count}", "20"));
    expect(html).toContain(enEvents.messages.pageOrganisedBy.replace("{name}", "Test City"));
    // The date names the event's own time zone.
    expect((await select(html, "dd"))[0]!.text).toMatch(/Eastern European|Estonia/);
    const form = await selectOne(html, "form");
    expect(form.attributes).toMatchObject({ method: "post", action: path });
    expect(await select(html, 'input[name="form"]')).toHaveLength(1);
    // The only script besides the JSON-LD is the widget's loader (tests in widget-enhancement).
    expect(await select(html, "script:not([type='application/ld+json'])")).toHaveLength(1);
    const policy = response.headers.get("Content-Security-Policy") ?? "";
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    // The form's write is checked by its Origin, which `no-referrer` would blank.
    expect(response.headers.get("Referrer-Policy")).toBe("same-origin");
    expect(response.headers.get("Cache-Control")).toBe("no-store");
  });

  it("speaks Arabic right to left, from ?lang= or from the browser's languages", async () => {
    const { path } = await pageOf();
    for (const ask of [`${path}?lang=ar`, path]) {
      const { html, response } = await getPage(ask, {
        "Accept-Language": "ar-SY,ar;q=0.9,en;q=0.5",
      });
      expect(response.headers.get("Content-Language")).toBe("ar");
      expect(await selectOne(html, "html")).toMatchObject({
        attributes: { lang: "ar", dir: "rtl" },
      });
      expect((await selectOne(html, "h1")).text).toBe("مقهى اللغة");
      expect((await selectOne(html, 'button[type="submit"]')).text).toBe(
        (await import("../../../i18n/public/ar/form.json")).default.messages.submit,
      );
      expect(html).toContain(ar.messages.name);
      expect(html).toContain(arEvents.messages.pageLanguages);
    }
  });

  it("speaks Ukrainian, with ?lang= before the browser's languages", async () => {
    const { path } = await pageOf();
    const { html } = await getPage(`${path}?lang=uk-UA`, { "Accept-Language": "ar" });
    expect(await selectOne(html, "html")).toMatchObject({ attributes: { lang: "uk", dir: "ltr" } });
    expect((await selectOne(html, "h1")).text).toBe("Мовне кафе");
    expect(html).toContain(uk.messages.adults);
    expect(html).toContain(ukForm.messages.submit);
    expect(html).not.toContain(`>${enForm.messages.submit}<`);
  });

  it("falls back to the organisation's language for one nobody speaks, and marks texts' languages", async () => {
    const { path } = await pageOf({ description: { en: "Bring a friend" } });
    const { html } = await getPage(path, { "Accept-Language": "xx-unknown, *" });
    expect(await selectOne(html, "html")).toMatchObject({ attributes: { lang: "en" } });
    const arabic = (await getPage(`${path}?lang=ar`)).html;
    // The description exists only in English: it says so, inside the Arabic page.
    expect(await select(arabic, 'div[lang="en"][dir="ltr"]')).toHaveLength(2);
  });

  it("describes the event to search engines with schema.org JSON-LD", async () => {
    const startsAt = Date.UTC(2027, 0, 15, 16, 0); // 18:00 in Tallinn (UTC+2 in winter)
    const { path, organisation } = await pageOf({ startsAt, endsAt: startsAt + 2 * hour });
    const { html } = await getPage(`${path}?lang=en`);
    const data = await jsonLd(html);
    expect(data).toMatchObject({
      "@context": "https://schema.org",
      "@type": "Event",
      name: "Language café",
      startDate: "2027-01-15T18:00:00+02:00",
      endDate: "2027-01-15T20:00:00+02:00",
      eventStatus: "https://schema.org/EventScheduled",
      eventAttendanceMode: "https://schema.org/OfflineEventAttendanceMode",
      location: {
        "@type": "Place",
        name: "Library",
        address: { "@type": "PostalAddress", streetAddress: "Main Street 1" },
      },
      inLanguage: ["et", "en"],
      organizer: { "@type": "Organization", name: "Test City" },
      offers: {
        "@type": "Offer",
        price: 0,
        availability: "https://schema.org/InStock",
        url: `http://localhost${path}`,
      },
      remainingAttendeeCapacity: 20,
    });
    expect(data.organizer.url).toContain(organisation.slug);
    // Only schema.org Event properties, no stray keys.
    const eventProperties = new Set([
      "@context",
      "@type",
      "name",
      "description",
      "url",
      "startDate",
      "endDate",
      "eventStatus",
      "eventAttendanceMode",
      "location",
      "inLanguage",
      "organizer",
      "isAccessibleForFree",
      "offers",
      "remainingAttendeeCapacity",
    ]);
    for (const key of Object.keys(data)) expect(eventProperties.has(key), key).toBe(true);
  });

  it("writes summer offsets, online places and sold-out or cancelled events as they are", async () => {
    const startsAt = Date.UTC(2027, 6, 1, 15, 0); // 18:00 in Tallinn (UTC+3 in summer)
    const online = await pageOf(
      {
        startsAt,
        endsAt: startsAt + hour,
        venueName: null,
        venueAddress: null,
        onlineUrl: "https://meet.example/x",
      },
      { capacity: 2, taken: 2 },
    );
    const data = await jsonLd((await getPage(online.path)).html);
    expect(data.startDate).toBe("2027-07-01T18:00:00+03:00");
    expect(data.eventAttendanceMode).toBe("https://schema.org/OnlineEventAttendanceMode");
    // The meeting link is not spread to search engines: the page is where people get it.
    expect(data.location).toEqual({
      "@type": "VirtualLocation",
      url: `http://localhost${online.path}`,
    });
    expect(data.offers.availability).toBe("https://schema.org/SoldOut");
    expect(data.remainingAttendeeCapacity).toBe(0);

    const cancelled = await pageOf({ status: "cancelled" });
    expect((await jsonLd((await getPage(cancelled.path)).html)).eventStatus).toBe(
      "https://schema.org/EventCancelled",
    );
  });

  it("escapes what organisers write: in the HTML, and `<` as \\u003c in the JSON-LD", async () => {
    const title = `Café </script><script>alert(1)</script> & "friends"`;
    const { path } = await pageOf({ title: { en: title }, summary: { en: "<b>hi</b>" } });
    const { html } = await getPage(path);
    expect(html).not.toContain("<script>alert(1)");
    expect(html).not.toContain("<b>hi</b>");
    const [script] = html.match(/<script type="application\/ld\+json">[\s\S]*?<\/script>/) ?? [];
    expect(script).toContain("\\u003c/script\\u003e\\u003cscript\\u003e");
    expect((await jsonLd(html)).name).toBe(title);
    expect(await meta(html, "og:title")).toBe(title);
    expect((await selectOne(html, "h1")).text).toBe(title.replace(/\s+/g, " "));
  });

  it("has Open Graph and Twitter tags, a canonical link and the page in every language", async () => {
    const { path } = await pageOf();
    const { html } = await getPage(`${path}?lang=ar`);
    expect(await meta(html, "og:title")).toBe("مقهى اللغة");
    expect(await meta(html, "og:type")).toBe("website");
    expect(await meta(html, "og:url")).toBe(`http://localhost${path}?lang=ar`);
    expect(await meta(html, "og:locale")).toMatch(/^ar_[A-Z]{2}$/);
    expect(await meta(html, "og:description")).toContain("Library");
    expect(await meta(html, "twitter:card")).toBe("summary");
    expect((await selectOne(html, 'link[rel="canonical"]')).attributes.href).toBe(
      `http://localhost${path}?lang=ar`,
    );
    expect(await select(html, 'link[rel="alternate"][hreflang]')).toHaveLength(19);
  });

  it("advertises its oEmbed endpoint, which embeds this very page", async () => {
    const { path } = await pageOf();
    const { html } = await getPage(path);
    const link = await selectOne(html, 'link[rel="alternate"][type="application/json+oembed"]');
    const endpoint = new URL(link.attributes.href ?? "");
    expect(endpoint.pathname).toBe("/oembed");
    expect(endpoint.searchParams.get("url")).toBe(`http://localhost${path}`);
    const oembed = await request(`${endpoint.pathname}${endpoint.search}`);
    expect(oembed.status).toBe(200);
    expect(((await oembed.json()) as { type: string }).type).toBe("rich");
  });

  it("is well under 50 KB compressed, even with many questions' worth of text", async () => {
    const long = "Practise Estonian together. ".repeat(70);
    const { path } = await pageOf({ description: { en: long, ar: long } });
    const { html } = await getPage(`${path}?lang=ar`);
    const size = await gzipSize(html);
    expect(size).toBeLessThan(15_000);
    expect(html.length).toBeGreaterThan(size);
  });
});

describe("an event's page without a form", () => {
  const cases: [
    string,
    Parameters<typeof createEvent>[1],
    Parameters<typeof createSlot>[1],
    string,
  ][] = [
    ["cancelled", { status: "cancelled" }, {}, enEvents.messages.pageCancelled],
    [
      "over",
      { startsAt: Date.now() - 3 * hour, endsAt: Date.now() - hour },
      {},
      enEvents.messages.pageEnded,
    ],
    [
      "full with a full waitlist",
      {},
      { capacity: 3, taken: 3, waitlistCapacity: 0 },
      en.messages.errorFull,
    ],
    ["closed for sign-ups", { signupClosesAt: Date.now() - hour }, {}, en.messages.errorClosed],
  ];
  for (const [name, event, slot, says] of cases) {
    it(`says so when the event is ${name}`, async () => {
      const { path } = await pageOf(event, slot);
      const { response, html } = await getPage(`${path}?lang=en`);
      expect(response.status).toBe(200);
      expect(html).toContain(says);
      expect(await select(html, "form")).toHaveLength(0);
    });
  }

  it("has no form, no refusal and no offer when nobody signs up (people just come)", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id);
    const { html } = await getPage(`/${organisation.slug}/events/${event.id}?lang=en`);
    expect(await select(html, "form")).toHaveLength(0);
    expect(html).not.toContain(en.messages.errorClosed);
    expect(await jsonLd(html)).not.toHaveProperty("offers");
  });

  it("says when sign-up opens", async () => {
    const opensAt = Date.now() + 2 * day;
    const { path } = await pageOf({ signupOpensAt: opensAt });
    const { html } = await getPage(`${path}?lang=en`);
    expect(html).toContain("Sign-up opens on ");
    expect(await select(html, "form")).toHaveLength(0);
    expect((await jsonLd(html)).offers.availability).toBe("https://schema.org/PreOrder");
  });

  it("offers the waitlist when only the waitlist has room", async () => {
    const { path } = await pageOf({}, { capacity: 3, taken: 3, waitlistCapacity: 5 });
    const { html } = await getPage(`${path}?lang=en`);
    expect(html).toContain(en.messages.fullWaitlist);
    expect((await selectOne(html, 'button[type="submit"]')).text).toBe("Join the waitlist");
    expect(html).toContain("you would be first on it");
  });
});

describe("a page that does not exist", () => {
  it("is a 404 page in the reader's language, not JSON", async () => {
    const { organisation, event } = await pageOf();
    const draft = await createEvent(organisation.id, { status: "draft" });
    for (const path of [
      `/${organisation.slug}/events/evt_nothing`,
      `/${organisation.slug}/events/${draft.id}`,
      `/nobody-here/events/${event.id}`,
      `/${organisation.slug}/events/not%20an%20id`,
    ]) {
      const { response, html } = await getPage(path, { "Accept-Language": "ar" });
      expect(response.status, path).toBe(404);
      expect(response.headers.get("Content-Type")).toMatch(/^text\/html/);
      expect(await selectOne(html, "html")).toMatchObject({
        attributes: { lang: "ar", dir: "rtl" },
      });
      expect((await selectOne(html, "h1")).text).toBe(ar.messages.errorNotFound);
    }
  });
});
