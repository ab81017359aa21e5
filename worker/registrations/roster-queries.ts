import type { RosterEntry, RosterTotals } from "../../schema/contracts/admin/roster.js";
import type { RegistrationStatus } from "../../schema/contracts/registrations.js";
import { waitlistPosition } from "../booking/waitlist-position.js";

export interface RosterFilter {
  q?: string | undefined;
  status?: RegistrationStatus | undefined;
  slot?: string | undefined;
  code?: string | undefined;
}

interface RosterRow {
  id: string;
  shortCode: string | null;
  status: RegistrationStatus;
  position: number | null;
  slotId: string;
  adults: number;
  children: number;
  name: string;
  email: string | null;
  phone: string | null;
  locale: string;
  interpreterLanguage: string | null;
  accessibilityNeeds: string | null;
  dietaryNeeds: string | null;
  consentSource: "online" | "in_person";
  createdAt: number;
  checkedInAt: number | null;
  noShowAt: number | null;
  erasedAt: number | null;
}

const personColumns = `r.id, r.short_code AS shortCode, r.status, r.slot_id AS slotId, r.adults, r.children,
  r.name, r.email, r.phone, r.locale, r.interpreter_language AS interpreterLanguage,
  r.accessibility_needs AS accessibilityNeeds, r.dietary_needs AS dietaryNeeds,
  r.consent_source AS consentSource, r.created_at AS createdAt, r.checked_in_at AS checkedInAt,
  r.no_show_at AS noShowAt, r.erased_at AS erasedAt`;

/**
 * Everyone's place on their slot's waitlist at once: a window over the event's people, numbered
 * before any filter (a search keeps each person's real place), so numbering 2,000 waiting people
 * reads each once instead of counting those before each one (the order promotions follow).
 */
const positionsOfAll = `CASE WHEN r.status = 'waitlisted' THEN
    ROW_NUMBER() OVER (PARTITION BY r.slot_id, r.status = 'waitlisted' ORDER BY r.created_at, r.rowid)
  END AS position`;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function toEntry(row: RosterRow): RosterEntry {
  return {
    id: row.id,
    shortCode: row.shortCode,
    status: row.status,
    position: row.position,
    slotId: row.slotId,
    adults: row.adults,
    children: row.children,
    name: row.name,
    email: row.email,
    phone: row.phone,
    locale: row.locale,
    needs: {
      interpreterLanguage: row.interpreterLanguage,
      accessibility: row.accessibilityNeeds,
      dietary: row.dietaryNeeds,
    },
    consentSource: row.consentSource,
    createdAt: new Date(row.createdAt).toISOString(),
    checkedInAt: iso(row.checkedInAt),
    noShowAt: iso(row.noShowAt),
    erased: row.erasedAt !== null,
  };
}

/** A page of the roster: `limit` people from `offset` (the order is computed, not an index's). */
export interface RosterPage {
  limit: number;
  offset: number;
}

/**
 * The roster's rows, filtered, confirmed first, then the waitlist in order, then cancelled; a
 * page of them, or everyone without `page`.
 */
