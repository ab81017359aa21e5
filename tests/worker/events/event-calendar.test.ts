import { describe, expect, it } from "vitest";
import { languageName, publicLanguages } from "../../../i18n/languages.js";
import { escapeText, renderCalendar } from "../../../worker/lib/ics.js";
import { composeRegistrationMessage } from "../../../worker/notifications/compose.js";
import type { RegistrationMessageData } from "../../../worker/notifications/message-context-queries.js";
import { createEvent, createOrganisation, createSlot, request } from "../helpers.js";

const octets = (line: string) => new TextEncoder().encode(line).length;

/**
 * Checks what a calendar program needs (CRLF lines of at most 75 octets, `NAME;PARAM=…:value`
 * content lines, balanced BEGIN/END) and returns the unfolded lines.
 */
function parseCalendar(ics: string): string[] {
  expect(ics.endsWith("\r\n")).toBe(true);
  expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  for (const physical of ics.slice(0, -2).split("\r\n")) {
    expect(octets(physical), physical).toBeLessThanOrEqual(75);
  }
  const lines = ics.slice(0, -2).replace(/\r\n /g, "").split("\r\n");
  const open: string[] = [];
  for (const line of lines) {
    expect(line).toMatch(/^[A-Z-]+(;[A-Z-]+=[A-Za-z0-9/_+-]+)*:/);
    if (line.startsWith("BEGIN:")) open.push(line.slice(6));
    if (line.startsWith("END:")) expect(open.pop()).toBe(line.slice(4));
  }
  expect(open).toEqual([]);
  return lines;
}

/** The unfolded line of a VEVENT property, parameters included. */
const property = (lines: string[], name: string) =>
  lines.find((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`));

const startsAt = Date.UTC(2027, 0, 12, 16, 0);

function messageData(overrides: Partial<RegistrationMessageData> = {}): RegistrationMessageData {
  return {
    registrationId: "reg_1",
    email: "olena@example.org",
    name: "Olena",
    locale: "uk",
    status: "confirmed",
    offerExpiresAt: null,
    waitlistOfferHours: null,
    adults: 1,
    children: 0,
    shortCode: "K7M2",
    position: null,
    erasedAt: null,
    eventId: "evt_1",
    eventKind: "meetup",
    title: { et: "Keelekohvik", en: "Language café", uk: "Мовне кафе" },
    summary: { en: "Practise together" },
    startsAt,
    endsAt: startsAt + 2 * 60 * 60 * 1000,
    timeZone: "Europe/Tallinn",
    venueName: "Library",
    venueAddress: "Main Street 1",
    onlineUrl: null,
    eventStatus: "published",
    updatedAt: startsAt,
    calendarSequence: 0,
    feedbackUrl: null,
    whatToBring: {},
    dayContact: null,
    organisationName: "Test City",
    organisationSlug: "test-city",
    defaultLocale: "et",
    visit: null,
    ...overrides,
  };
}

const settings = { origin: "http://localhost", secret: "test-secret", now: startsAt };

async function invite(data: RegistrationMessageData): Promise<string[]> {
  const composed = await composeRegistrationMessage("confirmed", data, {}, settings);
  return parseCalendar(composed!.attachments[0]!.content);
}

describe("calendar files in the reader's language", () => {
  it("gives a Ukrainian reader's sign-up file the Ukrainian title, and says where a text fell back", async () => {
    const lines = await invite(messageData());
    expect(property(lines, "SUMMARY")).toBe("SUMMARY;LANGUAGE=uk:Мовне кафе");
    expect(property(lines, "DESCRIPTION")).toBe("DESCRIPTION;LANGUAGE=en:Practise together");
    expect(property(lines, "LOCATION")).toBe("LOCATION:Library\\, Main Street 1");
  });

  it("marks a text that fell back to the organisation's language with that language", async () => {
    const lines = await invite(
      messageData({ summary: { en: "Practise together", et: "Harjutame koos" } }),
    );
    expect(property(lines, "DESCRIPTION")).toBe("DESCRIPTION;LANGUAGE=et:Harjutame koos");
  });

  it("links the message to the person's own file, whose entry is the invite's", async () => {
    const composed = await composeRegistrationMessage("confirmed", messageData(), {}, settings);
    expect(composed!.context.links.calendar).toMatch(
      /^http:\/\/localhost\/api\/v1\/registrations\/reg_1\/calendar\.ics\?key=[\w-]{40,}$/,
    );
  });

  it("serves the event's file and the feed to a Ukrainian reader with ?lang=uk", async () => {
    const organisation = await createOrganisation({ defaultLocale: "et" });
    const event = await createEvent(organisation.id, {
      startsAt,
      endsAt: startsAt + 7_200_000,
      title: { et: "Keelekohvik", uk: "Мовне кафе" },
      summary: { et: "Harjutame koos" },
    });
    await createSlot(event);
    for (const path of [`events/${event.id}/calendar.ics`, "calendar.ics"]) {
      const response = await request(`/api/v1/orgs/${organisation.slug}/${path}?lang=uk`);
      expect(response.status).toBe(200);
      const lines = parseCalendar(await response.text());
      expect(property(lines, "SUMMARY")).toBe("SUMMARY;LANGUAGE=uk:Мовне кафе");
      expect(property(lines, "DESCRIPTION")).toBe("DESCRIPTION;LANGUAGE=et:Harjutame koos");
    }
    const lines = parseCalendar(
      await (
        await request(`/api/v1/orgs/${organisation.slug}/events/${event.id}/calendar.ics`)
      ).text(),
    );
    expect(property(lines, "SUMMARY")).toBe("SUMMARY;LANGUAGE=et:Keelekohvik");
  });

  it.each(publicLanguages)("writes a well-formed, folded file for a reader of %s", async (code) => {
    // Long enough to fold, in the language's own script.
    const title = Object.fromEntries(
      publicLanguages.map((language) => [language, `${languageName(language)}, ; `.repeat(8)]),
    );
    const lines = await invite(messageData({ locale: code, title, summary: title }));
    expect(property(lines, "SUMMARY")).toBe(`SUMMARY;LANGUAGE=${code}:${escapeText(title[code]!)}`);
    expect(property(lines, "DESCRIPTION")).toBe(
      `DESCRIPTION;LANGUAGE=${code}:${escapeText(title[code]!)}`,
    );
  });

  it("leaves LANGUAGE out where there is no text, no language or no usable tag", () => {
    const event = {
      uid: "evt_1@hearth.test",
      startsAt,
      endsAt: startsAt + 3_600_000,
      timeZone: "Europe/Tallinn",
      title: "Café",
      titleLang: 'en";X-EVIL=1',
      description: "",
      descriptionLang: "en",
      location: "Library",
      url: null,
      cancelled: false,
      updatedAt: startsAt,
      sequence: 0,
    };
    const lines = parseCalendar(renderCalendar([event], { now: startsAt }));
    expect(property(lines, "SUMMARY")).toBe("SUMMARY:Café");
    expect(property(lines, "DESCRIPTION")).toBe("DESCRIPTION:");
    expect(property(lines, "LOCATION")).toBe("LOCATION:Library");
    const marked = parseCalendar(
      renderCalendar([{ ...event, locationLang: "et", titleLang: "ku-Arab" }], { now: startsAt }),
    );
    expect(property(marked, "SUMMARY")).toBe("SUMMARY;LANGUAGE=ku-Arab:Café");
    expect(property(marked, "LOCATION")).toBe("LOCATION;LANGUAGE=et:Library");
  });
});
