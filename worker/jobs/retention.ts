import { housekeepingStatements } from "../queries/housekeeping.js";
import { erasePersonalDataPastRetention } from "../queries/registrations.js";

/**
 * Cron: personal data is erased automatically once the retention period after the event ends,
 * and ended sessions, old invitations, stale sign-in throttles and delivered messages are deleted.
 */
export async function runRetention(db: D1Database, now: number): Promise<void> {
  const erased = await erasePersonalDataPastRetention(db, now);
  if (erased > 0) console.log(`retention: erased personal data of ${erased} registrations`);
  await db.batch(housekeepingStatements(db, now));
}