export function selectRoster(
  db: D1Database,
  eventId: string,
  filter: RosterFilter,
  page: RosterPage = { limit: -1, offset: 0 },
): D1PreparedStatement {
  const like = filter.q ? `%${filter.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  return db
    .prepare(
      `SELECT * FROM (SELECT ${personColumns}, ${positionsOfAll}
                        FROM registrations r WHERE r.event_id = ?1) r
        WHERE (?2 IS NULL OR r.name LIKE ?2 ESCAPE '\\' OR r.email LIKE ?2 ESCAPE '\\'
               OR r.phone LIKE ?2 ESCAPE '\\' OR r.shortCode = upper(?3))
          AND (?4 IS NULL OR r.status = ?4)
          AND (?5 IS NULL OR r.slotId = ?5)
          AND (?6 IS NULL OR r.shortCode = ?6)
        ORDER BY CASE r.status WHEN 'confirmed' THEN 0 WHEN 'waitlisted' THEN 1 ELSE 2 END,
                 CASE WHEN r.status = 'waitlisted' THEN r.createdAt END, r.name COLLATE NOCASE, r.id
        LIMIT ?7 OFFSET ?8`,
    )
    .bind(
      eventId,
      like,
      filter.q ?? null,
      filter.status ?? null,
      filter.slot ?? null,
      filter.code ?? null,
      page.limit,
      page.offset,
    );
}

/** Totals for the whole event, whatever the filter. */
export function selectRosterTotals(db: D1Database, eventId: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT
         COALESCE(SUM(CASE WHEN status = 'confirmed' THEN adults + children END), 0) AS confirmedPeople,
         COALESCE(SUM(CASE WHEN status = 'waitlisted' THEN adults + children END), 0) AS waitlistedPeople,
         COALESCE(SUM(CASE WHEN status = 'cancelled' THEN adults + children END), 0) AS cancelledPeople,
         COALESCE(SUM(CASE WHEN status = 'confirmed' THEN adults END), 0) AS adults,
         COALESCE(SUM(CASE WHEN status = 'confirmed' THEN children END), 0) AS children,
         COALESCE(SUM(CASE WHEN status = 'confirmed' AND checked_in_at IS NOT NULL
                           THEN adults + children END), 0) AS checkedInPeople,
         (SELECT json_group_object(language, people) FROM (
            SELECT interpreter_language AS language, SUM(adults + children) AS people
              FROM registrations
             WHERE event_id = ?1 AND status = 'confirmed' AND interpreter_language IS NOT NULL
             GROUP BY interpreter_language COLLATE NOCASE)) AS interpreterLanguages
       FROM registrations WHERE event_id = ?1`,
    )
    .bind(eventId);
}

export function parseRoster(rows: unknown[]): RosterEntry[] {
  return (rows as RosterRow[]).map(toEntry);
}

export function parseTotals(row: unknown): RosterTotals {
  const totals = row as Omit<RosterTotals, "interpreterLanguages"> & {
    interpreterLanguages: string | null;
  };
  return {
    ...totals,
    interpreterLanguages: JSON.parse(totals.interpreterLanguages ?? "{}") as Record<string, number>,
  };
}

export async function findRosterEntry(
  db: D1Database,
  eventId: string,
  registrationId: string,
): Promise<RosterEntry | null> {
  const { results } = await db
    .prepare(
      `SELECT ${personColumns}, ${waitlistPosition} AS position FROM registrations r
        WHERE r.event_id = ?1 AND r.id = ?2`,
    )
    .bind(eventId, registrationId)
    .all<RosterRow>();
  return results[0] ? toEntry(results[0]) : null;
}

/** A time of the event with its stored label and the event's zone, for the spreadsheet. */
export interface SlotTimeRow {
  id: string;
  label: string;
  startsAt: number;
  timeZone: string;
}

export function selectSlotTimes(db: D1Database, eventId: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT s.id, s.label, s.starts_at AS startsAt, e.time_zone AS timeZone
         FROM slots s JOIN events e ON e.id = s.event_id WHERE s.event_id = ?1`,
    )
    .bind(eventId);
}

/**
 * The marks at the door, each a change of one registration and when it applies: check-in (of a
 * confirmed person not yet in; clears a no-show), no-show (of a confirmed person who did not
 * come) and their undo. `?2` is the time.
 */
export const rosterMarks = {
  checkIn: {
    set: "checked_in_at = ?2, no_show_at = NULL",
    where: "status = 'confirmed' AND checked_in_at IS NULL",
  },
  undoCheckIn: { set: "checked_in_at = NULL", where: "checked_in_at IS NOT NULL" },
  noShow: {
    set: "no_show_at = ?2",
    where: "status = 'confirmed' AND checked_in_at IS NULL AND no_show_at IS NULL",
  },
  undoNoShow: { set: "no_show_at = NULL", where: "no_show_at IS NOT NULL" },
} as const;

export type RosterMark = keyof typeof rosterMarks;

/** Sets `mark` on a registration where it applies; `meta.changes` is 0 where it does not. */
export function markStatement(
  db: D1Database,
  mark: RosterMark,
  registrationId: string,
  now: number,
): D1PreparedStatement {
  const { set, where } = rosterMarks[mark];
  return db
    .prepare(`UPDATE registrations SET ${set}, updated_at = ?2 WHERE id = ?1 AND ${where}`)
    .bind(registrationId, now);
}
