import { erasePersonalDataPastRetention } from "../queries/registrations.js";

/** Cron: personal data is erased automatically once the retention period after the event ends. */
export async function runRetention(db: D1Database, now: number): Promise<void> {
  const erased = await erasePersonalDataPastRetention(db, now);
  if (erased > 0) console.log(`retention: erased personal data of ${erased} registrations`);
}
