import type { AdminRole } from "../../schema/contracts/admin/volunteers.js";
import type { ShiftsResponse } from "../../schema/contracts/volunteers.js";
import { resolveText } from "../../i18n/content.js";
import type { OrganisationRow } from "../organisations/organisation-queries.js";
import { signUpSites } from "../organisations/signup-sites.js";
import type { ShiftRow } from "./shift-queries.js";

/**
 * The organisation's roles and upcoming shifts as anyone may see them, in one language: each text
 * resolved (with the language it is really in) and each shift with the places it has left.
 */
export function toShiftsResponse(
  organisation: OrganisationRow,
  origin: string,
  locale: string,
  roles: AdminRole[],
  shifts: ShiftRow[],
): ShiftsResponse {
  const resolved = (value: Record<string, string>) =>
    resolveText(value, locale, organisation.defaultLocale);
  const text = (value: Record<string, string>) => resolved(value).text;
  return {
    defaultLocale: organisation.defaultLocale,
    ...signUpSites(origin, organisation),
    retentionDays: organisation.retentionDays,
    roles: roles.map((role) => {
      const name = resolved(role.name);
      const description = resolved(role.description);
      return {
        id: role.id,
        name: name.text,
        description: description.text,
        langs: { name: name.lang, description: description.lang },
        requirements: role.requirements,
        minimumAge: role.minimumAge,
      };
    }),
    shifts: shifts.map((shift) => ({
      id: shift.id,
      eventId: shift.eventId,
      eventTitle: text(shift.eventTitle),
      timeZone: shift.timeZone,
      roleId: shift.roleId,
      label: text(shift.label),
      langs: { eventTitle: resolved(shift.eventTitle).lang, label: resolved(shift.label).lang },
      startsAt: new Date(shift.startsAt).toISOString(),
      endsAt: new Date(shift.endsAt).toISOString(),
      capacity: shift.capacity,
      taken: shift.taken,
      minimum: shift.minimum,
      remaining: shift.capacity - shift.taken,
    })),
    graceMinutes: organisation.shiftGraceMinutes,
  };
}
