import type { RepeatRule, Weekday } from "../contracts/series.js";
import { maxOccurrences, weekdays } from "../contracts/series.js";
import { instantAt, localParts } from "./time-zone.js";

/**
 * The dates a repeat rule makes, as iCalendar reads an RRULE whose DTSTART is the first date:
 * the first date is always one of them, `count` counts it, `until` is the last day allowed
 * (inclusive), and exceptions remove dates without adding others (as EXDATE does). Weeks start
 * on Monday. Calendar dates only ("2027-03-02"): the times of day are the first date's, in the
 * event's time zone, so a weekly 18:00 stays 18:00 across a change of summer time.
 *
 * Shared by the worker (which makes the events) and the dashboard (which previews them).
 */

/** A calendar date as days since 1970-01-01 (UTC days: no time zone in it). */
type DayNumber = number;

const dayMs = 86_400_000;

export const dayNumberOf = (date: string): DayNumber => Date.parse(`${date}T00:00:00Z`) / dayMs;

export const dateOf = (day: DayNumber): string => new Date(day * dayMs).toISOString().slice(0, 10);

/** Monday 0 … Sunday 6. */
const weekdayIndex = (day: DayNumber): number => (((day + 3) % 7) + 7) % 7;

export const weekdayOf = (date: string): Weekday => weekdays[weekdayIndex(dayNumberOf(date))]!;

/** The nth (1–4) or last (-1) `weekday` of the month of `year`/`month` (1–12). */
function nthWeekday(year: number, month: number, weekday: number, nth: number): DayNumber {
  if (nth === -1) {
    const last = Date.UTC(year, month, 0) / dayMs;
    return last - ((weekdayIndex(last) - weekday + 7) % 7);
  }
  const first = Date.UTC(year, month - 1, 1) / dayMs;
  return first + ((weekday - weekdayIndex(first) + 7) % 7) + (nth - 1) * 7;
}

/** Which week of its month a date is in, as the monthly rule counts (1–4, 5 read as last). */
export function weekOfMonthOf(date: string): 1 | 2 | 3 | 4 | -1 {
  const day = Number(date.slice(8, 10));
  const week = Math.ceil(day / 7);
  return week >= 5 ? -1 : (week as 1 | 2 | 3 | 4);
}

export type Expansion =
  | { ok: true; dates: string[] }
  /** `too_many`: more than `maxOccurrences` dates; `no_dates`: nothing after the first. */
  | { ok: false; code: "too_many" | "no_dates" };

/** Candidate days in order, from the first date on (the rule's own steps, unbounded). */
function* candidates(rule: RepeatRule, first: DayNumber): Generator<DayNumber> {
  const firstWeekday = weekdayIndex(first);
  const days = rule.weekdays.length > 0 ? rule.weekdays.map((d) => weekdays.indexOf(d)) : [];
  if (rule.frequency === "weekly") {
    const chosen = (days.length > 0 ? days : [firstWeekday]).sort((a, b) => a - b);
    const monday = first - firstWeekday;
    for (let week = 0; ; week += rule.interval) {
      for (const weekday of chosen) {
        const day = monday + week * 7 + weekday;
        if (day >= first) yield day;
      }
    }
  }
  const date = dateOf(first);
  const weekday = days[0] ?? firstWeekday;
  const nth = rule.weekOfMonth ?? weekOfMonthOf(date);
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  for (let step = 0; ; step += rule.interval) {
    const day = nthWeekday(
      year + Math.floor((month - 1 + step) / 12),
      ((month - 1 + step) % 12) + 1,
      weekday,
      nth,
    );
    if (day >= first) yield day;
  }
}

/**
 * The dates of a series whose first date is `firstDate` (in the event's time zone), the first
 * included, soonest first. Refuses a rule that makes more than `maxOccurrences` dates, or none
 * after the first. (A rule without an end cannot reach here: the contract refuses it.)
 */
export function expandRule(rule: RepeatRule, firstDate: string): Expansion {
  if (rule.until === null && rule.count === null) return { ok: false, code: "too_many" };
  const first = dayNumberOf(firstDate);
  const until = rule.until === null ? Infinity : dayNumberOf(rule.until);
  const skipped = new Set(rule.exceptions);
  const dates = [firstDate];
  let made = 1;
  for (const day of candidates(rule, first)) {
    if (day === first) continue;
    if (day > until || (rule.count !== null && made >= rule.count)) break;
    made += 1;
    const date = dateOf(day);
    if (skipped.has(date)) continue;
    dates.push(date);
    if (dates.length > maxOccurrences) return { ok: false, code: "too_many" };
  }
  return dates.length < 2 ? { ok: false, code: "no_dates" } : { ok: true, dates };
}

/** The calendar date of the instant `ms` in `timeZone` ("2027-03-02"). */
export function localDate(ms: number, timeZone: string): string {
  const { year, month, day } = localParts(ms, timeZone);
  return dateOf(Date.UTC(year, month - 1, day) / dayMs);
}

/**
 * The instant `ms` moved from the day `fromDate` to the day `toDate` at the same wall-clock time
 * in `timeZone`: a slot at 18:00 on the first date is at 18:00 on every date, summer time or not.
 * The shift is counted in whole days, so an instant on the day after (an end after midnight) stays
 * on the day after.
 */
export function sameWallTime(
  ms: number,
  fromDate: string,
  toDate: string,
  timeZone: string,
): number {
  const wall = localParts(ms, timeZone);
  const shift = dayNumberOf(toDate) - dayNumberOf(fromDate);
  return instantAt(timeZone, {
    year: wall.year,
    month: wall.month,
    day: wall.day + shift,
    hour: wall.hour,
    minute: wall.minute,
  });
}
