import { blankRegistrationSql, eraseRegistrationTraces } from "../jobs/retention-queries.js";
import { cancelStatements } from "./cancel-registration.js";

/**
 * Erases a person's data on request: cancels (freeing places and promoting from the waitlist)
 * and blanks every personal field (visit answers and check-in times included), its messages'
 * bodies, dev-mailbox copies and feedback comment, in one batch. The row stays so counts and
 * history add up.
 */
export async function eraseRegistration(
  db: D1Database,
  registrationId: string,
  slotId: string,
  now: number,
): Promise<void> {
  await db.batch([
    ...cancelStatements(db, registrationId, slotId, now),
    ...eraseRegistrationTraces(db, registrationId),
    db
      .prepare(`UPDATE registrations SET ${blankRegistrationSql} WHERE id = ?1`)
      .bind(registrationId, now),
  ]);
}
