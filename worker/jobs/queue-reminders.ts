import { enqueueForRegistrations } from "../notifications/enqueue.js";

/**
 * Cron: queues the day-before reminder for confirmed people whose event's reminder time has come.
 * People who signed up after that time already have a fresh confirmation and get none. The
 * registrations are marked and their messages queued in one batch, keyed by this run's time; the
 * batch then marks the events done, so later runs read only events still waiting (a partial
 * index): an idle run reads next to nothing however many events the database holds.
 */
export async function queueReminders(db: D1Database, now: number): Promise<number> {
  const [marked] = await db.batch([
    db
      .prepare(
        `UPDATE registrations SET reminder_queued_at = ?1
          WHERE status = 'confirmed' AND reminder_queued_at IS NULL
            AND email IS NOT NULL AND erased_at IS NULL
            AND event_id IN (SELECT id FROM events
                              WHERE reminders_queued_at IS NULL AND reminder_at <= ?1
                                AND status = 'published' AND starts_at > ?1)
            AND created_at < (SELECT reminder_at FROM events WHERE events.id = registrations.event_id)`,
      )
      .bind(now),
    enqueueForRegistrations(db, {
      kind: "reminder",
      // Marked by this run, or by an earlier run as of the same time: queued once all the same.
      // A reminder from before the event moved (an older mark) does not count.
      where: `reminder_queued_at = ? AND status = 'confirmed'
              AND NOT EXISTS (SELECT 1 FROM outbox o
                               WHERE o.registration_id = registrations.id AND o.kind = 'reminder'
                                 AND o.created_at >= registrations.reminder_queued_at)`,
      binds: [now],
      now,
    }),
    // Drafts stay: one published later still gets its reminders.
    db
      .prepare(
        `UPDATE events SET reminders_queued_at = ?1
          WHERE reminders_queued_at IS NULL AND reminder_at <= ?1 AND status != 'draft'`,
      )
      .bind(now),
  ]);
  return marked!.meta.changes ?? 0;
}
