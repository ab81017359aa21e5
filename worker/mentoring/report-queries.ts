import type { SeasonReport } from "../../schema/contracts/admin/mentoring.js";

/** A season's figures without personal data: counts only. */
export async function readSeasonReport(
  db: D1Database,
  seasonId: string,
  now: number,
): Promise<SeasonReport> {
  const row = await db
    .prepare(
      `SELECT
         (SELECT count(*) FROM mentoring_pairs WHERE season_id = ?1 AND published_at IS NOT NULL) AS pairsFormed,
         (SELECT count(*) FROM mentoring_pairs p JOIN mentoring_seasons s ON s.id = p.season_id
            WHERE p.season_id = ?1 AND p.state = 'ended' AND p.ended_at < s.ends_on) AS pairsEndedEarly,
         (SELECT count(*) FROM mentoring_pairs p JOIN mentoring_seasons s ON s.id = p.season_id
            WHERE p.season_id = ?1 AND p.state = 'published' AND s.ends_on <= ?2) AS pairsKeptToTheEnd,
         (SELECT count(*) FROM mentoring_people WHERE season_id = ?1 AND role = 'mentor') AS mentors,
         (SELECT count(*) FROM mentoring_people WHERE season_id = ?1 AND role = 'learner') AS learners,
         (SELECT count(*) FROM mentoring_people l WHERE l.season_id = ?1 AND l.role = 'learner'
            AND l.status = 'active'
            AND NOT EXISTS (SELECT 1 FROM mentoring_pairs p WHERE p.learner_id = l.id AND p.state = 'published'))
           AS unmatchedLearners,
         (SELECT count(*) FROM mentoring_check_ins c JOIN mentoring_pairs p ON p.id = c.pair_id
            WHERE p.season_id = ?1 AND c.score >= 4) AS good,
         (SELECT count(*) FROM mentoring_check_ins c JOIN mentoring_pairs p ON p.id = c.pair_id
            WHERE p.season_id = ?1 AND c.score = 3) AS okay,
         (SELECT count(*) FROM mentoring_check_ins c JOIN mentoring_pairs p ON p.id = c.pair_id
            WHERE p.season_id = ?1 AND c.score <= 2) AS bad,
         (SELECT count(*) FROM mentoring_check_ins c JOIN mentoring_pairs p ON p.id = c.pair_id
            WHERE p.season_id = ?1 AND c.comment IS NOT NULL) AS comments,
         -- One figure a pair (partners may both say, and mean the same hours): the larger.
         (SELECT count(*) FROM (SELECT 1 FROM mentoring_check_ins c JOIN mentoring_pairs p ON p.id = c.pair_id
            WHERE p.season_id = ?1 AND c.hours_met IS NOT NULL GROUP BY c.pair_id)) AS pairsReportingHours,
         (SELECT coalesce(sum(hours), 0) FROM (SELECT max(c.hours_met) AS hours FROM mentoring_check_ins c
            JOIN mentoring_pairs p ON p.id = c.pair_id
            WHERE p.season_id = ?1 AND c.hours_met IS NOT NULL GROUP BY c.pair_id)) AS hoursMet,
         -- Through the season's people: the relay table is indexed by sender, not by season.
         (SELECT count(*) FROM mentoring_relay_messages
            WHERE sender_id IN (SELECT id FROM mentoring_people WHERE season_id = ?1)) AS messagesRelayed`,
    )
    .bind(seasonId, now)
    .first<
      Omit<SeasonReport, "checkIns" | "hours"> & {
        good: number;
        okay: number;
        bad: number;
        comments: number;
        pairsReportingHours: number;
        hoursMet: number;
      }
    >();
  return {
    pairsFormed: row?.pairsFormed ?? 0,
    pairsEndedEarly: row?.pairsEndedEarly ?? 0,
    pairsKeptToTheEnd: row?.pairsKeptToTheEnd ?? 0,
    mentors: row?.mentors ?? 0,
    learners: row?.learners ?? 0,
    unmatchedLearners: row?.unmatchedLearners ?? 0,
    // Faces 4–5 good, 3 okay, 1–2 bad; the comments themselves stay out of the report.
    checkIns: {
      good: row?.good ?? 0,
      okay: row?.okay ?? 0,
      bad: row?.bad ?? 0,
      comments: row?.comments ?? 0,
    },
    hours: { pairsReporting: row?.pairsReportingHours ?? 0, met: row?.hoursMet ?? 0 },
    messagesRelayed: row?.messagesRelayed ?? 0,
  };
}
