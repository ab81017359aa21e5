import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type { Requirement } from "../../schema/contracts/volunteers.js";

/** A volunteer shift (a slot with audience `volunteer`) with its role and event. */
export interface ShiftRow {
  id: string;
  eventId: string;
  eventTitle: LocaleText;
  eventStatus: string;
  timeZone: string;
  roleId: string;
  roleName: LocaleText;
  requirements: Requirement[];
  minimumAge: number | null;
  label: LocaleText;
  startsAt: number;
  endsAt: number;
  capacity: number;
  taken: number;
  minimum: number;
}

type Row = Omit<ShiftRow, "eventTitle" | "roleName" | "requirements" | "label"> & {
  eventTitle: string;
  roleName: string;
  requirements: string;
  label: string;
};

const shiftColumns = `s.id, s.event_id AS eventId, e.title AS eventTitle, e.status AS eventStatus,
  e.time_zone AS timeZone, s.role_id AS roleId, r.name AS roleName, r.requirements,
  r.minimum_age AS minimumAge, s.label, s.starts_at AS startsAt, s.ends_at AS endsAt, s.capacity,
  s.taken, s.minimum`;

function parse(row: Row): ShiftRow {
  return {
    ...row,
    eventTitle: JSON.parse(row.eventTitle) as LocaleText,
    roleName: JSON.parse(row.roleName) as LocaleText,
    requirements: JSON.parse(row.requirements) as Requirement[],
    label: JSON.parse(row.label) as LocaleText,
  };
}

/** Upcoming shifts of the organisation's published events (or of one event), soonest first. */
export async function listUpcomingShifts(
  db: D1Database,
  organisationId: string,
  now: number,
  eventId: string | null,
): Promise<ShiftRow[]> {
  const { results } = await db
    .prepare(
      `SELECT ${shiftColumns} FROM slots s
         JOIN events e ON e.id = s.event_id
         JOIN volunteer_roles r ON r.id = s.role_id
        WHERE s.organisation_id = ?1 AND s.audience = 'volunteer' AND e.status = 'published'
          AND s.starts_at > ?2 AND (?3 IS NULL OR s.event_id = ?3)
        ORDER BY s.starts_at, r.position, s.id`,
    )
    .bind(organisationId, now, eventId)
    .all<Row>();
  return results.map(parse);
}

/** Shifts by id, only of this organisation. */
export async function findShifts(
  db: D1Database,
  organisationId: string,
  ids: string[],
): Promise<ShiftRow[]> {
  if (ids.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT ${shiftColumns} FROM slots s
         JOIN events e ON e.id = s.event_id
         JOIN volunteer_roles r ON r.id = s.role_id
        WHERE s.organisation_id = ?1 AND s.audience = 'volunteer'
          AND s.id IN (SELECT value FROM json_each(?2))`,
    )
    .bind(organisationId, JSON.stringify(ids))
    .all<Row>();
  return results.map(parse);
}

/** A volunteer's confirmed shifts (to check new ones against). */
export async function findVolunteerShifts(
  db: D1Database,
  volunteerId: string,
): Promise<(ShiftRow & { registrationId: string })[]> {
  const { results } = await db
    .prepare(
      `SELECT ${shiftColumns}, g.id AS registrationId FROM registrations g
         JOIN slots s ON s.id = g.slot_id
         JOIN events e ON e.id = s.event_id
         JOIN volunteer_roles r ON r.id = s.role_id
        WHERE g.volunteer_id = ?1 AND g.status = 'confirmed'
        ORDER BY s.starts_at`,
    )
    .bind(volunteerId)
    .all<Row & { registrationId: string }>();
  return results.map((row) => ({ ...parse(row), registrationId: row.registrationId }));
}
