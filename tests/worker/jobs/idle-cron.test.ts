import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { D1Work } from "../../../worker/http/d1-metrics.js";
import { countingD1 } from "../../../worker/http/d1-metrics.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import { digestUtcHour, queueDigests } from "../../../worker/jobs/queue-digests.js";
import { queueReminders } from "../../../worker/jobs/queue-reminders.js";
import { queueThankYous } from "../../../worker/jobs/queue-thank-yous.js";
import { runRetention } from "../../../worker/jobs/retention.js";
import { createOrganisation, day } from "../helpers.js";

/**
 * A database that has run for years: past events whose people are long erased, sent messages of
 * the last three months, coming events whose reminders are not due yet. Nothing is due now.
 */
async function seedYearsOfData(organisationId: string, now: number, scale: number) {
  const pastEvents = 20 * scale;
  const perEvent = 20;
  const comingEvents = 2 * scale;
  const sql = (query: string, ...binds: unknown[]) => env.DB.prepare(query).bind(...binds);
  await env.DB.batch([
    sql(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
       INSERT INTO events (id, organisation_id, kind, status, title, summary, description, starts_at,
         ends_at, reminder_at, time_zone, languages, interpretation, accessibility_notes, created_at, updated_at)
       SELECT 'evt_past_' || i, ?1, 'meetup', 'published', '{"en":"Past"}', '{}', '{}',
              ?3 - (i + 60) * 86400000, ?3 - (i + 60) * 86400000 + 7200000,
              ?3 - (i + 61) * 86400000, 'Europe/Tallinn', '["en"]', '[]', '{}', 0, 0 FROM n`,
      organisationId,
      pastEvents,
      now,
    ),
    sql(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
       INSERT INTO events (id, organisation_id, kind, status, title, summary, description, starts_at,
         ends_at, reminder_at, time_zone, languages, interpretation, accessibility_notes, created_at, updated_at)
       SELECT 'evt_coming_' || i, ?1, 'meetup', 'published', '{"en":"Coming"}', '{}', '{}',
              ?3 + (i + 3) * 86400000, ?3 + (i + 3) * 86400000 + 7200000,
              ?3 + (i + 2) * 86400000, 'Europe/Tallinn', '["en"]', '[]', '{}', 0, 0 FROM n`,
      organisationId,
      comingEvents,
      now,
    ),
    sql(
      `INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, capacity, waitlist_capacity, taken)
       SELECT 'slt_' || id, organisation_id, id, '{}', starts_at, ends_at, 1000, 0, ${perEvent}
         FROM events WHERE organisation_id = ?1`,
      organisationId,
    ),
    // Past people: erased long ago, their reminder and thank-you sent.
    sql(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${perEvent})
       INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, locale,
         consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at,
         reminder_queued_at, thank_you_queued_at, erased_at)
       SELECT 'reg_' || e.id || '_' || n.i, e.organisation_id, e.id, 'slt_' || e.id, 'confirmed', 1, '',
              'en', 0, 'k' || e.id || '_' || n.i, 'x', 'x', 0, 0, e.reminder_at, e.ends_at, e.ends_at + 40 * 86400000
         FROM events e, n WHERE e.organisation_id = ?1 AND e.id LIKE 'evt_past_%'`,
      organisationId,
    ),
    // Coming people: confirmed, with an email, their reminder not due yet.
    sql(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${perEvent})
       INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, email, locale,
         consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
       SELECT 'reg_' || e.id || '_' || n.i, e.organisation_id, e.id, 'slt_' || e.id, 'confirmed', 1, 'Amina',
              'amina' || n.i || '@example.org', 'en', 0, 'k' || e.id || '_' || n.i, 'x', 'x', ?2, ?2
         FROM events e, n WHERE e.organisation_id = ?1 AND e.id LIKE 'evt_coming_%'`,
      organisationId,
      now - 2 * day,
    ),
    // An organiser who wants the daily digest, though nothing happened since yesterday.
    sql(
      `INSERT INTO users (id, email, display_name, password_hash, password_changed_at, created_at)
       VALUES ('usr_idle', 'idle@example.org', 'Idle', 'x', 0, 0)`,
    ),
    sql(
      `INSERT INTO memberships (user_id, organisation_id, role, created_at, digest_opt_in)
       VALUES ('usr_idle', ?1, 'owner', 0, 1)`,
      organisationId,
    ),
    // Three months of sent messages, ids only.
    sql(
      `INSERT INTO outbox (id, organisation_id, registration_id, kind, payload, status, next_attempt_at, created_at)
       SELECT 'msg_' || id, organisation_id, id, 'confirmation', '{}', 'sent', 0, ?2 - (rowid % 80) * 86400000
         FROM registrations WHERE organisation_id = ?1`,
      organisationId,
      now,
    ),
  ]);
  const [{ count } = { count: 0 }] = (
    await env.DB.prepare(`SELECT COUNT(*) AS count FROM registrations`).all<{ count: number }>()
  ).results;
  return count;
}

async function work(job: (db: D1Database) => Promise<unknown>): Promise<D1Work> {
  const counted: D1Work = { roundTrips: 0, rowsRead: 0, rowsWritten: 0 };
  await job(countingD1(env.DB, counted));
  return counted;
}

describe("the cron when nothing is due", () => {
  it("reads under 1,000 rows however much the database holds, once caught up", async () => {
    // 06:10 UTC: the daily digest's hour, when every job of the cron runs.
    const today = new Date();
    today.setUTCHours(digestUtcHour, 10, 0, 0);
    const now = today.getTime();
    const organisation = await createOrganisation({ retentionDays: 30 });
    const registrations = await seedYearsOfData(organisation.id, now, 100);
    expect(registrations).toBeGreaterThanOrEqual(40_000);
    // Catching up once (a database migrated from before the marks): 500 past events a run.
    const first = await work((db) => runRetention(db, now));
    expect(first.rowsWritten).toBeGreaterThan(0);
    for (let run = 0; run < 4; run++) await runRetention(env.DB, now);
    await queueReminders(env.DB, now);
    await queueThankYous(env.DB, now);

    const jobs = {
      reminders: await work((db) => queueReminders(db, now)),
      thankYous: await work((db) => queueThankYous(db, now)),
      digests: await work((db) => queueDigests(db, now)),
      delivery: await work((db) =>
        deliverDueMessages(env, db, { origin: "https://hearth.example", now }),
      ),
      retention: await work((db) => runRetention(db, now)),
    };
    console.log("idle cron at", registrations, "registrations", JSON.stringify(jobs));
    const total = Object.values(jobs).reduce((sum, job) => sum + job.rowsRead, 0);
    expect(total).toBeLessThan(1_000);
    // Nothing was due, so nothing was written.
    expect(Object.values(jobs).reduce((sum, job) => sum + job.rowsWritten, 0)).toBe(0);
  });
});
