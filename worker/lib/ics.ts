import { localParts, offsetMinutes } from "../../schema/rules/time-zone.js";

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

export interface CalendarEvent {
  uid: string;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  title: string;
  /** The language `title` is written in, after fallback (RFC 5545 LANGUAGE); unknown if absent. */
  titleLang?: string;
  description: string;
  descriptionLang?: string;
  location: string | null;
  locationLang?: string;
  url: string | null;
  cancelled: boolean;
  updatedAt: number;
  /** Bumped on every change of time or place, so calendar programs replace the old copy. */
  sequence: number;
}

const hour = 60 * 60 * 1000;

/** The first instant after `from` (and at most `to`) at which the zone's offset differs. */
function nextTransition(timeZone: string, from: number, to: number): number | null {
  const offset = offsetMinutes(from, timeZone);
  for (let probe = from + 6 * hour; probe <= to + 6 * hour; probe += 6 * hour) {
    if (offsetMinutes(probe, timeZone) === offset) continue;
    let low = probe - 6 * hour;
    let high = probe;
    while (high - low > 60_000) {
      const middle = low + Math.floor((high - low) / 2);
      if (offsetMinutes(middle, timeZone) === offset) low = middle;
      else high = middle;
    }
    return Math.ceil(high / 60_000) * 60_000;
  }
  return null;
}

const formatOffset = (minutes: number) => {
  const absolute = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(absolute / 60))}${pad(absolute % 60)}`;
};

/**
 * A VTIMEZONE with one observance per offset in force between `from` and `to`, each starting at
 * its real transition (no recurrence rules: exact for the events in the file).
 */
export function vtimezone(timeZone: string, from: number, to: number): string[] {
  const start = from - 24 * hour;
  const offsets = new Set<number>();
  const observances: { at: number; from: number; to: number }[] = [];
  let current = offsetMinutes(start, timeZone);
  observances.push({ at: start, from: current, to: current });
  for (
    let at = nextTransition(timeZone, start, to);
    at !== null;
    at = nextTransition(timeZone, at, to)
  ) {
    const next = offsetMinutes(at, timeZone);
    observances.push({ at, from: current, to: next });
    current = next;
  }
  for (const observance of observances) offsets.add(observance.to);
  const standard = Math.min(...offsets);
  return [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    ...observances.flatMap((observance) => {
      const kind = observance.to > standard ? "DAYLIGHT" : "STANDARD";
      // DTSTART is the local time just before the change, in the offset it changes from.
      const local = formatUtc(observance.at + observance.from * 60_000).slice(0, 15);
      return [
        `BEGIN:${kind}`,
        `DTSTART:${local}`,
        `TZOFFSETFROM:${formatOffset(observance.from)}`,
        `TZOFFSETTO:${formatOffset(observance.to)}`,
        `END:${kind}`,
      ];
    }),
    "END:VTIMEZONE",
  ];
}

/** RFC 5646's shape: letters and digits in hyphenated subtags, so the parameter needs no quotes. */
const languageTag = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/;

/** `SUMMARY;LANGUAGE=uk:…`: a calendar program may then pick fonts, hyphenation or a voice. */
function textProperty(name: string, value: string, lang: string | undefined): string {
  const language = value !== "" && lang && languageTag.test(lang) ? `;LANGUAGE=${lang}` : "";
  return `${name}${language}:${escapeText(value)}`;
}

function vevent(event: CalendarEvent, now: number): string[] {
  return [
    "BEGIN:VEVENT",
    `UID:${event.uid}`,
    `DTSTAMP:${formatUtc(now)}`,
    `LAST-MODIFIED:${formatUtc(event.updatedAt)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART;TZID=${event.timeZone}:${formatLocal(event.startsAt, event.timeZone)}`,
    `DTEND;TZID=${event.timeZone}:${formatLocal(event.endsAt, event.timeZone)}`,
    textProperty("SUMMARY", event.title, event.titleLang),
    textProperty("DESCRIPTION", event.description, event.descriptionLang),
    ...(event.location ? [textProperty("LOCATION", event.location, event.locationLang)] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.cancelled ? "CANCELLED" : "CONFIRMED"}`,
    "END:VEVENT",
  ];
}

/**
 * A VCALENDAR of events in their own time zones, each zone described by a VTIMEZONE covering the
 * events' dates. METHOD:CANCEL when it tells a calendar to remove a single event.
 */
export function renderCalendar(
  events: CalendarEvent[],
  options: { now: number; method?: "PUBLISH" | "CANCEL"; name?: string },
): string {
  const zones = new Map<string, { from: number; to: number }>();
  for (const event of events) {
    const zone = zones.get(event.timeZone);
    zones.set(event.timeZone, {
      from: Math.min(zone?.from ?? event.startsAt, event.startsAt),
      to: Math.max(zone?.to ?? event.endsAt, event.endsAt),
    });
  }
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Hearth//Community events//EN",
    "CALSCALE:GREGORIAN",
    `METHOD:${options.method ?? "PUBLISH"}`,
    ...(options.name ? [`X-WR-CALNAME:${escapeText(options.name)}`] : []),
    ...[...zones].flatMap(([timeZone, range]) => vtimezone(timeZone, range.from, range.to)),
    ...events.flatMap((event) => vevent(event, options.now)),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
