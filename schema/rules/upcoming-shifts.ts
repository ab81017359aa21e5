import type { ScheduleShift } from "../contracts/volunteers.js";

/**
 * A volunteer's confirmed shifts still to come, soonest first: what "You are signed up for 3
 * shifts" counts, in the widget and on the worker's answer to its first screen.
 */
export function upcoming(shifts: readonly ScheduleShift[], now = Date.now()): ScheduleShift[] {
  return shifts
    .filter((shift) => shift.status === "confirmed" && Date.parse(shift.endsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
