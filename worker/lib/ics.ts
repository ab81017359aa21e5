import { localParts, offsetMinutes } from "./time-zone.js";

/** Minimal RFC 5545 writer: CRLF line ends, lines folded at 75 octets, text escaped. */

const encoder = new TextEncoder();

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

/** Folds a content line so no physical line passes 75 octets, never splitting a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let currentOctets = 0;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (currentOctets + octets > limit) {
      parts.push(current);
      current = "";
      currentOctets = 0;
    }
    current += character;
    currentOctets += octets;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

const pad = (value: number) => String(value).padStart(2, "0");

export function formatUtc(ms: number): string {
  const date = new Date(ms);
  return (
    `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`
  );
}

/** Local wall-clock time of `ms` in `timeZone`, as `YYYYMMDDTHHMMSS`. */
export function formatLocal(ms: number, timeZone: string): string {
  const local = localParts(ms, timeZone);
  return (
    `${local.year}${pad(local.month)}${pad(local.day)}` +
    `T${pad(local.hour)}${pad(local.minute)}${pad(local.second)}`
  );
}

/** UTC offset of `timeZone` at `ms`, as `+HHMM`. */
export function utcOffset(ms: number, timeZone: string): string {
  const minutes = offsetMinutes(ms, timeZone);
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
}

export interface CalendarEvent {
  uid: string;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  title: string;
  description: string;
  location: string | null;
  url: string | null;
  cancelled: boolean;
  updatedAt: number;
}

/**
 * A VCALENDAR with one VEVENT in the event's time zone. The VTIMEZONE carries the offset in force
 * at the event (enough for a single event; calendar programs that know the TZID use their own rules).
 */
export function renderCalendar(event: CalendarEvent, now: number): string {
  const offset = utcOffset(event.startsAt, event.timeZone);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Hearth//Community events//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${event.cancelled ? "CANCEL" : "PUBLISH"}`,
    "BEGIN:VTIMEZONE",
    `TZID:${event.timeZone}`,
    "BEGIN:STANDARD",
    "DTSTART:19700101T000000",
    `TZOFFSETFROM:${offset}`,
    `TZOFFSETTO:${offset}`,
    "END:STANDARD",
    "END:VTIMEZONE",
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtc(now)}`,
    `LAST-MODIFIED:${formatUtc(event.updatedAt)}`,
    `DTSTART;TZID=${event.timeZone}:${formatLocal(event.startsAt, event.timeZone)}`,
    `DTEND;TZID=${event.timeZone}:${formatLocal(event.endsAt, event.timeZone)}`,
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(event.description)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
