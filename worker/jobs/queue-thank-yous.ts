import { enqueueForRegistrations } from "../notifications/enqueue.js";

/** The thank-you goes out a little after the event ends, and only for a week after it. */
const afterEndMs = 2 * 60 * 60 * 1000;
const windowMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Cron: queues the after-event thank-you (with the feedback link, if the organisers set one). The
 * same batch marks the events done, so later runs read only events still waiting.
 */
export async function queueThankYous(db: D1Database, now: number): Promise<number> {
  const [marked] = await db.batch([
    db
      .prepare(
        `UPDATE registrations SET thank_you_queued_at = ?1
          WHERE status = 'confirmed' AND no_show_at IS NULL AND thank_you_queued_at IS NULL
            AND email IS NOT NULL AND erased_at IS NULL
            AND event_id IN (SELECT id FROM events
                              WHERE thank_yous_queued_at IS NULL AND ends_at <= ?1 - ?2
                                AND ends_at > ?1 - ?3 AND status = 'published')`,
      )
      .bind(now, afterEndMs, windowMs),
    enqueueForRegistrations(db, {
      kind: "thank_you",
      // Marked by this run, or by an earlier run as of the same time: queued once all the same.
      where: `thank_you_queued_at = ?
              AND NOT EXISTS (SELECT 1 FROM outbox o
                               WHERE o.registration_id = registrations.id AND o.kind = 'thank_you')`,
      binds: [now],
      now,
    }),
    // Past its week (or done now): no later run needs to read the event again.
    db
      .prepare(
        `UPDATE events SET thank_yous_queued_at = ?1
          WHERE thank_yous_queued_at IS NULL AND ends_at <= ?1 - ?2 AND status != 'draft'`,
      )
      .bind(now, afterEndMs),
  ]);
  return marked!.meta.changes ?? 0;
}
