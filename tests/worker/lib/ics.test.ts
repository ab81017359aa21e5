import { describe, expect, it } from "vitest";
import { createEvent, createOrganisation, createSlot, request } from "../helpers.js";
import { escapeText, foldLine, renderCalendar } from "../../../worker/lib/ics.js";

const octets = (line: string) => new TextEncoder().encode(line).length;

/** Unfolds RFC 5545 content lines and returns name → value for the VEVENT. */
function parse(ics: string): Map<string, string> {
  const unfolded = ics.replace(/\r\n /g, "");
  const properties = new Map<string, string>();
  for (const line of unfolded.split("\r\n")) {
    const separator = line.indexOf(":");
    if (separator > 0) properties.set(line.slice(0, separator), line.slice(separator + 1));
  }
  return properties;
}

describe("calendar files", () => {
  it("folds long lines at 75 octets without splitting a multi-byte character", () => {
    const line = `SUMMARY:${"مقهى اللغة ".repeat(20)}`;
    const folded = foldLine(line);
    for (const physical of folded.split("\r\n")) expect(octets(physical)).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
  });

  it("escapes commas, semicolons, backslashes and new lines", () => {
    expect(escapeText("a,b;c\\d\ne")).toBe("a\\,b\\;c\\\\d\\ne");
  });

  it("writes a calendar in the event's time zone, with CRLF, UID and DTSTAMP", () => {
    const startsAt = Date.UTC(2026, 6, 1, 15, 0); // 18:00 in Tallinn (summer time, +03:00)
    const ics = renderCalendar(
      [
        {
          uid: "evt_1@hearth.test",
          startsAt,
          endsAt: startsAt + 3_600_000,
          timeZone: "Europe/Tallinn",
          title: "Café, tea; talk",
          description: "Line one\nLine two",
          location: null,
          url: null,
          cancelled: false,
          updatedAt: startsAt,
          sequence: 2,
        },
      ],
      { now: Date.UTC(2026, 5, 1) },
    );
    expect(ics.endsWith("\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/\n/);
    const properties = parse(ics);
    expect(properties.get("UID")).toBe("evt_1@hearth.test");
    expect(properties.get("DTSTAMP")).toBe("20260601T000000Z");
    expect(properties.get("DTSTART;TZID=Europe/Tallinn")).toBe("20260701T180000");
    expect(properties.get("TZOFFSETTO")).toBe("+0300");
    expect(properties.get("SEQUENCE")).toBe("2");
    expect(properties.get("METHOD")).toBe("PUBLISH");
    expect(properties.get("SUMMARY")).toBe("Café\\, tea\\; talk");
    expect(properties.get("DESCRIPTION")).toBe("Line one\\nLine two");
  });

  it("serves the event's calendar file with the calendar content type and winter offset", async () => {
    const organisation = await createOrganisation();
    const startsAt = Date.UTC(2027, 0, 12, 16, 0);
    const event = await createEvent(organisation.id, { startsAt, endsAt: startsAt + 7_200_000 });
    await createSlot(event);
    const response = await request(
      `/api/v1/orgs/${organisation.slug}/events/${event.id}/calendar.ics?lang=ar`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/calendar; charset=utf-8");
    const ics = await response.text();
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    const properties = parse(ics);
    expect(properties.get("DTSTART;TZID=Europe/Tallinn")).toBe("20270112T180000");
    expect(properties.get("TZOFFSETTO")).toBe("+0200");
    expect(properties.get("SUMMARY;LANGUAGE=ar")).toBe("مقهى اللغة");
    expect(properties.get("STATUS")).toBe("CONFIRMED");
  });

  it("describes every offset change between the events of a feed, at the real transition", () => {
    const event = (iso: string) => ({
      uid: `${iso}@hearth.test`,
      startsAt: Date.parse(iso),
      endsAt: Date.parse(iso) + 3_600_000,
      timeZone: "Europe/Tallinn",
      title: "Café",
      description: "",
      location: null,
      url: null,
      cancelled: false,
      updatedAt: 0,
      sequence: 0,
    });
    const ics = renderCalendar([event("2027-03-20T16:00:00Z"), event("2027-04-03T15:00:00Z")], {
      now: 0,
    });
    const unfolded = ics.replace(/\r\n /g, "");
    expect(unfolded).toContain(
      "BEGIN:DAYLIGHT\r\nDTSTART:20270328T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300\r\nEND:DAYLIGHT",
    );
    expect(unfolded).toContain("DTSTART;TZID=Europe/Tallinn:20270320T180000");
    expect(unfolded).toContain("DTSTART;TZID=Europe/Tallinn:20270403T180000");
    expect(unfolded.match(/BEGIN:VEVENT/g)).toHaveLength(2);
  });

  it("serves the organisation's feed of published upcoming events", async () => {
    const organisation = await createOrganisation();
    const first = await createEvent(organisation.id, { startsAt: Date.now() + 86_400_000 });
    const second = await createEvent(organisation.id, { startsAt: Date.now() + 2 * 86_400_000 });
    await createEvent(organisation.id, { status: "draft" });
    const response = await request(`/api/v1/orgs/${organisation.slug}/calendar.ics`);
    expect(response.status).toBe(200);
    const ics = (await response.text()).replace(/\r\n /g, "");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain(`UID:${first.id}@localhost`);
    expect(ics).toContain(`UID:${second.id}@localhost`);
    expect(ics).toContain("X-WR-CALNAME:Test City");
  });
});
