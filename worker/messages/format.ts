import { dateFormat, hasDateWords } from "../../i18n/format.js";
import { localParts } from "../../schema/rules/time-zone.js";

const pad = (value: number) => String(value).padStart(2, "0");

const isoDay = (ms: number, timeZone: string) => {
  const local = localParts(ms, timeZone);
  return `${local.year}-${pad(local.month)}-${pad(local.day)}`;
};

const clock = (ms: number, timeZone: string) => {
  const local = localParts(ms, timeZone);
  return `${pad(local.hour)}:${pad(local.minute)}`;
};

/**
 * "2026-12-04 18:00–20:00 (Europe/Tallinn)" where the runtime has no date words for the reader's
 * language (see i18n/format.ts): digits, and the zone named as the calendar knows it.
 */
function neutralEventTime(startsAt: number, endsAt: number, timeZone: string): string {
  const day = isoDay(startsAt, timeZone);
  const endDay = isoDay(endsAt, timeZone);
  const end =
    endsAt <= startsAt
      ? ""
      : endDay === day
        ? `–${clock(endsAt, timeZone)}`
        : ` – ${endDay} ${clock(endsAt, timeZone)}`;
  return `${day} ${clock(startsAt, timeZone)}${end} (${timeZone.replace(/_/g, " ")})`;
}

/**
 * "Friday, 4 December 2026, 18:00 – 20:00 Estonia Time": always in the event's own time zone,
 * named, so a reader abroad or with a phone on another zone is not misled.
 */
export function formatEventTime(
  startsAt: number,
  endsAt: number,
  timeZone: string,
  locale: string,
): string {
  if (!hasDateWords(locale)) return neutralEventTime(startsAt, endsAt, timeZone);
  const format = dateFormat(locale, {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "longGeneric",
  });
  return endsAt > startsAt
    ? format.formatRange(new Date(startsAt), new Date(endsAt))
    : format.format(new Date(startsAt));
}

/** "08:00" or "8:00 AM": a time of the event's day, in the event's own time zone. */
export function formatTime(ms: number, timeZone: string, locale: string): string {
  if (!hasDateWords(locale)) return clock(ms, timeZone);
  return dateFormat(locale, { timeZone, hour: "numeric", minute: "2-digit" }).format(new Date(ms));
}

/**
 * "Friday, 4 December, 18:00" (with the zone where the runtime has no date words): a moment such
 * as an offer's deadline, in the event's own time zone.
 */
export function formatMoment(ms: number, timeZone: string, locale: string): string {
  if (!hasDateWords(locale)) {
    return `${isoDay(ms, timeZone)} ${clock(ms, timeZone)} (${timeZone.replace(/_/g, " ")})`;
  }
  return dateFormat(locale, {
    timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
    hour: "numeric",
    minute: "2-digit",
  }).format(new Date(ms));
}

/** A calendar day such as `2026-11-21` (the digest's day), written out in `locale`. */
export function formatDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match || !hasDateWords(locale)) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return dateFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}
