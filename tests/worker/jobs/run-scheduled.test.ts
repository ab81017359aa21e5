import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { D1Work } from "../../../worker/http/d1-metrics.js";
import { countingD1 } from "../../../worker/http/d1-metrics.js";
import { digestUtcHour } from "../../../worker/jobs/queue-digests.js";
import { runScheduled } from "../../../worker/jobs/run-scheduled.js";
import { createMember } from "../admin-helpers.js";
import { createEvent, createOrganisation, createSlot, day } from "../helpers.js";
import { fakeMailQueue, seedDueReminders } from "../notifications/due-messages.js";

/** The free plan's limit of D1 queries per Worker invocation. */
const queryLimit = 50;

/**
 * Everything due at once: 8,000 people of past events waiting for retention (more than a run
 * erases), reminders to queue, an organiser's digest, and 600 messages waiting to go out.
 */
async function seedEverythingDue(now: number) {
  const organisation = await createOrganisation({ retentionDays: 30 });
  const sql = (query: string, ...binds: unknown[]) => env.DB.prepare(query).bind(...binds);
  await env.DB.batch([
    sql(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40)
       INSERT INTO events (id, organisation_id, kind, status, title, summary, description, starts_at,
         ends_at, time_zone, languages, interpretation, accessibility_notes, created_at, updated_at)
       SELECT ?1 || '_past_' || i, ?1, 'meetup', 'published', '{"en":"Past"}', '{}', '{}',
              ?2 - (i + 60) * 86400000, ?2 - (i + 60) * 86400000 + 7200000,
              'Europe/Tallinn', '["en"]', '[]', '{}', 0, 0 FROM n`,
      organisation.id,
      now,
    ),
    sql(
      `INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, capacity, waitlist_capacity, taken)
       SELECT 'slt_' || id, organisation_id, id, '{}', starts_at, ends_at, 1000, 0, 0
         FROM events WHERE organisation_id = ?1`,
      organisation.id,
    ),
    sql(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 200)
       INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, email,
         locale, consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at,
         updated_at, reminder_queued_at, thank_you_queued_at)
       SELECT 'reg_' || e.id || '_' || n.i, e.organisation_id, e.id, 'slt_' || e.id, 'confirmed', 1,
              'Amina', 'amina' || n.i || '@example.org', 'en', 0, 'k_' || e.id || '_' || n.i, 'x', 'x',
              0, 0, e.starts_at, e.ends_at
         FROM events e, n WHERE e.organisation_id = ?1`,
      organisation.id,
    ),
  ]);
  // Reminders to queue now: a coming event whose reminder time has come, 300 people.
  const startsAt = now + 2 * day;
  const coming = await createEvent(organisation.id, {
    startsAt,
    endsAt: startsAt + 7_200_000,
    reminderAt: now - 60_000,
  });
  const slot = await createSlot(coming, { capacity: 300 });
  await sql(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300)
     INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, email,
       locale, consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
     SELECT ?3 || '_' || i, ?1, ?2, ?3, 'confirmed', 1, 'Taras', 'taras' || i || '@example.org',
            'uk', 0, ?3 || '_k' || i, 'x', 'x', ?4, ?4 FROM n`,
    organisation.id,
    coming.id,
    slot.id,
    now - day,
  ).run();
  const organiser = await createMember(organisation.id, "organiser");
  await organiser.as(`/api/v1/admin/orgs/${organisation.slug}/preferences`, {
    method: "PUT",
    json: { digest: true },
  });
  await seedDueReminders(600, now - 60_000);
  return organisation;
}

async function pastPeopleLeft(organisationId: string): Promise<number> {
  const row = await env.DB.prepare(
    `SELECT COUNT(*) AS left FROM registrations
      WHERE organisation_id = ?1 AND erased_at IS NULL AND event_id LIKE '%_past_%'`,
  )
    .bind(organisationId)
    .first<{ left: number }>();
  return row!.left;
}

describe("a cron run", () => {
  it("stays within 50 D1 queries with everything due at once, with the mail queue or without it", async () => {
    const today = new Date();
    today.setUTCHours(digestUtcHour, 10, 0, 0);
    const now = today.getTime();
    const organisation = await seedEverythingDue(now);

    // Without a queue: the run sends four rounds itself and erases what its rounds allow.
    const alone: D1Work = { roundTrips: 0, rowsRead: 0, rowsWritten: 0 };
    const noQueue = { ...env, DB: countingD1(env.DB, alone), MAIL_QUEUE: undefined };
    await runScheduled(noQueue as unknown as Env, now);
    expect(alone.roundTrips).toBeLessThanOrEqual(queryLimit);
    const left = await pastPeopleLeft(organisation.id);
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThan(8_000);

    // With a queue: it only rings for what is still due.
    const { queue, doorbells } = fakeMailQueue();
    const rung: D1Work = { roundTrips: 0, rowsRead: 0, rowsWritten: 0 };
    await runScheduled({ ...env, DB: countingD1(env.DB, rung), MAIL_QUEUE: queue }, now + 60_000);
    expect(rung.roundTrips).toBeLessThanOrEqual(queryLimit);
    expect(doorbells.length).toBeGreaterThan(0);
    expect(await pastPeopleLeft(organisation.id)).toBeLessThan(left);
  });
});
