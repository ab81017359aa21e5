// What the 5-minute cron costs when nothing is due, on a database that has run for years: past
// events whose people are long erased, three months of sent messages, coming events whose
// reminders are not due. Read from POST /dev/run-jobs's Server-Timing (HEARTH_D1_METRICS=1).
import { executeSql } from "../support/local-stack.mjs";

const perEvent = 20;

/** Seeds `registrations` people (95 % past and erased, 5 % coming) and a message for each. */
function seedYearsOfData(persistTo, registrations) {
  const pastEvents = Math.round((registrations * 0.95) / perEvent);
  const comingEvents = Math.round((registrations * 0.05) / perEvent);
  const now = Date.now();
  const day = 86_400_000;
  executeSql(
    persistTo,
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${pastEvents})
     INSERT INTO events (id, organisation_id, kind, status, title, summary, description, starts_at,
       ends_at, reminder_at, time_zone, languages, interpretation, accessibility_notes, created_at, updated_at)
     SELECT 'evt_idle_past_' || i, 'org_demo_city', 'meetup', 'published', '{"en":"Past"}', '{}', '{}',
            ${now} - (i + 60) * ${day}, ${now} - (i + 60) * ${day} + 7200000,
            ${now} - (i + 61) * ${day}, 'Europe/Tallinn', '["en"]', '[]', '{}', 0, 0 FROM n;
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${comingEvents})
     INSERT INTO events (id, organisation_id, kind, status, title, summary, description, starts_at,
       ends_at, reminder_at, time_zone, languages, interpretation, accessibility_notes, created_at, updated_at)
     SELECT 'evt_idle_coming_' || i, 'org_demo_city', 'meetup', 'published', '{"en":"Coming"}', '{}', '{}',
            ${now} + (i + 3) * ${day}, ${now} + (i + 3) * ${day} + 7200000,
            ${now} + (i + 2) * ${day}, 'Europe/Tallinn', '["en"]', '[]', '{}', 0, 0 FROM n;
     INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, capacity, waitlist_capacity, taken)
     SELECT 'slt_' || id, organisation_id, id, '{}', starts_at, ends_at, 1000, 0, ${perEvent}
       FROM events WHERE id LIKE 'evt_idle_%';
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${perEvent})
     INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, locale,
       consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at,
       reminder_queued_at, thank_you_queued_at, erased_at)
     SELECT 'reg_' || e.id || '_' || n.i, e.organisation_id, e.id, 'slt_' || e.id, 'confirmed', 1, '',
            'en', 0, 'k_' || e.id || '_' || n.i, 'x', 'x', 0, 0, e.reminder_at, e.ends_at, e.ends_at + 40 * ${day}
       FROM events e, n WHERE e.id LIKE 'evt_idle_past_%';
     WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${perEvent})
     INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, email, locale,
       consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
     SELECT 'reg_' || e.id || '_' || n.i, e.organisation_id, e.id, 'slt_' || e.id, 'confirmed', 1, 'Amina',
            'amina' || n.i || '@example.org', 'en', 0, 'k_' || e.id || '_' || n.i, 'x', 'x',
            ${now} - 2 * ${day}, ${now} - 2 * ${day}
       FROM events e, n WHERE e.id LIKE 'evt_idle_coming_%';
     INSERT INTO outbox (id, organisation_id, registration_id, kind, payload, status, next_attempt_at, created_at)
     SELECT 'msg_' || id, organisation_id, id, 'confirmation', '{}', 'sent', 0, ${now} - (rowid % 80) * ${day}
       FROM registrations WHERE id LIKE 'reg_evt_idle_%';`,
  );
}

async function runJobs(url) {
  const response = await fetch(`${url}/dev/run-jobs`, {
    method: "POST",
    headers: { Origin: url, "Content-Type": "application/json" },
    body: "{}",
  });
  if (response.status !== 200) throw new Error(`/dev/run-jobs answered ${response.status}`);
  const header = response.headers.get("Server-Timing") ?? "";
  const read = (name) => Number(new RegExp(`${name}=(\\d+)`).exec(header)?.[1] ?? NaN);
  return {
    queries: read("round_trips"),
    rowsRead: read("rows_read"),
    rowsWritten: read("rows_written"),
  };
}

/**
 * Seeds the database, lets the cron catch up once (a database migrated from before the jobs
 * marked their events: 500 past events a run), then measures one idle run.
 */
export async function measureIdleCron({ url, persistTo, registrations = 155_000 }) {
  seedYearsOfData(persistTo, registrations);
  let catchUpRuns = 0;
  let first;
  for (;;) {
    const run = await runJobs(url);
    first ??= run;
    catchUpRuns++;
    if (run.rowsWritten === 0 || catchUpRuns >= 60) break;
  }
  return { registrations, firstRun: first, catchUpRuns, idleRun: await runJobs(url) };
}
