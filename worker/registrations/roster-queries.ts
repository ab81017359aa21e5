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
  offerExpiresAt: number | null;
  answers: string | null;
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
  r.no_show_at AS noShowAt, r.erased_at AS erasedAt,
  CASE WHEN r.status = 'offered' THEN r.offer_expires_at END AS offerExpiresAt,
  (SELECT json_group_object(a.question_id, json(a.value)) FROM registration_answers a
    WHERE a.registration_id = r.id) AS answers`;

/** The event's id (?1) only if it is the organisation's (by its slug): nothing of another's is read. */
const eventOf = (organisationSlug: string) =>
  `(SELECT id FROM events WHERE id = ?1
      AND organisation_id = (SELECT id FROM organisations WHERE slug = ${organisationSlug}))`;

/** The filters of the roster's search, on a registration `r` (the status picks the parts). */
const filtered = `(?2 IS NULL OR r.name LIKE ?2 ESCAPE '\\' OR r.email LIKE ?2 ESCAPE '\\'
                     OR r.phone LIKE ?2 ESCAPE '\\' OR r.short_code = upper(?3))
                AND (?5 IS NULL OR r.slot_id = ?5) AND (?6 IS NULL OR r.short_code = ?6)`;

/** Rows a part of the roster must give for the page: all before it, and the page. */
const enoughForPage = `CASE WHEN ?7 < 0 THEN -1 ELSE ?7 + ?8 END`;

/** Confirmed or cancelled people, by name: in the order of the index on (event, status, name). */
const byName = (part: number, status: "confirmed" | "cancelled") => `
  SELECT * FROM (SELECT ${part} AS part, r.rowid AS rid, NULL AS position FROM registrations r
                  WHERE r.event_id = ${eventOf("?9")} AND r.status = '${status}'
                    AND (?4 IS NULL OR ?4 = '${status}') AND ${filtered}
                  ORDER BY r.name COLLATE NOCASE, r.id LIMIT ${enoughForPage})`;

/** People offered a freed place, the soonest deadline first (through the index of open offers). */
const offeredByDeadline = `
  SELECT * FROM (SELECT 1 AS part, r.rowid AS rid, NULL AS position FROM registrations r
                  WHERE r.event_id = ${eventOf("?9")} AND r.status = 'offered'
                    AND (?4 IS NULL OR ?4 = 'offered') AND ${filtered}
                  ORDER BY r.offer_expires_at, r.rowid LIMIT ${enoughForPage})`;

/**
 * The waitlist in the order promotions follow (`waitlistPosition`'s: sign-up time, then row
 * order), each with their place on their time's waitlist — numbered before any filter, so a search
 * keeps each person's real place. The numbering walks the index on (slot, status, sign-up time),
 * already in that order: 2,000 waiting people are read once, never counted per person. Without a
 * filter only as many are numbered as the page needs: whoever comes before one of them on their
 * time's waitlist comes before them in this order too, so their places are the same.
 */
const waitlistInOrder = `
  SELECT * FROM (SELECT 2 AS part, w.rid, w.position FROM (
                   SELECT q.rid, q.createdAt,
                          ROW_NUMBER() OVER (PARTITION BY q.slotId ORDER BY q.createdAt, q.rid) AS position
                     FROM (SELECT q.rowid AS rid, q.created_at AS createdAt, q.slot_id AS slotId
                             FROM registrations q
                            WHERE q.slot_id IN (SELECT s.id FROM slots s WHERE s.event_id = ${eventOf("?9")})
                              AND q.status = 'waitlisted'
                            ORDER BY q.created_at, q.rowid
                            LIMIT CASE WHEN ?2 IS NULL AND ?5 IS NULL AND ?6 IS NULL
                                       THEN ${enoughForPage} ELSE -1 END) q) w
                   JOIN registrations r ON r.rowid = w.rid
                  WHERE (?4 IS NULL OR ?4 = 'waitlisted') AND ${filtered}
                  ORDER BY w.createdAt, w.rid LIMIT ${enoughForPage})`;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function toEntry(row: RosterRow): RosterEntry {
  return {
    id: row.id,
    shortCode: row.shortCode,
    status: row.status,
    position: row.position,
    offerExpiresAt: iso(row.offerExpiresAt),
    answers: row.answers ? (JSON.parse(row.answers) as RosterEntry["answers"]) : {},
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

/** An event, named with its organisation's slug: a roster is only ever read within it. */
export interface EventOfOrganisation {
  organisationSlug: string;
  eventId: string;
}

/** A page of the roster: `limit` people from `offset` (the order is computed, not an index's). */
export interface RosterPage {
  limit: number;
  offset: number;
}

/**
 * The roster's rows, filtered, confirmed first (by name), then the waitlist in order, then
 * cancelled (by name); a page of them, or everyone without `page`. Each part is read in its
 * index's order and only as far as the page needs: the first page of 2,000 people reads about
 * a hundred of them.
 */
export function selectRoster(
  db: D1Database,
  event: EventOfOrganisation,
  filter: RosterFilter,
  page: RosterPage = { limit: -1, offset: 0 },
): D1PreparedStatement {
  const like = filter.q ? `%${filter.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%` : null;
  return db
    .prepare(
      `WITH page AS (${byName(0, "confirmed")} UNION ALL ${offeredByDeadline}
                     UNION ALL ${waitlistInOrder} UNION ALL ${byName(3, "cancelled")}
                     LIMIT ?7 OFFSET ?8)
       SELECT ${personColumns}, page.position FROM page JOIN registrations r ON r.rowid = page.rid
        ORDER BY page.part, CASE WHEN page.part = 1 THEN r.offer_expires_at END,
                 CASE WHEN page.part = 2 THEN r.created_at END,
                 CASE WHEN page.part IN (1, 2) THEN r.rowid END, r.name COLLATE NOCASE, r.id`,
    )
    .bind(
      event.eventId,
      like,
      filter.q ?? null,
      filter.status ?? null,
      filter.slot ?? null,
      filter.code ?? null,
      page.limit,
      page.offset,
      event.organisationSlug,
    );
}

/**
 * Totals for the whole event, whatever the filter: a row of sums per status (one pass along the
 * covering index on event and status, no test of each row's status per figure), then one row with
 * the interpreter languages confirmed people asked for.
 */
export function selectRosterTotals(
  db: D1Database,
  event: EventOfOrganisation,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT status, SUM(adults) AS adults, SUM(children) AS children,
              SUM(CASE WHEN checked_in_at IS NOT NULL THEN adults + children END) AS checkedIn,
              NULL AS languages
         FROM registrations WHERE event_id = ${eventOf("?2")} GROUP BY status
       UNION ALL
       SELECT NULL, 0, 0, 0, json_group_object(language, people) FROM (
         SELECT MIN(interpreter_language) AS language, SUM(adults + children) AS people -- one spelling
           FROM registrations
          WHERE event_id = ${eventOf("?2")} AND status = 'confirmed'
            AND interpreter_language IS NOT NULL
          GROUP BY interpreter_language COLLATE NOCASE)`,
    )
    .bind(event.eventId, event.organisationSlug);
}

export function parseRoster(rows: unknown[]): RosterEntry[] {
  return (rows as RosterRow[]).map(toEntry);
}

interface TotalsRow {
  status: RegistrationStatus | null;
  adults: number;
  children: number;
  checkedIn: number | null;
  languages: string | null;
}

export function parseTotals(rows: unknown[]): RosterTotals {
  const byStatus = new Map<RegistrationStatus | null, TotalsRow>(
    (rows as TotalsRow[]).map((row) => [row.status, row]),
  );
  const people = (status: RegistrationStatus) => {
    const row = byStatus.get(status);
    return row ? row.adults + row.children : 0;
  };
  const confirmed = byStatus.get("confirmed");
  return {
    confirmedPeople: people("confirmed"),
    waitlistedPeople: people("waitlisted"),
    offeredPeople: people("offered"),
    cancelledPeople: people("cancelled"),
    adults: confirmed?.adults ?? 0,
    children: confirmed?.children ?? 0,
    checkedInPeople: confirmed?.checkedIn ?? 0,
    interpreterLanguages: JSON.parse(byStatus.get(null)?.languages ?? "{}") as Record<
      string,
      number
    >,
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
