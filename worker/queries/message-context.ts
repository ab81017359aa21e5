import type { LocaleText } from "../../schema/contracts/locale-text.js";
import { firstRow } from "./first-row.js";

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
  organisationName: string;
  organisationSlug: string;
  defaultLocale: string;
}

type Row = Omit<RegistrationMessageData, "title" | "summary"> & { title: string; summary: string };

export async function findRegistrationMessageData(
  db: D1Database,
  registrationId: string,
): Promise<RegistrationMessageData | null> {
  const row = await firstRow<Row>(
    db
      .prepare(
        `SELECT r.id AS registrationId, r.email, r.name, r.locale, r.status, r.adults, r.children,
                r.short_code AS shortCode, r.erased_at AS erasedAt,
                CASE WHEN r.status = 'waitlisted' THEN
                  (SELECT COUNT(*) FROM registrations w
                    WHERE w.slot_id = r.slot_id AND w.status = 'waitlisted'
                      AND (w.created_at, w.rowid) <= (r.created_at, r.rowid))
                END AS position,
                e.id AS eventId, e.kind AS eventKind, e.title, e.summary, e.starts_at AS startsAt, e.ends_at AS endsAt,
                e.time_zone AS timeZone, e.venue_name AS venueName, e.venue_address AS venueAddress,
                e.online_url AS onlineUrl, e.status AS eventStatus, e.updated_at AS updatedAt,
                e.calendar_sequence AS calendarSequence, e.feedback_url AS feedbackUrl,
                o.name AS organisationName, o.slug AS organisationSlug,
                o.default_locale AS defaultLocale
           FROM registrations r
           JOIN events e ON e.id = r.event_id
           JOIN organisations o ON o.id = r.organisation_id
          WHERE r.id = ?1`,
      )
      .bind(registrationId),
  );
  if (!row) return null;
  return {
    ...row,
    title: JSON.parse(row.title) as LocaleText,
    summary: JSON.parse(row.summary) as LocaleText,
  };
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

/** An organiser's digest: per event, the sign-ups made in [since, until) and the totals now. */
export async function findDigestData(
  db: D1Database,
  message: { userId: string; organisationId: string; since: number; until: number },
): Promise<DigestData | null> {
  const [person, events] = await db.batch([
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
  ]);
  const found = person!.results[0] as Omit<DigestData, "events"> | undefined;
  if (!found) return null;
  return {
    ...found,
    events: (
      events!.results as (Omit<DigestData["events"][number], "title"> & { title: string })[]
    ).map((event) => ({ ...event, title: JSON.parse(event.title) as LocaleText })),
  };
}
