/**
 * A coordinator's locks and bans on a season's pairs. Each write is one statement for a batch
 * that also moves the season's `pairingVersion` on (`bumpVersion`), so a proposal read before it
 * is stale.
 */

/** Unlocks the learner's locked, still proposed pair (no change when there is none). */
export const unlockStatement = (db: D1Database, seasonId: string, learnerId: string) =>
  db
    .prepare(
      `UPDATE mentoring_pairs SET locked = 0
        WHERE season_id = ?1 AND learner_id = ?2 AND state = 'proposed' AND locked = 1`,
    )
    .bind(seasonId, learnerId);

interface Ban {
  mentorId: string;
  learnerId: string;
  createdBy: string;
  now: number;
}

/**
 * Never these two: the ban (only for a mentor and a learner of this season; once), and their
 * proposed pair, if they had one, goes.
 */
export function banStatements(db: D1Database, seasonId: string, ban: Ban): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `INSERT INTO mentoring_bans (season_id, mentor_id, learner_id, created_by, created_at)
         SELECT ?1, m.id, l.id, ?4, ?5 FROM mentoring_people m, mentoring_people l
          WHERE m.id = ?2 AND m.season_id = ?1 AND m.role = 'mentor'
            AND l.id = ?3 AND l.season_id = ?1 AND l.role = 'learner'
         ON CONFLICT DO NOTHING`,
      )
      .bind(seasonId, ban.mentorId, ban.learnerId, ban.createdBy, ban.now),
    db
      .prepare(
        `DELETE FROM mentoring_pairs
          WHERE season_id = ?1 AND mentor_id = ?2 AND learner_id = ?3 AND state = 'proposed'`,
      )
      .bind(seasonId, ban.mentorId, ban.learnerId),
  ];
}

/** Whether these two are banned in the season (a ban made again inserts nothing). */
export async function isBanned(
  db: D1Database,
  seasonId: string,
  mentorId: string,
  learnerId: string,
): Promise<boolean> {
  const row = await db
    .prepare(
      `SELECT 1 FROM mentoring_bans WHERE season_id = ?1 AND mentor_id = ?2 AND learner_id = ?3`,
    )
    .bind(seasonId, mentorId, learnerId)
    .first();
  return row !== null;
}

/** These two may be paired again. */
export const unbanStatement = (
  db: D1Database,
  seasonId: string,
  mentorId: string,
  learnerId: string,
) =>
  db
    .prepare(
      `DELETE FROM mentoring_bans WHERE season_id = ?1 AND mentor_id = ?2 AND learner_id = ?3`,
    )
    .bind(seasonId, mentorId, learnerId);
