import { shiftsOverlap } from "../../schema/rules/shift-overlap.js";
import type {
  PublicRole,
  PublicShift,
  Requirement,
  ScheduleShift,
} from "../../schema/contracts/volunteers.js";

type Span = Pick<PublicShift, "startsAt" | "endsAt">;

/** The worker's overlap rule (`shiftsOverlap`), for shifts whose times come as ISO strings. */
export function clash(a: Span, b: Span, graceMinutes: number): boolean {
  const span = (shift: Span) => ({
    startsAt: Date.parse(shift.startsAt),
    endsAt: Date.parse(shift.endsAt),
  });
  return shiftsOverlap(span(a), span(b), graceMinutes);
}

/** The chosen shifts that clash with another chosen one or with one already on the schedule. */
export function clashingIds(
  chosen: readonly PublicShift[],
  booked: readonly ScheduleShift[],
  graceMinutes: number,
): Set<string> {
  const clashing = new Set<string>();
  chosen.forEach((shift, index) => {
    for (const other of chosen.slice(index + 1)) {
      if (clash(shift, other, graceMinutes)) clashing.add(shift.id).add(other.id);
    }
    if (booked.some((mine) => clash(shift, mine, graceMinutes))) clashing.add(shift.id);
  });
  return clashing;
}

/** What the chosen roles ask of a volunteer, and the highest minimum age among them. */
export function requirementsOf(
  chosen: readonly PublicShift[],
  roles: readonly PublicRole[],
): { needs: Set<Requirement>; minimumAge: number } {
  const needs = new Set<Requirement>();
  let minimumAge = 0;
  for (const shift of chosen) {
    const role = roles.find((candidate) => candidate.id === shift.roleId);
    for (const requirement of role?.requirements ?? []) needs.add(requirement);
    minimumAge = Math.max(minimumAge, role?.minimumAge ?? 0);
  }
  return { needs, minimumAge };
}

export { upcoming } from "../../schema/rules/upcoming-shifts.js";
