import { dateFormat } from "../../i18n/format.js";

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

/** A calendar day such as `2026-11-21` (the digest's day), written out in `locale`. */
export function formatDay(day: string, locale: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12));
  return dateFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(date);
}
