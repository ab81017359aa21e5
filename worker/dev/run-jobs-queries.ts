/** What the development-only "run the scheduled jobs" page reads. */

/**
 * The reminder and thank-you jobs mark the people a run queues with the run's time and then queue
 * a message for everyone marked with that time, so a second run at the very same time would queue
 * them all again. The cron never repeats a time; a person pressing the button twice does, so a
 * time some run already used moves on by a millisecond.
 */
export async function unusedRunTime(db: D1Database, time: number): Promise<number> {
  const { results } = await db
    .prepare(
      `SELECT reminder_queued_at AS used FROM registrations
        WHERE reminder_queued_at >= ?1 AND reminder_queued_at < ?1 + 1000
       UNION
       SELECT thank_you_queued_at FROM registrations
        WHERE thank_you_queued_at >= ?1 AND thank_you_queued_at < ?1 + 1000`,
    )
    .bind(time)
    .all<{ used: number }>();
  const used = new Set(results.map((row) => row.used));
  let free = time;
  while (used.has(free)) free++;
  return free;
}

export interface UpcomingEvent {
  title: string;
  defaultLocale: string;
  organisation: string;
  startsAt: number;
  endsAt: number;
  reminderAt: number | null;
}

/** Published events that can still get a reminder or a thank-you, soonest first. */
export async function upcomingEvents(db: D1Database, now: number): Promise<UpcomingEvent[]> {
  const { results } = await db
    .prepare(
      `SELECT e.title, o.default_locale AS defaultLocale, o.name AS organisation,
              e.starts_at AS startsAt, e.ends_at AS endsAt, e.reminder_at AS reminderAt
         FROM events e JOIN organisations o ON o.id = e.organisation_id
        WHERE e.status = 'published' AND e.ends_at > ?1
        ORDER BY e.starts_at, e.id LIMIT 30`,
    )
    .bind(now - 7 * 24 * 60 * 60 * 1000)
    .all<UpcomingEvent>();
  return results;
}
