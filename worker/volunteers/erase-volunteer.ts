import { cancelStatements } from "../booking/cancel-registration.js";
import { isNotNullViolation } from "../booking/d1-errors.js";
import {
  blankRegistrationSql,
  blankVolunteerSql,
  eraseRegistrationTraces,
} from "../jobs/retention-queries.js";
import type { ScheduleRow } from "./volunteer-queries.js";

/**
 * The batch's last word: if the volunteer still holds a shift that has not ended — one added
 * after `schedule` was read, so it was not given back — the NOT NULL on the name fails and the
 * whole batch rolls back, rather than leave a nameless registration holding a place.
 */
function assertNothingHeld(db: D1Database, volunteerId: string, now: number) {
  return db
    .prepare(
      `UPDATE volunteers
          SET name = CASE WHEN EXISTS (
                SELECT 1 FROM registrations r JOIN slots s ON s.id = r.slot_id
                 WHERE r.volunteer_id = ?1 AND r.status <> 'cancelled' AND s.ends_at > ?2
              ) THEN NULL ELSE name END
        WHERE id = ?1`,
    )
    .bind(volunteerId, now);
}

/** The failure `assertNothingHeld` uses. */
const isShiftAddedMeanwhile = (error: unknown) => isNotNullViolation(error, "volunteers.name");

/**
 * Erases a volunteer on request, in one batch: gives back the shifts they hold that have not
 * ended (promoting from each shift's waitlist), then blanks them, every shift row of theirs and
 * those rows' messages. Past shifts stay, without a name, so the hours still add up. A shift
 * added while the erase ran makes it read the schedule again and retry (`readSchedule`).
 */
export async function eraseVolunteer(
  db: D1Database,
  volunteerId: string,
  readSchedule: () => Promise<ScheduleRow[]>,
  now: number,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await db.batch(eraseStatements(db, volunteerId, await readSchedule(), now));
      return;
    } catch (error) {
      if (!isShiftAddedMeanwhile(error) || attempt === 3) throw error;
    }
  }
}

function eraseStatements(
  db: D1Database,
  volunteerId: string,
  schedule: ScheduleRow[],
  now: number,
): D1PreparedStatement[] {
  const held = schedule.filter((row) => row.status !== "cancelled" && row.endsAt > now);
  return [
    ...held.flatMap((row) => cancelStatements(db, row.registrationId, row.shiftId, now)),
    ...schedule.flatMap((row) => eraseRegistrationTraces(db, row.registrationId)),
    db
      .prepare(`UPDATE registrations SET ${blankRegistrationSql} WHERE volunteer_id = ?1`)
      .bind(volunteerId, now),
    db
      .prepare(`UPDATE volunteers SET ${blankVolunteerSql} WHERE id = ?1 AND erased_at IS NULL`)
      .bind(volunteerId, now),
    assertNothingHeld(db, volunteerId, now),
  ];
}
