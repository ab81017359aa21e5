/** The daily digest goes out in the cron run of this UTC hour (morning in Europe). */
export const digestUtcHour = 6;

/**
 * Cron: once a day, queues a digest for every organiser who opted in, for each organisation where
 * anything happened in the last day. Counting happens when it is sent.
 */
export async function queueDigests(db: D1Database, now: number): Promise<number> {
  if (new Date(now).getUTCHours() !== digestUtcHour) return 0;
  const since = now - 24 * 60 * 60 * 1000;
  const result = await db
    .prepare(
      `INSERT INTO outbox (id, organisation_id, kind, user_id, payload, next_attempt_at, created_at)
       SELECT 'msg_' || lower(hex(randomblob(10))), m.organisation_id, 'digest', m.user_id,
              json_object('since', ?2, 'until', ?1), ?1, ?1
         FROM memberships m
        WHERE m.digest_opt_in = 1
          AND EXISTS (SELECT 1 FROM registrations r WHERE r.organisation_id = m.organisation_id
                        AND r.created_at >= ?2 AND r.created_at < ?1)
          AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.kind = 'digest' AND o.user_id = m.user_id
                            AND o.organisation_id = m.organisation_id AND o.created_at >= ?2)`,
    )
    .bind(now, since)
    .run();
  return result.meta.changes ?? 0;
}
