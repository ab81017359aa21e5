import { and, eq, isNull } from "drizzle-orm";
import { registrations, visitFeedback } from "../../schema/tables/index.js";
import { firstRow } from "../db/first-row.js";
import { orm } from "../db/orm.js";

/** What a reminder's or a feedback link's page needs of its sign-up. */
export interface LinkTarget {
  id: string;
  slotId: string;
  status: string;
  attendanceConfirmedAt: number | null;
  locale: string;
  defaultLocale: string;
  /** The event's title as stored (JSON, per language). */
  title: string;
}

export function findLinkTarget(db: D1Database, registrationId: string) {
  return firstRow<LinkTarget>(
    db
      .prepare(
        `SELECT r.id, r.slot_id AS slotId, r.status, r.attendance_confirmed_at AS attendanceConfirmedAt,
                r.locale, o.default_locale AS defaultLocale, e.title
           FROM registrations r JOIN events e ON e.id = r.event_id
           JOIN organisations o ON o.id = r.organisation_id
          WHERE r.id = ?1`,
      )
      .bind(registrationId),
  );
}

/**
 * The person said from their reminder that they are coming. Only once, and only while they hold a
 * place: the conditions are in the statement, so a second press says "already used".
 */
export async function confirmAttendance(
  db: D1Database,
  registrationId: string,
  now: number,
): Promise<boolean> {
  const result = await orm(db)
    .update(registrations)
    .set({ attendanceConfirmedAt: now, updatedAt: now })
    .where(
      and(
        eq(registrations.id, registrationId),
        eq(registrations.status, "confirmed"),
        isNull(registrations.attendanceConfirmedAt),
      ),
    )
    .run();
  return (result.meta.changes ?? 0) > 0;
}

/** Whether the sign-up has already answered the feedback form (one answer each). */
export async function hasAnsweredFeedback(
  db: D1Database,
  registrationId: string,
): Promise<boolean> {
  const row = await orm(db)
    .select({ id: visitFeedback.id })
    .from(visitFeedback)
    .where(eq(visitFeedback.registrationId, registrationId))
    .get();
  return row !== undefined;
}
