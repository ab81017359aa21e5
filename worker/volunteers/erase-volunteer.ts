import { cancelStatements } from "../booking/cancel-registration.js";
import {
  blankRegistrationSql,
  blankVolunteerSql,
  eraseRegistrationTraces,
} from "../queries/retention.js";
import type { ScheduleRow } from "../queries/volunteers.js";

/**
 * Erases a volunteer on request, in one batch: gives back the shifts they hold that have not
 * ended (promoting from each shift's waitlist), then blanks them, every shift row of theirs and
 * those rows' messages. Past shifts stay, without a name, so the hours still add up.
 */
export async function eraseVolunteer(
  db: D1Database,
  volunteerId: string,
  schedule: ScheduleRow[],
  now: number,
): Promise<void> {
  const held = schedule.filter((row) => row.status !== "cancelled" && row.endsAt > now);
  await db.batch([
    ...held.flatMap((row) => cancelStatements(db, row.registrationId, row.shiftId, now)),
    ...schedule.flatMap((row) => eraseRegistrationTraces(db, row.registrationId)),
    db
      .prepare(`UPDATE registrations SET ${blankRegistrationSql} WHERE volunteer_id = ?1`)
      .bind(volunteerId, now),
    db
      .prepare(`UPDATE volunteers SET ${blankVolunteerSql} WHERE id = ?1 AND erased_at IS NULL`)
      .bind(volunteerId, now),
  ]);
}
