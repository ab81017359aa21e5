/**
 * Halfway through a published season, once: "how is it going?" to both people of every pair
 * still running. The seasons are marked in the same batch, so a second run queues nothing. Reads
 * only seasons still waiting (a partial index), so an idle run costs next to nothing.
 */
export async function queueCheckIns(db: D1Database, now: number): Promise<void> {
  const due = `SELECT id FROM mentoring_seasons INDEXED BY mentoring_seasons_check_in_due_idx
                WHERE check_in_sent_at IS NULL AND published_at IS NOT NULL
                  AND starts_on <= ?1 AND starts_on + (ends_on - starts_on) / 2 <= ?1 AND ends_on > ?1`;
  const introduce = (side: "mentor_id" | "learner_id") =>
    db
      .prepare(
        `INSERT INTO outbox (id, organisation_id, kind, mentoring_person_id, payload, next_attempt_at, created_at)
         SELECT 'msg_' || lower(hex(randomblob(10))), person.organisation_id, 'mentoring_check_in',
                person.id, json_object('pairId', p.id), ?1, ?1
           FROM mentoring_pairs p JOIN mentoring_people person ON person.id = p.${side}
          WHERE p.state = 'published' AND p.season_id IN (${due})
            AND person.email IS NOT NULL AND person.erased_at IS NULL`,
      )
      .bind(now);
  await db.batch([
    introduce("mentor_id"),
    introduce("learner_id"),
    db.prepare(`UPDATE mentoring_seasons SET check_in_sent_at = ?1 WHERE id IN (${due})`).bind(now),
  ]);
}
