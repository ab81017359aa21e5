/**
 * The days a network's date filter stands for, as the instants the catalogue's `from` and `to`
 * take (`from` inclusive, `to` exclusive, both compared with an event's start). The worker reads
 * them as instants, so a day must start where the network is: "today" in Tallinn begins at
 * Tallinn's midnight, whatever the reader's own clock says. Pure, so it is tested on its own.
 */
import { localParts, offsetMinutes } from "../../schema/rules/time-zone.js";

/** The filter's plain choices; `custom` is two dates the reader picks. */
export const datePresets = ["today", "week", "weekend", "next30"] as const;
export type DatePreset = (typeof datePresets)[number];

/** A calendar day as `<input type="date">` writes it: `2026-12-01`. */
export type PlainDate = string;

export interface DateQuery {
  from?: string | undefined;
  to?: string | undefined;
}

/** The first and last day a choice covers, both inclusive, for the custom fields to start from. */
export interface DaySpan {
  first: PlainDate;
  last: PlainDate;
}

const dayMs = 86_400_000;
const plainDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A plain date as the UTC midnight of that day: only for counting days, never sent. */
const toDayNumber = (date: PlainDate) => {
  const match = plainDatePattern.exec(date);
  if (!match) return Number.NaN;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  return Date.UTC(year, month - 1, day);
};
const fromDayNumber = (time: number): PlainDate => new Date(time).toISOString().slice(0, 10);

export const isPlainDate = (value: string) => !Number.isNaN(toDayNumber(value));

export const addDays = (date: PlainDate, days: number) =>
  fromDayNumber(toDayNumber(date) + days * dayMs);

/** Monday 1 … Sunday 7. */
const isoWeekday = (date: PlainDate) => new Date(toDayNumber(date)).getUTCDay() || 7;

/** The calendar day it is at `instant` in `timeZone`. */
export function dayIn(instant: number, timeZone: string): PlainDate {
  const { year, month, day } = localParts(instant, timeZone);
  return fromDayNumber(Date.UTC(year, month - 1, day));
}

/** How far `timeZone`'s clocks are ahead of UTC at `instant`, in milliseconds. */
const offsetAt = (instant: number, timeZone: string) => offsetMinutes(instant, timeZone) * 60_000;

/**
 * The first instant of `date` in `timeZone`: its midnight, the earlier one where clocks go back
 * over midnight, and where they skip midnight for summer time (Santiago), the moment they skip to.
 */
export function startOfDay(date: PlainDate, timeZone: string): number {
  const wall = toDayNumber(date);
  // The offsets a day before and after: the same, or the two sides of a change of clocks.
  const offsets = [offsetAt(wall - dayMs, timeZone), offsetAt(wall + dayMs, timeZone)];
  const candidates = offsets.map((offset) => ({ instant: wall - offset, offset }));
  const real = candidates.filter(({ instant, offset }) => offsetAt(instant, timeZone) === offset);
  return real.length > 0
    ? Math.min(...real.map(({ instant }) => instant))
    : Math.max(...candidates.map(({ instant }) => instant));
}

/** The days a preset covers, counted from `today` where the network is: weeks run Monday–Sunday. */
export function presetSpan(preset: DatePreset, today: PlainDate): DaySpan {
  const weekday = isoWeekday(today);
  switch (preset) {
    case "today":
      return { first: today, last: today };
    case "week":
      return { first: today, last: addDays(today, 7 - weekday) };
    case "weekend":
      return {
        first: weekday >= 6 ? today : addDays(today, 6 - weekday),
        last: addDays(today, 7 - weekday),
      };
    case "next30":
      return { first: today, last: addDays(today, 29) };
  }
}

/** The query for the days from `first` to `last` (either may be left open), in `timeZone`. */
export function spanQuery(first: PlainDate, last: PlainDate, timeZone: string): DateQuery {
  const iso = (date: PlainDate) => new Date(startOfDay(date, timeZone)).toISOString();
  return {
    from: isPlainDate(first) ? iso(first) : undefined,
    to: isPlainDate(last) ? iso(addDays(last, 1)) : undefined,
  };
}

/** Whether a range's last day comes before its first: then no query is sent. */
export const endsBeforeStart = (first: PlainDate, last: PlainDate) =>
  isPlainDate(first) && isPlainDate(last) && last < first;
