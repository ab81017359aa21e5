import type {
  BoardShift,
  HoursResponse,
  ShiftBoardResponse,
} from "../../schema/contracts/admin/volunteers.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import { listRoles } from "./volunteer-role-queries.js";

/** The coordinators' reads: the shift board of an event, and volunteers' hours. */

type StoredBoardVolunteer = Omit<BoardShift["volunteers"][number], "checkedInAt" | "noShowAt"> & {
  checkedInAt: number | null;
  noShowAt: number | null;
};

interface BoardRow {
  id: string;
  roleId: string;
  label: string;
  startsAt: number;
  endsAt: number;
  capacity: number;
  taken: number;
  minimum: number;
  volunteers: string;
}

/** Rows by role, columns by time: every shift with who is on it. */
export async function shiftBoard(
  db: D1Database,
  organisationId: string,
  eventId: string,
): Promise<ShiftBoardResponse> {
  const { results } = await db
    .prepare(
      `SELECT s.id, s.role_id AS roleId, s.label, s.starts_at AS startsAt, s.ends_at AS endsAt, s.capacity,
              s.taken, s.minimum,
              (SELECT json_group_array(json_object('registrationId', g.id, 'volunteerId', g.volunteer_id,
                        'name', g.name, 'email', g.email, 'phone', g.phone, 'languages', json(COALESCE(g.languages, '[]')),
                        'checkedInAt', g.checked_in_at, 'noShowAt', g.no_show_at))
                 FROM registrations g WHERE g.slot_id = s.id AND g.status = 'confirmed') AS volunteers
         FROM slots s WHERE s.event_id = ?1 AND s.audience = 'volunteer' ORDER BY s.starts_at, s.id`,
    )
    .bind(eventId)
    .all<BoardRow>();
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  const shifts: BoardShift[] = results.map((row) => ({
    id: row.id,
    roleId: row.roleId,
    label: JSON.parse(row.label) as LocaleText,
    startsAt: iso(row.startsAt)!,
    endsAt: iso(row.endsAt)!,
    capacity: row.capacity,
    taken: row.taken,
    minimum: row.minimum,
    state: row.taken >= row.capacity ? "full" : row.taken < row.minimum ? "under" : "ok",
    volunteers: (JSON.parse(row.volunteers) as StoredBoardVolunteer[]).map((volunteer) => ({
      ...volunteer,
      checkedInAt: iso(volunteer.checkedInAt),
      noShowAt: iso(volunteer.noShowAt),
    })),
  }));
  return { roles: await listRoles(db, organisationId), shifts };
}

interface HoursRow {
  registrationId: string;
  volunteerId: string;
  name: string;
  startsAt: number;
  endsAt: number;
  checkedInAt: number | null;
  overrideMinutes: number | null;
}

/** Hours from checked-in shifts (their length), unless a coordinator corrected them. */
export async function volunteerHours(db: D1Database, eventId: string): Promise<HoursResponse> {
  const { results } = await db
    .prepare(
      `SELECT g.id AS registrationId, g.volunteer_id AS volunteerId, g.name, s.starts_at AS startsAt,
              s.ends_at AS endsAt, g.checked_in_at AS checkedInAt, g.hours_override_minutes AS overrideMinutes
         FROM registrations g JOIN slots s ON s.id = g.slot_id
        WHERE g.event_id = ?1 AND g.volunteer_id IS NOT NULL AND g.status = 'confirmed'
        ORDER BY g.name, s.starts_at`,
    )
    .bind(eventId)
    .all<HoursRow>();
  const byVolunteer = new Map<string, HoursResponse["volunteers"][number]>();
  for (const row of results) {
    const minutes =
      row.overrideMinutes ??
      (row.checkedInAt !== null ? Math.round((row.endsAt - row.startsAt) / 60_000) : 0);
    const entry = byVolunteer.get(row.volunteerId) ?? {
      volunteerId: row.volunteerId,
      name: row.name,
      shifts: 0,
      minutes: 0,
    };
    entry.shifts += minutes > 0 ? 1 : 0;
    entry.minutes += minutes;
    byVolunteer.set(row.volunteerId, entry);
  }
  const volunteers = [...byVolunteer.values()];
  return {
    volunteers,
    totalMinutes: volunteers.reduce((sum, volunteer) => sum + volunteer.minutes, 0),
  };
}
