import type { LocaleText } from "../../schema/contracts/locale-text.js";
import { firstRow } from "../db/first-row.js";
import { waitlistPosition } from "../booking/waitlist-position.js";

/** Everything a message about one registration needs, read when it is sent. */
export interface RegistrationMessageData {
  registrationId: string;
  email: string | null;
  name: string;
  locale: string;
  status: string;
  adults: number;
  children: number;
  shortCode: string | null;
  position: number | null;
  erasedAt: number | null;
  /** The deadline of an offer of a place (kept after it ran out, for the message saying so). */
  offerExpiresAt: number | null;
  /** Set when the event offers freed places for a while instead of giving them directly. */
  waitlistOfferHours: number | null;
  eventId: string;
  eventKind: string;
  title: LocaleText;
  summary: LocaleText;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  venueName: string | null;
  venueAddress: string | null;
  onlineUrl: string | null;
  eventStatus: string;
  updatedAt: number;
  calendarSequence: number;
  feedbackUrl: string | null;
  /** What to bring, per language, and who to call on the day: in confirmations and reminders. */
  whatToBring: LocaleText;
  dayContact: string | null;
  organisationName: string;
  organisationSlug: string;
  defaultLocale: string;
  /** A visit sign-up's own details; null for other events. */
  visit: VisitMessageData | null;
}

/** A stop of a visit's itinerary: the organiser wrote its name in several languages. */
export interface VisitStop {
  place: LocaleText;
  address: string | null;
  at: number;
}

/** Where the bus picks a group up: one name, as the organiser typed it. */
export interface VisitPickup {
  name: string;
  address: string | null;
  at: number;
}

/**
 * What each kind of visit sign-up needs to be told: a group its pick-up, a host their stop and
 * who is coming, an interpreter where to meet; everyone the day's outline.
 */
export interface VisitMessageData {
  audience: "visitor" | "host" | "interpreter";
  languages: string[];
  offer: string | null;
  pickup: VisitPickup | null;
  stop: VisitStop | null;
  /** An interpreter meets the group where the bus starts: the first pick-up point. */
  meetingPoint: VisitPickup | null;
  outline: VisitStop[];
  /** For hosts: the groups with seats, in people, and the languages they speak. */
  groups: { people: number; languages: string[] };
}

interface VisitRow {
  audience: VisitMessageData["audience"];
  languages: string[] | null;
  offer: string | null;
  pickup: VisitPickup | null;
  stop: VisitStop | null;
  meetingPoint: VisitPickup | null;
  outline: VisitStop[];
  groupPeople: number;
  groupLanguages: (string[] | null)[];
}

type Row = Omit<RegistrationMessageData, "title" | "summary" | "whatToBring" | "visit"> & {
  title: string;
  summary: string;
  whatToBring: string;
  visit: string | null;
};

const stopJson = `json_object('place', json(v.place), 'address', v.address, 'at', v.arrives_at)`;
const pickupJson = `json_object('name', p.name, 'address', p.address, 'at', p.departs_at)`;

/** A visit sign-up's details as one JSON value, read in the same query as the rest. */
const visitJson = `CASE WHEN e.kind = 'visit' THEN json_object(
    'audience', s.audience, 'languages', json(r.languages), 'offer', r.offer,
    'pickup', (SELECT ${pickupJson} FROM pickup_points p WHERE p.id = r.pickup_point_id),
    'stop', (SELECT ${stopJson} FROM visit_stops v WHERE v.id = s.stop_id),
    'meetingPoint', (SELECT ${pickupJson} FROM pickup_points p
                      WHERE p.event_id = e.id ORDER BY p.position LIMIT 1),
    'outline', (SELECT json_group_array(${stopJson})
                  FROM (SELECT * FROM visit_stops WHERE event_id = e.id ORDER BY position) v),
    'groupPeople', (SELECT COALESCE(SUM(g.adults + g.children), 0) FROM registrations g
                      JOIN slots gs ON gs.id = g.slot_id
                     WHERE g.event_id = e.id AND gs.audience = 'visitor' AND g.status = 'confirmed'),
    'groupLanguages', (SELECT json_group_array(json(g.languages)) FROM registrations g
                         JOIN slots gs ON gs.id = g.slot_id
                        WHERE g.event_id = e.id AND gs.audience = 'visitor'
                          AND g.status = 'confirmed' AND g.languages IS NOT NULL)
  ) END`;

function parseVisit(json: string | null): VisitMessageData | null {
  if (json === null) return null;
  const row = JSON.parse(json) as VisitRow;
  return {
    audience: row.audience,
    languages: row.languages ?? [],
    offer: row.offer,
    pickup: row.pickup,
    stop: row.stop,
    meetingPoint: row.meetingPoint,
    outline: row.outline,
    groups: {
      people: row.groupPeople,
      languages: [...new Set(row.groupLanguages.flatMap((list) => list ?? []))],
    },
  };
}

