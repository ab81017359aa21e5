import { signupOriginsJson } from "../networks/signup-origins.js";
import type { VolunteerDeclarations } from "../../schema/tables/volunteers.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import { firstRow } from "../db/first-row.js";

export interface VolunteerRow {
  id: string;
  organisationId: string;
  name: string;
  email: string | null;
  phone: string | null;
  locale: string;
  languages: string[];
  declarations: VolunteerDeclarations;
  verified: Record<string, number>;
  manageTokenHash: string;
  defaultLocale: string;
  allowedOrigins: string[];
  graceMinutes: number;
}

type Row = Omit<VolunteerRow, "languages" | "declarations" | "verified" | "allowedOrigins"> & {
  languages: string;
  declarations: string;
  verified: string;
  allowedOrigins: string;
};

const columns = `v.id, v.organisation_id AS organisationId, v.name, v.email, v.phone, v.locale, v.languages,
  v.declarations, v.verified, v.manage_token_hash AS manageTokenHash, o.default_locale AS defaultLocale,
  ${signupOriginsJson("o")} AS allowedOrigins, o.shift_grace_minutes AS graceMinutes`;

function parse(row: Row | null): VolunteerRow | null {
  if (!row) return null;
  return {
    ...row,
    languages: JSON.parse(row.languages) as string[],
    declarations: JSON.parse(row.declarations) as VolunteerDeclarations,
    verified: JSON.parse(row.verified) as Record<string, number>,
    allowedOrigins: JSON.parse(row.allowedOrigins) as string[],
  };
}

export async function findVolunteer(db: D1Database, id: string): Promise<VolunteerRow | null> {
  return parse(
    await firstRow<Row>(
      db
        .prepare(
          `SELECT ${columns} FROM volunteers v JOIN organisations o ON o.id = v.organisation_id WHERE v.id = ?1 AND v.erased_at IS NULL`,
        )
        .bind(id),
    ),
  );
}

/** The volunteer a sign-up with this Idempotency-Key created, with its request's hash. */
export async function findVolunteerByKey(
  db: D1Database,
  organisationId: string,
  keyHash: string,
): Promise<(VolunteerRow & { requestHash: string | null }) | null> {
  const row = await firstRow<Row & { requestHash: string | null }>(
    db
      .prepare(
        `SELECT ${columns}, v.request_hash AS requestHash
           FROM volunteers v JOIN organisations o ON o.id = v.organisation_id
          WHERE v.organisation_id = ?1 AND v.idempotency_key_hash = ?2`,
      )
      .bind(organisationId, keyHash),
  );
  return row ? { ...parse(row)!, requestHash: row.requestHash } : null;
}

export function insertVolunteer(
  db: D1Database,
  volunteer: Pick<
    VolunteerRow,
    | "id"
    | "organisationId"
    | "name"
    | "email"
    | "phone"
    | "locale"
    | "languages"
    | "declarations"
    | "manageTokenHash"
  > & { idempotencyKeyHash: string; requestHash: string; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO volunteers (id, organisation_id, name, email, phone, locale, languages, declarations,
          verified, idempotency_key_hash, request_hash, manage_token_hash, consent_at, created_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, '{}', ?9, ?10, ?11, ?12, ?12)`,
    )
    .bind(
      volunteer.id,
      volunteer.organisationId,
      volunteer.name,
      volunteer.email,
      volunteer.phone,
      volunteer.locale,
      JSON.stringify(volunteer.languages),
      JSON.stringify(volunteer.declarations),
      volunteer.idempotencyKeyHash,
      volunteer.requestHash,
      volunteer.manageTokenHash,
      volunteer.now,
    );
}

export interface ScheduleRow {
  registrationId: string;
  status: "confirmed" | "waitlisted" | "cancelled";
  shiftId: string;
  eventId: string;
  eventTitle: LocaleText;
  eventStatus: string;
  roleName: LocaleText;
  roleDescription: LocaleText;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  venueName: string | null;
  venueAddress: string | null;
  onlineUrl: string | null;
  updatedAt: number;
  calendarSequence: number;
}

export async function listSchedule(db: D1Database, volunteerId: string): Promise<ScheduleRow[]> {
  const { results } = await db
    .prepare(
      `SELECT g.id AS registrationId, g.status, s.id AS shiftId, e.id AS eventId, e.title AS eventTitle,
              e.status AS eventStatus, r.name AS roleName, r.description AS roleDescription,
              s.starts_at AS startsAt, s.ends_at AS endsAt, e.time_zone AS timeZone,
              e.venue_name AS venueName, e.venue_address AS venueAddress, e.online_url AS onlineUrl,
              e.updated_at AS updatedAt, e.calendar_sequence AS calendarSequence
         FROM registrations g JOIN slots s ON s.id = g.slot_id JOIN events e ON e.id = s.event_id
         LEFT JOIN volunteer_roles r ON r.id = s.role_id
        WHERE g.volunteer_id = ?1 ORDER BY s.starts_at`,
    )
    .bind(volunteerId)
    .all<
      Omit<ScheduleRow, "eventTitle" | "roleName" | "roleDescription"> & {
        eventTitle: string;
        roleName: string | null;
        roleDescription: string | null;
      }
    >();
  return results.map((row) => ({
    ...row,
    eventTitle: JSON.parse(row.eventTitle) as LocaleText,
    roleName: row.roleName ? (JSON.parse(row.roleName) as LocaleText) : {},
    roleDescription: row.roleDescription ? (JSON.parse(row.roleDescription) as LocaleText) : {},
  }));
}

export interface ShiftRecordRow {
  registrationId: string;
  shiftId: string;
  status: "confirmed" | "waitlisted" | "cancelled";
  checkedInAt: number | null;
  noShowAt: number | null;
  hoursOverrideMinutes: number | null;
  hoursReason: string | null;
  cancelledAt: number | null;
}

/** Every shift row of a volunteer as recorded, for "download my data". */
export async function listShiftRecords(
  db: D1Database,
  volunteerId: string,
): Promise<ShiftRecordRow[]> {
  const { results } = await db
    .prepare(
      `SELECT id AS registrationId, slot_id AS shiftId, status, checked_in_at AS checkedInAt,
              no_show_at AS noShowAt, hours_override_minutes AS hoursOverrideMinutes,
              hours_reason AS hoursReason, cancelled_at AS cancelledAt
         FROM registrations WHERE volunteer_id = ?1 ORDER BY created_at, id`,
    )
    .bind(volunteerId)
    .all<ShiftRecordRow>();
  return results;
}
