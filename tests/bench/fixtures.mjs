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
