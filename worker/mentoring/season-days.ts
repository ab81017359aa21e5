import { instantAt, localParts } from "../../schema/rules/time-zone.js";

/**
 * A season's dates are days in its time zone (the dashboard edits them as dates): it starts at
 * the start of its first day, ends at the end of its last, and its intake closes at the end of
 * the deadline's day. A full timestamp is taken as it is.
 */
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dayStart(value: string, timeZone: string, plusDays = 0): number {
  const day = dayPattern.exec(value);
  if (!day) return Date.parse(value);
  return instantAt(timeZone, {
    year: Number(day[1]),
    month: Number(day[2]),
    day: Number(day[3]) + plusDays,
    hour: 0,
  });
}

/** The day (`YYYY-MM-DD`) in `timeZone` of the instant `ms`. */
export function dayOf(ms: number, timeZone: string): string {
  const { year, month, day } = localParts(ms, timeZone);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
