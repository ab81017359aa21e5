/**
 * Plain links that open an event in the "new event" form of Google Calendar or Outlook on the
 * web, beside the calendar file (which every other calendar opens). No script, nothing loaded
 * from them: the person's browser goes there only when they follow a link, and the link carries
 * the event's title, time and place — never a manage link or anything about the person.
 */
export interface CalendarLinkEvent {
  title: string;
  startsAt: number;
  endsAt: number;
  /** The venue, or the online link. */
  location: string | null;
  /** A line for the entry's description, e.g. the organiser's name. */
  details?: string;
}

/** `20261204T160000Z`: Google's form of a UTC time. */
const compactUtc = (ms: number) =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}Z$/, "Z");

/** `2026-12-04T16:00:00Z`: Outlook's. */
const isoUtc = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");

function withParameters(base: string, parameters: Record<string, string | null | undefined>) {
  const url = new URL(base);
  for (const [name, value] of Object.entries(parameters)) {
    if (value) url.searchParams.set(name, value);
  }
  return url.toString();
}

export function googleCalendarUrl(event: CalendarLinkEvent): string {
  return withParameters("https://calendar.google.com/calendar/render", {
    action: "TEMPLATE",
    text: event.title,
    dates: `${compactUtc(event.startsAt)}/${compactUtc(event.endsAt)}`,
    location: event.location,
    details: event.details,
  });
}

export function outlookCalendarUrl(event: CalendarLinkEvent): string {
  return withParameters("https://outlook.live.com/calendar/0/action/compose", {
    rru: "addevent",
    subject: event.title,
    startdt: isoUtc(event.startsAt),
    enddt: isoUtc(event.endsAt),
    location: event.location,
    body: event.details,
  });
}

/** Both links, as the manage page shows them beside the calendar file. */
export function calendarLinksOf(event: CalendarLinkEvent): { google: string; outlook: string } {
  return { google: googleCalendarUrl(event), outlook: outlookCalendarUrl(event) };
}
