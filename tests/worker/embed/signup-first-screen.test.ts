import { env } from "cloudflare:test";
import { drizzle } from "drizzle-orm/d1";
import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { eventQuestions } from "../../../schema/tables/index.js";
import {
  createEvent,
  createOrganisation,
  createSlot,
  day,
  postSignUp,
  request,
  signUpBody,
} from "../helpers.js";

const firstScreen = (slug: string, eventId: string, query: string) =>
  request(`/api/v1/orgs/${slug}/events/${eventId}/first-screen?${query}`, {
    headers: { Origin: "https://any.example" },
  });

/** The names of the form's controls, in order, once each. */
const controlNames = (markup: string) => [
  ...new Set([...markup.matchAll(/<(?:input|textarea)[^>]* name="([^"]+)"/g)].map((m) => m[1])),
];

async function eventWithTwoTimes() {
  const organisation = await createOrganisation();
  const event = await createEvent(organisation.id, { startsAt: Date.now() + 3 * day });
  const evening = await createSlot(event, { capacity: 4 });
  const late = await createSlot(event, {
    label: { en: "Late", ar: "متأخر" },
    capacity: 0,
    waitlistCapacity: 0,
  });
  return { organisation, event, evening, late };
}

describe("GET /api/v1/orgs/:org/events/:eventId/first-screen", () => {
  it("draws the event's form in the reader's language, as the widget does", async () => {
    const { organisation, event, evening, late } = await eventWithTwoTimes();
    const response = await firstScreen(organisation.slug, event.id, "lang=ar&tz=Europe/Tallinn");
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/html; charset=utf-8");
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
    expect(response.headers.get("Cache-Control")).toContain("public");
    const markup = await response.text();
    expect(markup).toMatch(/^<div part="base" class="base" lang="ar" dir="rtl" data-first-screen/);
    expect(markup).toContain('data-signup-origins="https://city.example"');
    expect(markup).toMatch(/<header class="event"><h2 lang="ar" dir="rtl">مقهى اللغة<\/h2>/);
    // Both times, the full one not to be chosen, each with its places in Arabic.
    expect(markup).toMatch(
      new RegExp(`<input type="radio" name="slotId" value="${evening.id}" aria-invalid="false">`),
    );
    expect(markup).toMatch(
      new RegExp(`<input type="radio" name="slotId" value="${late.id}" disabled aria-invalid`),
    );
    expect(markup).toContain('<span class="availability open">');
    expect(markup).toContain("متأخر");
    expect(controlNames(markup)).toEqual([
      "slotId",
      "adults",
      "children",
      "name",
      "email",
      "phone",
      "interpreterLanguage",
      "accessibility",
      "dietary",
      "consent",
      "website",
    ]);
    expect(markup).toContain('<form part="form" class="form" novalidate data-sends>');
    expect(markup).toMatch(
      /<button part="button" class="button submit" type="submit" data-sending="[^"]+" data-stalled="[^"]+" data-failed="[^"]+">[^<]+</,
    );
  });

  it("asks the organisers' questions, with the notes the widget adds", async () => {
    const { organisation, event } = await eventWithTwoTimes();
    await drizzle(env.DB)
      .insert(eventQuestions)
      .values([
        {
          id: "q_which",
          organisationId: organisation.id,
          eventId: event.id,
          position: 0,
          kind: "one_choice",
          label: { en: "Which group?" },
          choices: [
            { id: "beginners", label: { en: "Beginners" } },
            { id: "speakers", label: { en: "Speakers" } },
          ],
          required: true,
        },
        {
          id: "q_years",
          organisationId: organisation.id,
          eventId: event.id,
          position: 1,
          kind: "number",
          label: { en: "Years of Estonian?" },
          sensitive: true,
        },
      ]);
    const markup = await (await firstScreen(organisation.slug, event.id, "lang=en&tz=UTC")).text();
    expect(markup).toContain('<fieldset class="question choices"><legend part="label">');
    expect(markup).toContain('name="answers.q_which" value="speakers"');
    expect(markup).toMatch(/Years of Estonian\?<\/span> \(optional\)/);
    expect(markup).toContain('<p id="q-q_years-note" class="hint muted">');
    expect(markup).toMatch(
      /id="q-q_years" name="answers.q_years" type="text" dir="ltr" inputmode="decimal"/,
    );
    expect(controlNames(markup).indexOf("answers.q_years")).toBeLessThan(
      controlNames(markup).indexOf("consent"),
    );
  });

  it("says the waitlist before anyone sends, and leaves the header out with header=0", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id);
    await createSlot(event, { capacity: 2, taken: 2, waitlistCapacity: 5 });
    const markup = await (
      await firstScreen(organisation.slug, event.id, "lang=en&tz=UTC&header=0")
    ).text();
    expect(markup).toContain('<p part="notice" class="notice waitlist">');
    expect(markup).toContain("Join the waitlist");
    expect(markup).not.toContain("<header");
    expect(markup).not.toContain("<h3>");
    // Inside a page that shows the event (a festival's tickets): the form's heading alone.
    const inPage = await (
      await firstScreen(organisation.slug, event.id, "lang=en&tz=UTC&header=form")
    ).text();
    expect(inPage).not.toContain("<header");
    expect(inPage).toContain("<h3>Join the waitlist</h3>");
  });

  it("draws no form for an event that takes no sign-ups", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id, { status: "cancelled" });
    await createSlot(event);
    const markup = await (await firstScreen(organisation.slug, event.id, "lang=uk&tz=UTC")).text();
    expect(markup).not.toContain("<form");
    expect(markup).toMatch(/<\/div><p>[^<]+<\/p><\/div>$/);
  });

  it("shows the places a sign-up just took to a reader asking fresh, as embed.js does for a form", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id);
    const first = await createSlot(event, { capacity: 3 });
    // Later, so it comes second.
    await createSlot(event, {
      label: { en: "Late" },
      capacity: 3,
      startsAt: event.endsAt,
      endsAt: event.endsAt + day / 24,
    });
    const places = async (headers: Record<string, string> = {}) => {
      const response = await request(
        `/api/v1/orgs/${organisation.slug}/events/${event.id}/first-screen?lang=en&tz=UTC`,
        { headers: { Origin: "https://any.example", ...headers } },
      );
      return /class="availability open">([^<]+)</.exec(await response.text())?.[1];
    };
    expect(await places()).toBe("3 places left");
    expect((await postSignUp(organisation.slug, event.id, signUpBody(first.id))).status).toBe(201);
    // The cache may answer for its 15 seconds; the form's first screen is asked for fresh.
    expect(await places({ "Cache-Control": "no-cache" })).toBe("2 places left");
  });

  it("writes organisers' texts as text, never as markup", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id, {
      title: { en: `<img src=x onerror="alert(1)">` },
    });
    await createSlot(event, { label: { en: `"><script>alert(2)</script>` } });
    await createSlot(event);
    const markup = await (await firstScreen(organisation.slug, event.id, "lang=en&tz=UTC")).text();
    expect(markup).not.toContain("<img");
    expect(markup).not.toContain("<script");
    expect(markup).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("finds an event of the organisation in the path only", async () => {
    const one = await createOrganisation();
    const other = await createOrganisation();
    const event = await createEvent(one.id);
    await createSlot(event);
    expect((await firstScreen(one.slug, event.id, "tz=UTC")).status).toBe(200);
    const elsewhere = await firstScreen(other.slug, event.id, "tz=UTC");
    expect(elsewhere.status).toBe(404);
    expect((await elsewhere.json<ErrorEnvelope>()).error.message).toContain("could not find");
  });

  it("refuses a bad time zone or header with 422 naming each, an unknown event with 404", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id);
    const bad = await firstScreen(organisation.slug, event.id, "tz=Mars/Olympus&header=no");
    expect(bad.status).toBe(422);
    const body = await bad.json<ErrorEnvelope>();
    expect(Object.keys(body.error.fields ?? {}).sort()).toEqual(["header", "tz"]);
    expect((await firstScreen(organisation.slug, event.id, "lang=en")).status).toBe(422);
    expect((await firstScreen(organisation.slug, "evt_nobody", "tz=UTC")).status).toBe(404);
  });

  it("reads the event in one D1 round trip", async () => {
    const organisation = await createOrganisation();
    const event = await createEvent(organisation.id);
    await createSlot(event);
    const response = await request(
      `/api/v1/orgs/${organisation.slug}/events/${event.id}/first-screen?tz=UTC`,
      {},
      { HEARTH_D1_METRICS: "1" },
    );
    expect(response.headers.get("Server-Timing")).toMatch(/round_trips=1 /);
  });
});
