/**
 * A person's weekly availability as hours of the week in UTC (0 = Monday 00:00–01:00 UTC … 167),
 * packed in six 32-bit words so that the hours two people share are counted with a few bit
 * operations — matching compares every mentor with every learner.
 *
 * People say when they are free in their own time zone, by day and part of day; `weekHours`
 * turns that into UTC hours with the zone's offset at the season's start (a season is a few
 * months, and a summer-time change moves everyone in a zone together).
 */

export const weekDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekDay = (typeof weekDays)[number];

/** Parts of the day, in local hours [from, to). */
export const dayParts = {
  morning: [8, 12],
  afternoon: [12, 17],
  evening: [17, 21],
} as const;
export type DayPart = keyof typeof dayParts;

export interface AvailabilityChoice {
  day: WeekDay;
  part: DayPart;
}

export type WeekHours = Uint32Array;

const hoursInWeek = 7 * 24;

/** The UTC hours of the week covered by `choices`, made in a zone `offsetMinutes` ahead of UTC. */
export function weekHours(
  choices: readonly AvailabilityChoice[],
  offsetMinutes: number,
): WeekHours {
  const hours = new Uint32Array(6);
  // Whole hours only: a zone 30 minutes off counts the hour it mostly covers.
  const offsetHours = Math.round(offsetMinutes / 60);
  for (const { day, part } of choices) {
    const [from, to] = dayParts[part];
    for (let local = from; local < to; local++) {
      const hour =
        (((weekDays.indexOf(day) * 24 + local - offsetHours) % hoursInWeek) + hoursInWeek) %
        hoursInWeek;
      hours[hour >>> 5]! |= 1 << (hour & 31);
    }
  }
  return hours;
}

function bitCount(word: number): number {
  let value = word - ((word >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (((value + (value >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** Hours a week two people are both free. */
export function sharedHours(a: WeekHours, b: WeekHours): number {
  let shared = 0;
  for (let index = 0; index < 6; index++) shared += bitCount(a[index]! & b[index]!);
  return shared;
}

/** Hours a week a person is free. */
export const totalHours = (hours: WeekHours): number => sharedHours(hours, hours);
