import { createHash } from "node:crypto";
// The benchmark's own event: one slot with room for a million sign-ups.
export const benchEventSql = `
INSERT INTO events (id, organisation_id, kind, status, title, summary, description, starts_at, ends_at,
  time_zone, languages, interpretation, accessibility_notes, created_at, updated_at)
VALUES ('evt_bench', 'org_demo_city', 'meetup', 'published', '{"en":"Benchmark"}', '{"en":""}', '{"en":""}',
  (unixepoch('now') + 86400 * 60) * 1000, (unixepoch('now') + 86400 * 60 + 3600) * 1000,
  'Europe/Tallinn', '["en"]', '[]', '{"en":""}', 0, 0);
INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, capacity, waitlist_capacity)
SELECT 'slt_bench', 'org_demo_city', 'evt_bench', '{"en":"All day"}', starts_at, ends_at, 1000000, 0
  FROM events WHERE id = 'evt_bench';`;

/** The session token of the benchmark's organiser, and its stored hash. */
export const organiserToken = "bench-organiser-session";
const organiserTokenHash = createHash("sha256").update(`session:${organiserToken}`).digest("hex");

/**
 * An organiser with a live session, and an event with 2,000 people on its roster (1,000 confirmed,
 * 1,000 on the waitlist): what the roster benchmark reads.
 */
export const rosterBenchSql = `
INSERT INTO users (id, email, display_name, password_hash, password_changed_at, created_at)
VALUES ('usr_bench', 'bench@example.org', 'Bench', 'x', 0, 0);
INSERT INTO memberships (user_id, organisation_id, role, created_at)
VALUES ('usr_bench', 'org_demo_city', 'organiser', 0);
INSERT INTO sessions (id, token_hash, user_id, created_at, last_seen_at, expires_at)
VALUES ('ses_bench', '${organiserTokenHash}', 'usr_bench', unixepoch('now') * 1000,
        unixepoch('now') * 1000, (unixepoch('now') + 86400) * 1000);
INSERT INTO events (id, organisation_id, kind, status, title, summary, description, starts_at, ends_at,
  time_zone, languages, interpretation, accessibility_notes, created_at, updated_at)
VALUES ('evt_roster', 'org_demo_city', 'meetup', 'published', '{"en":"Roster"}', '{"en":""}', '{"en":""}',
  (unixepoch('now') + 86400 * 30) * 1000, (unixepoch('now') + 86400 * 30 + 3600) * 1000,
  'Europe/Tallinn', '["en"]', '[]', '{"en":""}', 0, 0);
INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, capacity, waitlist_capacity, taken, waitlist_taken)
SELECT 'slt_roster', 'org_demo_city', 'evt_roster', '{"en":"All day"}', starts_at, ends_at, 1000, 1000, 1000, 1000
  FROM events WHERE id = 'evt_roster';
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, locale,
  consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
SELECT 'reg_roster_' || i, 'org_demo_city', 'evt_roster', 'slt_roster',
       CASE WHEN i <= 1000 THEN 'confirmed' ELSE 'waitlisted' END, 1, 'Person ' || i, 'en',
       0, 'roster-' || i, 'x', 'x', i, i FROM n;`;

let clients = 0;

/**
 * A sign-up request from the worker's own origin, with a fresh Idempotency-Key, from a client
 * address of its own (see wrk.mjs: the rate limit is per client).
 */
export function signUpInit(origin) {
  return {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Origin: origin,
      "Idempotency-Key": crypto.randomUUID(),
      "CF-Connecting-IP": `10.200.${Math.floor(clients / 250) % 250}.${clients++ % 250}`,
    },
    body: JSON.stringify({
      slotId: "slt_bench",
      adults: 1,
      children: 0,
      name: "Bench",
      locale: "en",
      consent: true,
      fillMs: 5000,
    }),
  };
}
