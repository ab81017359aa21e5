import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type { RegistrationStatus } from "../../schema/contracts/registrations.js";
import { firstRow } from "../db/first-row.js";
import { waitlistPosition } from "../booking/waitlist-position.js";

/** Where a short link leads: the organisation and the event, if the event is public. */
export interface ShortLinkTarget {
  organisationSlug: string;
  eventId: string;
}

/**
 * The event behind a short link: its id, or its id without the `evt_` every generated id starts
 * with (the link is then four characters shorter). Drafts lead nowhere.
 */
export function findShortLinkTarget(db: D1Database, code: string): Promise<ShortLinkTarget | null> {
  return firstRow<ShortLinkTarget>(
    db
      .prepare(
        `SELECT o.slug AS organisationSlug, e.id AS eventId
           FROM events e JOIN organisations o ON o.id = e.organisation_id
          WHERE e.id IN (?1, 'evt_' || ?1) AND e.status IN ('published', 'cancelled')
          ORDER BY e.id = ?1 DESC LIMIT 1`,
      )
      .bind(code),
  );
}

/** What the confirmation page says about a sign-up, read with its event, in one round trip. */
export interface ReceiptRegistration {
  id: string;
  status: RegistrationStatus;
  position: number | null;
  shortCode: string | null;
  emailGiven: number;
  locale: string;
  defaultLocale: string;
  eventTitle: LocaleText;
  startsAt: number;
  endsAt: number;
  timeZone: string;
}

type ReceiptRow = Omit<ReceiptRegistration, "eventTitle"> & { eventTitle: string };

/** The sign-up, only if it belongs to this event of this organisation. */
export async function findReceiptRegistration(
  db: D1Database,
  where: { registrationId: string; eventId: string; organisationSlug: string },
): Promise<ReceiptRegistration | null> {
  const row = await firstRow<ReceiptRow>(
    db
      .prepare(
        `SELECT r.id, r.status, r.short_code AS shortCode, r.email IS NOT NULL AS emailGiven,
                r.locale, ${waitlistPosition} AS position, o.default_locale AS defaultLocale,
                e.title AS eventTitle, e.starts_at AS startsAt, e.ends_at AS endsAt,
                e.time_zone AS timeZone
           FROM registrations r
           JOIN events e ON e.id = r.event_id
           JOIN organisations o ON o.id = r.organisation_id
          WHERE r.id = ?1 AND e.id = ?2 AND o.slug = ?3`,
      )
      .bind(where.registrationId, where.eventId, where.organisationSlug),
  );
  return row && { ...row, eventTitle: JSON.parse(row.eventTitle) as LocaleText };
}
