import { isCheckViolation, isNotNullViolation } from "../booking/d1-errors.js";
import { ApiError, problem } from "../http/errors.js";
import { newId, sha256Hex } from "../lib/crypto.js";
import type { ShiftRow } from "./shift-queries.js";

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
 * Inserts one confirmed shift for a volunteer, unless they already hold a shift that overlaps it
 * by more than the organisation's grace period (or this very shift), or erased their data
 * meanwhile — checked in the insert itself, against the rows as they are when the batch runs, so
 * two concurrent adds (or an add and an erase) cannot both pass a check each made before the
 * other was written.
 *
 * Hand-written for that refusal: SQLite has no RAISE outside triggers, so an overlapping shift
 * gets a NULL status (and an erased volunteer's a NULL slot), which fails the NOT NULL constraint
 * and rolls the whole batch back, the way a full slot's CHECK does (`isShiftOverlap`,
 * `isVolunteerErased`). The overlap rule is `overlaps` in shift-rules.ts.
 */
function insertShift(
  db: D1Database,
  booker: ShiftBooker,
  shift: ShiftRow,
  registrationId: string,
  bookingHash: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, children, name,
          email, phone, locale, languages, consent_at, idempotency_key_hash, request_hash,
          manage_token_hash, created_at, updated_at, volunteer_id)
       VALUES (?1, ?2, ?3,
         CASE WHEN EXISTS (SELECT 1 FROM volunteers WHERE id = ?13 AND erased_at IS NOT NULL)
              THEN NULL ELSE ?4 END,
         CASE WHEN EXISTS (
           SELECT 1 FROM registrations held
             JOIN slots mine ON mine.id = held.slot_id
             JOIN slots wanted ON wanted.id = ?4
             JOIN organisations o ON o.id = ?2
            WHERE held.volunteer_id = ?13 AND held.status = 'confirmed'
              AND (mine.id = wanted.id
                OR (mine.starts_at < wanted.ends_at - o.shift_grace_minutes * 60000
                    AND wanted.starts_at < mine.ends_at - o.shift_grace_minutes * 60000))
         ) THEN NULL ELSE 'confirmed' END,
         1, 0, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'volunteer', ?12, ?10, ?10, ?13)`,
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
      bookingHash,
      booker.manageTokenHash,
      booker.volunteerId,
    );
}

/** The failure `insertShift` uses to refuse a shift that overlaps one the volunteer holds. */
const isShiftOverlap = (error: unknown) => isNotNullViolation(error, "registrations.status");

/** The failure `insertShift` uses to refuse a shift for a volunteer who erased their data. */
const isVolunteerErased = (error: unknown) => isNotNullViolation(error, "registrations.slot_id");

/**
 * Books several shifts in one batch, all or nothing: a registration per shift and one more place
 * taken. A shift that filled up meanwhile fails its CHECK, and one that overlaps a shift the
 * volunteer took meanwhile fails its insert; either way nothing is booked. `before` are
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
      insertShift(
        db,
        booker,
        shift,
        registrationId,
        await sha256Hex(`volunteer-shift:${registrationId}`),
        now,
      ),
      db.prepare(`UPDATE slots SET taken = taken + 1 WHERE id = ?1`).bind(shift.id),
    );
  }
  try {
    await db.batch(statements);
  } catch (error) {
    if (isShiftOverlap(error)) {
      throw new ApiError(
        422,
        "validation_failed",
        "Some shifts cannot be booked. See the fields listed.",
        {
          shiftIds: problem(
            "shift_overlap",
            "One of these shifts overlaps another on the same schedule, added just now. Nothing was booked.",
          ),
        },
      );
    }
    if (isVolunteerErased(error)) {
      throw new ApiError(404, "not_found", "This volunteer's data was erased. Nothing was booked.");
    }
    if (!isCheckViolation(error)) throw error;
    throw new ApiError(
      409,
      "slot_full",
      "One of the shifts filled up just now. Nothing was booked; choose again.",
    );
  }
}
