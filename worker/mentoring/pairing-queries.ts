import type { ProposedPair } from "./matching/solve-season.js";

/**
 * The writes of a proposal. Each batch starts by moving the season's `pairing_version` on from
 * the one the coordinator saw and setting a marker; every later statement applies only where the
 * marker is set, so a stale solve or publish (two coordinators at once) changes nothing at all.
 */

const marked = `EXISTS (SELECT 1 FROM mentoring_seasons WHERE id = ?1 AND solve_marker = ?2)`;

export function claimProposal(
  db: D1Database,
  seasonId: string,
  marker: string,
  seenVersion: number,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE mentoring_seasons SET pairing_version = pairing_version + 1, solve_marker = ?2, updated_at = ?4
        WHERE id = ?1 AND pairing_version = ?3`,
    )
    .bind(seasonId, marker, seenVersion, now);
}

/** Replaces the unlocked proposed pairs with `pairs` (locked and published ones stay). */
export function replaceProposalStatements(
  db: D1Database,
  seasonId: string,
  marker: string,
  pairs: readonly ProposedPair[],
  now: number,
): D1PreparedStatement[] {
  const fresh = pairs
    .filter((pair) => !pair.locked)
    .map((pair) => ({
      id: `mpr_${crypto.randomUUID().replaceAll("-", "").slice(0, 20)}`,
      mentorId: pair.mentorId,
      learnerId: pair.learnerId,
      score: pair.score,
      reasons: pair.reasons,
    }));
  return [
    db
      .prepare(
        `DELETE FROM mentoring_pairs WHERE season_id = ?1 AND state = 'proposed' AND locked = 0 AND ${marked}`,
      )
      .bind(seasonId, marker),
    db
      .prepare(
        `INSERT INTO mentoring_pairs (id, season_id, mentor_id, learner_id, state, locked, score, reasons, created_at)
         SELECT value ->> 'id', ?1, value ->> 'mentorId', value ->> 'learnerId', 'proposed', 0,
                value ->> 'score', json(value -> 'reasons'), ?4
           FROM json_each(?3) WHERE ${marked}`,
      )
      .bind(seasonId, marker, JSON.stringify(fresh), now),
  ];
}

/** A pair the coordinator fixes by hand: the learner's and mentor's unlocked proposals give way. */
export function lockPairStatements(
  db: D1Database,
  seasonId: string,
  pair: ProposedPair,
  now: number,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `DELETE FROM mentoring_pairs WHERE season_id = ?1 AND state = 'proposed'
            AND (learner_id = ?2 OR (mentor_id = ?3 AND locked = 0))`,
      )
      .bind(seasonId, pair.learnerId, pair.mentorId),
    db
      .prepare(
        `INSERT INTO mentoring_pairs (id, season_id, mentor_id, learner_id, state, locked, score, reasons, created_at)
         VALUES (?1, ?2, ?3, ?4, 'proposed', 1, ?5, ?6, ?7)`,
      )
      .bind(
        `mpr_${crypto.randomUUID().replaceAll("-", "").slice(0, 20)}`,
        seasonId,
        pair.mentorId,
        pair.learnerId,
        pair.score,
        JSON.stringify(pair.reasons),
        now,
      ),
    bumpVersion(db, seasonId),
  ];
}

export const bumpVersion = (db: D1Database, seasonId: string) =>
  db
    .prepare(`UPDATE mentoring_seasons SET pairing_version = pairing_version + 1 WHERE id = ?1`)
    .bind(seasonId);

/**
 * Publishing: each person of every proposed pair gets an introduction (queued in this batch),
 * and the pairs become published (kept by every later solve).
 */
export function publishStatements(
  db: D1Database,
  seasonId: string,
  marker: string,
  now: number,
): D1PreparedStatement[] {
  const introduce = (side: "mentor_id" | "learner_id") =>
    db
      .prepare(
        `INSERT INTO outbox (id, organisation_id, kind, mentoring_person_id, payload, next_attempt_at, created_at)
         SELECT 'msg_' || lower(hex(randomblob(10))), person.organisation_id, 'mentoring_introduction',
                person.id, json_object('pairId', p.id), ?3, ?3
           FROM mentoring_pairs p JOIN mentoring_people person ON person.id = p.${side}
          WHERE p.season_id = ?1 AND p.state = 'proposed' AND person.email IS NOT NULL
            AND person.erased_at IS NULL AND ${marked}`,
      )
      .bind(seasonId, marker, now);
  return [
    db
      .prepare(
        `UPDATE mentoring_seasons SET published_at = coalesce(published_at, ?3) WHERE id = ?1 AND ${marked}`,
      )
      .bind(seasonId, marker, now),
    introduce("mentor_id"),
    introduce("learner_id"),
    db
      .prepare(
        `UPDATE mentoring_pairs SET state = 'published', published_at = ?3, locked = 1
          WHERE season_id = ?1 AND state = 'proposed' AND ${marked}`,
      )
      .bind(seasonId, marker, now),
  ];
}

/** How many pairs the season still proposes (none after publishing them). */
export async function countProposed(db: D1Database, seasonId: string): Promise<number> {
  const row = await db
    .prepare(
      `SELECT count(*) AS n FROM mentoring_pairs WHERE season_id = ?1 AND state = 'proposed'`,
    )
    .bind(seasonId)
    .first<{ n: number }>();
  return row?.n ?? 0;
}

/** A published pair ends early (no change for one that is not running): both may be paired again. */
export const endPairStatement = (db: D1Database, seasonId: string, pairId: string, now: number) =>
  db
    .prepare(
      `UPDATE mentoring_pairs SET state = 'ended', ended_at = ?3
        WHERE id = ?2 AND season_id = ?1 AND state = 'published'`,
    )
    .bind(seasonId, pairId, now);
