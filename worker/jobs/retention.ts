import { housekeepingStatements } from "./housekeeping-queries.js";
import { eraseEndedSeasons } from "./erase-ended-seasons.js";
import {
  eraseRoundPastRetention,
  eventsDueForRetention,
  markPeopleErased,
  type RetentionRound,
} from "./retention-queries.js";

/** Rows per kind and round: small enough that one batch stays well inside D1's limits. */
const roundSize = 200;
/**
 * A cron run stops here and the next run carries on where it stopped: 25 rounds keep the whole
 * run within 50 D1 queries (see run-scheduled.ts).
 */
const maxRounds = 25;
/** Events a run erases the people of, oldest first; the next run takes the next ones. */
const eventsPerRun = 500;

/**
 * Cron: personal data is erased automatically once the retention period after the event ends
 * (registrations, volunteers, cook applications and their dishes, feedback comments, message
 * bodies and dev-mailbox copies, Language Friend seasons' people and check-in comments), and ended sessions, old invitations, stale sign-in throttles
 * and delivered messages are deleted. Events whose people are all erased are marked, so an idle
 * run reads about one row per organisation, not the whole history.
 */
export async function runRetention(db: D1Database, now: number): Promise<void> {
  const total: RetentionRound = {
    registrations: 0,
    volunteers: 0,
    cookApplications: 0,
    feedback: 0,
    messages: 0,
  };
  const eventIds = await eventsDueForRetention(db, now, eventsPerRun);
  let finished = false;
  for (let round = 0; round < maxRounds && !finished; round += 1) {
    const erased = await eraseRoundPastRetention(db, now, roundSize, eventIds);
    for (const key of Object.keys(total) as (keyof RetentionRound)[]) total[key] += erased[key];
    finished = Object.values(erased).every((count) => count < roundSize);
  }
  // Everyone of these events is erased: later runs stop reading them.
  if (finished && eventIds.length > 0) await markPeopleErased(db, now, eventIds).run();
  if (Object.values(total).some((count) => count > 0)) {
    console.log(`retention: erased ${JSON.stringify(total)}`);
  }
  await eraseEndedSeasons(db, now);
  await db.batch(housekeepingStatements(db, now));
}
