import { beforeAll, describe, expect, it } from "vitest";
import { googleCalendarUrl, outlookCalendarUrl } from "../../../schema/rules/calendar-links.js";
import { loadMessageCatalogues } from "../../../worker/messages/localize.js";
import { renderMessage } from "../../../worker/messages/render.js";

beforeAll(loadMessageCatalogues);

// Friday 4 December 2026, 18:00–20:00 in Tallinn: 16:00–18:00 UTC.
const startsAt = Date.UTC(2026, 11, 4, 16, 0);
const endsAt = startsAt + 2 * 60 * 60 * 1000;
const event = { title: "Café & Ümbrus", startsAt, endsAt, location: "Library, room 2" };

describe("links to add an event to Google Calendar and Outlook", () => {
  it("gives Google the title, the UTC times and the place", () => {
    const url = new URL(googleCalendarUrl({ ...event, details: "Demo City" }));
    expect(url.origin + url.pathname).toBe("https://calendar.google.com/calendar/render");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      action: "TEMPLATE",
      text: "Café & Ümbrus",
      dates: "20261204T160000Z/20261204T180000Z",
      location: "Library, room 2",
      details: "Demo City",
    });
  });

  it("gives Outlook the same in its own words, and leaves out a place it does not have", () => {
    const url = new URL(outlookCalendarUrl({ ...event, location: null }));
    expect(url.origin + url.pathname).toBe("https://outlook.live.com/calendar/0/action/compose");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      rru: "addevent",
      subject: "Café & Ümbrus",
      startdt: "2026-12-04T16:00:00Z",
      enddt: "2026-12-04T18:00:00Z",
    });
  });

  it("puts both beside the calendar file in a confirmation, without the manage link", () => {
    const rendered = renderMessage({
      kind: "confirmed",
      locale: "ar",
      fallbackLocale: "en",
      organisationName: "Demo City",
      recipientName: "Amina",
      event: {
        title: "Language café",
        startsAt,
        endsAt,
        timeZone: "Europe/Tallinn",
        venue: "Central Library",
        onlineUrl: null,
      },
      party: { adults: 1, children: 0 },
      shortCode: "K7M2",
      position: null,
      links: {
        manage: "https://hearth.example.org/manage/?registration=reg_1#token=secret",
        calendar: "https://hearth.example.org/api/v1/registrations/reg_1/calendar.ics?key=k",
      },
    });
    const hrefs = [...rendered.html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!);
    const google = hrefs.find((href) => href.startsWith("https://calendar.google.com/"));
    const outlook = hrefs.find((href) => href.startsWith("https://outlook.live.com/"));
    expect(google).toContain("dates=20261204T160000Z%2F20261204T180000Z");
    expect(outlook).toContain("location=Central+Library");
    expect(rendered.text).toContain("Google Calendar:\nhttps://calendar.google.com/");
    for (const href of [google, outlook]) expect(href).not.toContain("secret");
  });
});
