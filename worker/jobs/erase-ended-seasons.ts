import { eraseRelayOfSeasonsStatements } from "../mentoring/relay-queries.js";

/** People a run erases at most, per season kind of row: the next run takes the rest. */
const perRun = 500;
const dayMs = 86_400_000;

/**
 * Language Friend seasons follow the same promise as events: once a season has ended and its
 * organisation's retention days have passed, every mentor's and learner's personal fields (their
 * answers to the season's own questions too) and every check-in comment are erased (the rows stay, counted in the report). A season whose
 * people are all erased is marked, so later runs stop reading it.
 */
export async function eraseEndedSeasons(db: D1Database, now: number): Promise<void> {
  const due = `SELECT s.id FROM mentoring_seasons s JOIN organisations o ON o.id = s.organisation_id
                WHERE s.people_erased_at IS NULL AND s.ends_on + o.retention_days * ${dayMs} <= ?1`;
  const [people] = await db.batch([
    db
      .prepare(
        `UPDATE mentoring_people SET status = 'withdrawn', first_name = '', email = NULL,
           languages = '[]', availability = '[]', region = NULL, interests = '[]',
           interests_other = '', gender = NULL, age = NULL,
           wants = '{"gender":null,"ageMin":null,"ageMax":null}', answers = '{}', erased_at = ?1,
           updated_at = ?1
          WHERE id IN (SELECT id FROM mentoring_people
                        WHERE erased_at IS NULL AND season_id IN (${due}) LIMIT ${perRun})`,
      )
      .bind(now),
    db
      .prepare(
        `UPDATE mentoring_check_ins SET comment = NULL
          WHERE comment IS NOT NULL
            AND pair_id IN (SELECT id FROM mentoring_pairs WHERE season_id IN (${due}))`,
      )
      .bind(now),
    // Messages relayed between partners: their record, and any words still waiting to be sent.
    ...eraseRelayOfSeasonsStatements(db, due, now),
  ]);
  if ((people?.meta.changes ?? 0) < perRun) {
    await db
      .prepare(`UPDATE mentoring_seasons SET people_erased_at = ?1 WHERE id IN (${due})`)
      .bind(now)
      .run();
  }
}