const registrationMessageSql = `SELECT r.id AS registrationId, r.email, r.name, r.locale, r.status, r.adults, r.children,
                r.short_code AS shortCode, r.erased_at AS erasedAt,
                r.offer_expires_at AS offerExpiresAt, ${waitlistPosition} AS position,
                e.waitlist_offer_hours AS waitlistOfferHours,
                e.id AS eventId, e.kind AS eventKind, e.title, e.summary, e.starts_at AS startsAt, e.ends_at AS endsAt,
                e.time_zone AS timeZone, e.venue_name AS venueName, e.venue_address AS venueAddress,
                e.online_url AS onlineUrl, e.status AS eventStatus, e.updated_at AS updatedAt,
                e.calendar_sequence + r.calendar_sequence AS calendarSequence, e.feedback_url AS feedbackUrl,
                e.what_to_bring AS whatToBring, e.day_contact AS dayContact,
                o.name AS organisationName, o.slug AS organisationSlug,
                o.default_locale AS defaultLocale, ${visitJson} AS visit
           FROM registrations r
           JOIN events e ON e.id = r.event_id
           JOIN slots s ON s.id = r.slot_id
           JOIN organisations o ON o.id = r.organisation_id`;

function parseRegistrationMessageData(row: Row): RegistrationMessageData {
  return {
    ...row,
    title: JSON.parse(row.title) as LocaleText,
    summary: JSON.parse(row.summary) as LocaleText,
    whatToBring: JSON.parse(row.whatToBring) as LocaleText,
    visit: parseVisit(row.visit),
  };
}

export async function findRegistrationMessageData(
  db: D1Database,
  registrationId: string,
): Promise<RegistrationMessageData | null> {
  const row = await firstRow<Row>(
    db.prepare(`${registrationMessageSql} WHERE r.id = ?1`).bind(registrationId),
  );
  return row && parseRegistrationMessageData(row);
}

/**
 * What the messages about several registrations need, as one statement for the caller's batch
 * (the ids go in as one JSON array: D1 binds at most 100 values). Read its result with
 * `registrationMessageDataFrom`.
 */
export function registrationMessageDataStatement(
  db: D1Database,
  registrationIds: readonly string[],
): D1PreparedStatement {
  return db
    .prepare(`${registrationMessageSql} WHERE r.id IN (SELECT value FROM json_each(?1))`)
    .bind(JSON.stringify(registrationIds));
}

/** The rows of `registrationMessageDataStatement`, by registration id. */
export function registrationMessageDataFrom(
  result: D1Result,
): Map<string, RegistrationMessageData> {
  return new Map(
    (result.results as Row[]).map((row) => [row.registrationId, parseRegistrationMessageData(row)]),
  );
}

export interface DigestData {
  email: string;
  displayName: string;
  locale: string;
  organisationName: string;
  organisationSlug: string;
  defaultLocale: string;
  events: {
    title: LocaleText;
    newSignUps: number;
    confirmedPeople: number;
    waitlistedPeople: number;
  }[];
}

/**
 * An organiser's digest, as two statements for the caller's batch: who they are (only while they
 * still want the digest), and per event the sign-ups made in [since, until) and the totals now.
 * Read their results with `digestDataFrom`.
 */
export function digestDataStatements(
  db: D1Database,
  message: { userId: string; organisationId: string; since: number; until: number },
): [D1PreparedStatement, D1PreparedStatement] {
  return [
    db
      .prepare(
        `SELECT u.email, u.display_name AS displayName, u.locale, o.name AS organisationName,
                o.slug AS organisationSlug, o.default_locale AS defaultLocale
           FROM memberships m JOIN users u ON u.id = m.user_id
           JOIN organisations o ON o.id = m.organisation_id
          WHERE m.user_id = ?1 AND m.organisation_id = ?2 AND m.digest_opt_in = 1`,
      )
      .bind(message.userId, message.organisationId),
    db
      .prepare(
        `SELECT e.title,
                SUM(r.created_at >= ?2 AND r.created_at < ?3) AS newSignUps,
                COALESCE(SUM(CASE WHEN r.status = 'confirmed' THEN r.adults + r.children END), 0) AS confirmedPeople,
                COALESCE(SUM(CASE WHEN r.status = 'waitlisted' THEN r.adults + r.children END), 0) AS waitlistedPeople
           FROM events e JOIN registrations r ON r.event_id = e.id
          WHERE e.organisation_id = ?1
          GROUP BY e.id
         HAVING newSignUps > 0
          ORDER BY e.starts_at`,
      )
      .bind(message.organisationId, message.since, message.until),
  ];
}

/** The digest from the results of `digestDataStatements`; null when they no longer want it. */
export function digestDataFrom(person: D1Result, events: D1Result): DigestData | null {
  const found = person.results[0] as Omit<DigestData, "events"> | undefined;
  if (!found) return null;
  return {
    ...found,
    events: (
      events.results as (Omit<DigestData["events"][number], "title"> & { title: string })[]
    ).map((event) => ({ ...event, title: JSON.parse(event.title) as LocaleText })),
  };
}
