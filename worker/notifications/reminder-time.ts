import { instantAt, localParts } from "../../schema/rules/time-zone.js";

/** Reminders go out at this local hour on the day before the event: awake, not at night. */
export const reminderLocalHour = 10;

/** When the day-before reminder for an event starting at `startsAt` goes out. */
export function reminderTime(startsAt: number, timeZone: string): number {
  const day = localParts(startsAt, timeZone);
  return instantAt(timeZone, {
    year: day.year,
    month: day.month,
    day: day.day - 1,
    hour: reminderLocalHour,
  });
}
