import { isCheckViolation } from "../booking/d1-errors.js";
import { ApiError } from "../http/errors.js";
import { newId, sha256Hex } from "../lib/crypto.js";
import type { ShiftRow } from "../queries/shifts.js";

export interface ShiftBooker {
  volunteerId: string;
  organisationId: string;
  name: string;
  email: string | null;
  phone: string | null;
  locale: string;
  languages: string[];
  manageTokenHash: string;
}

/**
 * Books several shifts in one batch, all or nothing: a registration per shift and one more place
 * taken; a shift that filled up meanwhile fails its CHECK and nothing is booked. `before` are
 * statements to run first in the same batch (creating the volunteer).
 */
export async function bookShifts(
  db: D1Database,
  booker: ShiftBooker,
  shifts: ShiftRow[],
  now: number,
  before: D1PreparedStatement[] = [],
): Promise<void> {
  const statements = [...before];
  for (const shift of shifts) {
    const registrationId = newId("reg");
    statements.push(
      db
        .prepare(
          `INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, children, name,
              email, phone, locale, languages, consent_at, idempotency_key_hash, request_hash,
              manage_token_hash, created_at, updated_at, volunteer_id)
           VALUES (?1, ?2, ?3, ?4, 'confirmed', 1, 0, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'volunteer', ?12, ?10, ?10, ?13)`,
        )
        .bind(
          registrationId,
          booker.organisationId,
          shift.eventId,
          shift.id,
          booker.name,
          booker.email,
          booker.phone,
          booker.locale,
          JSON.stringify(booker.languages),
          now,
          await sha256Hex(`volunteer-shift:${registrationId}`),
          booker.manageTokenHash,
          booker.volunteerId,
        ),
      db.prepare(`UPDATE slots SET taken = taken + 1 WHERE id = ?1`).bind(shift.id),
    );
  }
  try {
    await db.batch(statements);
  } catch (error) {
    if (!isCheckViolation(error)) throw error;
    throw new ApiError(
      409,
      "slot_full",
      "One of the shifts filled up just now. Nothing was booked; choose again.",
    );
  }
}
