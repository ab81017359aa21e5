import type { FeedbackSummary } from "../../schema/contracts/admin/visits.js";

interface FeedbackRow {
  audience: string;
  score: number;
  comment: string | null;
  createdAt: number;
}

const average = (scores: number[]) =>
  scores.length === 0
    ? null
    : Math.round((scores.reduce((sum, score) => sum + score, 0) / scores.length) * 10) / 10;

/** The answers to a visit's feedback form, summed up. */
export async function findFeedbackSummary(
  db: D1Database,
  eventId: string,
): Promise<FeedbackSummary> {
  const { results } = await db
    .prepare(
      `SELECT audience, score, comment, created_at AS createdAt FROM visit_feedback
        WHERE event_id = ?1 ORDER BY created_at`,
    )
    .bind(eventId)
    .all<FeedbackRow>();
  const distribution: FeedbackSummary["distribution"] = [0, 0, 0, 0, 0];
  for (const row of results) distribution[row.score - 1] = (distribution[row.score - 1] ?? 0) + 1;
  const byAudience: FeedbackSummary["byAudience"] = {};
  for (const audience of new Set(results.map((row) => row.audience))) {
    const scores = results.filter((row) => row.audience === audience).map((row) => row.score);
    byAudience[audience] = { responses: scores.length, average: average(scores) };
  }
  return {
    responses: results.length,
    average: average(results.map((row) => row.score)),
    distribution,
    byAudience,
    comments: results
      .filter((row) => row.comment)
      .map((row) => ({
        audience: row.audience,
        score: row.score,
        comment: row.comment!,
        at: new Date(row.createdAt).toISOString(),
      })),
  };
}

/** Stores one answer per sign-up; false when this sign-up already answered. */
export async function insertFeedback(
  db: D1Database,
  answer: {
    id: string;
    registrationId: string;
    score: number;
    comment: string | null;
    now: number;
  },
): Promise<boolean> {
  const result = await db
    .prepare(
      `INSERT OR IGNORE INTO visit_feedback (id, organisation_id, event_id, registration_id, audience, score,
                                             comment, created_at)
       SELECT ?1, r.organisation_id, r.event_id, r.id, s.audience, ?3, ?4, ?5
         FROM registrations r JOIN slots s ON s.id = r.slot_id WHERE r.id = ?2`,
    )
    .bind(answer.id, answer.registrationId, answer.score, answer.comment, answer.now)
    .run();
  return (result.meta.changes ?? 0) > 0;
}
