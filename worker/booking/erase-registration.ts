import { cancelStatements } from "./cancel-registration.js";

/**
 * Erases a person's data on request: cancels (freeing places and promoting from the waitlist)
 * and blanks every personal field, in one batch. The row stays so counts and history add up.
 */
export async function eraseRegistration(
  db: D1Database,
  registrationId: string,
  slotId: string,
  now: number,
): Promise<void> {
  await db.batch([
    ...cancelStatements(db, registrationId, slotId, now),
    db
      .prepare(
        `UPDATE registrations
            SET name = '', email = NULL, phone = NULL, interpreter_language = NULL,
                accessibility_needs = NULL, dietary_needs = NULL, erased_at = ?2, updated_at = ?2
          WHERE id = ?1`,
      )
      .bind(registrationId, now),
  ]);
}
