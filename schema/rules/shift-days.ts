import type { PublicRole, PublicShift } from "../contracts/volunteers.js";

/*
 * How the shifts a volunteer picks from are laid out: by day, then by role. The widget's picker
 * and the worker's drawing of its first screen both follow it.
 */

export interface RoleGroup {
  role: PublicRole;
  shifts: PublicShift[];
}

export interface DayGroup {
  /** `YYYY-MM-DD` in the event's time zone, plus the zone: a day is local to its event. */
  key: string;
  first: PublicShift;
  roles: RoleGroup[];
}

const dayKey = (iso: string, timeZone: string) =>
  `${new Intl.DateTimeFormat("en-CA", { timeZone, dateStyle: "short" }).format(new Date(iso))} ${timeZone}`;

/** Shifts by day (in the event's time zone), then by role, both in time order. */
export function groupShifts(
  shifts: readonly PublicShift[],
  roles: readonly PublicRole[],
): DayGroup[] {
  const roleById = new Map(roles.map((role) => [role.id, role]));
  const days = new Map<string, DayGroup>();
  const sorted = [...shifts].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const shift of sorted) {
    const role = roleById.get(shift.roleId);
    if (!role) continue;
    const key = dayKey(shift.startsAt, shift.timeZone);
    const day = days.get(key) ?? { key, first: shift, roles: [] };
    days.set(key, day);
    const group = day.roles.find((candidate) => candidate.role.id === role.id);
    if (group) group.shifts.push(shift);
    else day.roles.push({ role, shifts: [shift] });
  }
  return [...days.values()];
}
