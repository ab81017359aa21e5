// How fast a burst of mail goes out through the mail queue, and the most D1 queries one invocation
// makes. On `wrangler dev` with the dev mailer (HEARTH_ENV=development: the dev mailbox table):
// `messages` people of one event whose reminder time has passed, set up with SQL; then the real
// cron handler (/cdn-cgi/local/scheduled) queues their reminders and rings the queue, and the
// local queue consumer sends them. Every cron and queue invocation logs its D1 work
// (HEARTH_D1_METRICS=1, worker/jobs/log-d1-work.ts); the stack's output is read for those lines.
// Run alone: `npx node tests/bench/mail-fanout.mjs [messages]`.
import { pathToFileURL } from "node:url";
import { querySql, startStack } from "../support/local-stack.mjs";

const day = 86_400_000;
/** Seconds without a queue invocation after which the burst counts as done. */
const quietMs = 4000;
const timeoutMs = 15 * 60_000;

/** One coming event whose reminder time has passed, with `messages` confirmed people. */
function burstSql(messages) {
  const now = Date.now();
  return `
    INSERT INTO events (id, organisation_id, kind, status, title, summary, description, venue_name,
      starts_at, ends_at, reminder_at, time_zone, languages, interpretation, accessibility_notes,
      created_at, updated_at)
    VALUES ('evt_fanout', 'org_demo_city', 'meetup', 'published',
      '{"en":"Language café","ar":"مقهى اللغة","uk":"Мовне кафе","et":"Keelekohvik"}', '{}', '{}',
      'Central Library', ${now + 2 * day}, ${now + 2 * day + 7_200_000}, ${now - 3_600_000},
      'Europe/Tallinn', '["et","en"]', '[]', '{}', 0, 0);
    INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, capacity, taken)
    VALUES ('slt_fanout', 'org_demo_city', 'evt_fanout', '{}', ${now + 2 * day},
      ${now + 2 * day + 7_200_000}, ${messages}, ${messages});
    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${messages})
    INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, email,
      locale, consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
    SELECT 'reg_fanout_' || i, 'org_demo_city', 'evt_fanout', 'slt_fanout', 'confirmed', 1,
           'Person ' || i, 'person' || i || '@example.org',
           CASE i % 4 WHEN 0 THEN 'en' WHEN 1 THEN 'ar' WHEN 2 THEN 'uk' ELSE 'et' END,
           0, 'fanout_' || i, 'x', 'x', ${now - 2 * day}, ${now - 2 * day}
      FROM n;`;
}

/** The JSON after a prefix in a line of the stack's output (`d1-work {…}`, `delivery {…}`). */
function jsonAfter(line, prefix) {
  const at = line.indexOf(prefix);
  return at < 0 ? null : JSON.parse(line.slice(at + prefix.length));
}

/**
 * Starts its own stack (metered, output read), sends the burst, and answers the rate (messages
 * an hour, extrapolated from the measured time) and the most D1 queries of one cron and of one
 * queue invocation.
 */
export async function measureMailFanOut({ port = 8801, messages = 10_000 } = {}) {
  const invocations = { scheduled: [], queue: [] };
  let sent = 0;
  let lastActivity = 0;
  let lastSentAt = 0;
  const stack = await startStack({
    port,
    vars: { HEARTH_D1_METRICS: "1" },
    setupSql: [burstSql(messages)],
    logLevel: "log",
    onLine(line) {
      const work = jsonAfter(line, "d1-work ");
      if (work) {
        invocations[work.invocation]?.push(work);
        lastActivity = Date.now();
      }
      const delivery = jsonAfter(line, "delivery ");
      if (delivery) {
        sent += delivery.sent;
        lastSentAt = Date.now();
      }
      if (/error|exception/i.test(line) && !/Request\.cf|workers\.cloudflare\.com/.test(line)) {
        console.error(line);
      }
    },
  });
  try {
    const startedAt = Date.now();
    const cron = await fetch(`${stack.url}/cdn-cgi/local/scheduled`);
    if (!cron.ok) throw new Error(`the cron trigger answered ${cron.status}`);
    while (sent < messages || Date.now() - lastActivity < quietMs) {
      if (Date.now() - startedAt > timeoutMs) {
        throw new Error(`only ${sent} of ${messages} messages went out within ${timeoutMs} ms`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const elapsedMs = lastSentAt - startedAt;
    const [check] = querySql(
      stack.persistTo,
      `SELECT (SELECT COUNT(*) FROM outbox WHERE registration_id LIKE 'reg_fanout_%' AND status = 'sent') AS sent,
              (SELECT COUNT(*) FROM dev_mailbox WHERE recipient LIKE 'person%@example.org') AS copies,
              (SELECT COUNT(DISTINCT recipient) FROM dev_mailbox WHERE recipient LIKE 'person%@example.org') AS recipients`,
    );
    const most = (list) => Math.max(0, ...list.map((work) => work.roundTrips));
    return {
      messages,
      elapsedMs,
      perHour: Math.round((messages / elapsedMs) * 3_600_000),
      eachSentOnce:
        check.sent === messages && check.copies === messages && check.recipients === messages,
      cronInvocations: invocations.scheduled.length,
      maxQueriesPerCronInvocation: most(invocations.scheduled),
      queueInvocations: invocations.queue.length,
      maxQueriesPerQueueInvocation: most(invocations.queue),
      maxRowsReadPerQueueInvocation: Math.max(0, ...invocations.queue.map((work) => work.rowsRead)),
    };
  } finally {
    await stack.stop();
  }
}

/** The figures beside their goals, for `npm run bench` and a run of this file alone. */
export function printMailFanOut(result) {
  const hours = (result.elapsedMs / 3_600_000) * (50_000 / result.messages);
  console.log(
    `\nMail fan-out through the queue (${result.messages.toLocaleString("en")} reminders, dev mailer, local queue: one consumer invocation at a time)`,
  );
  console.log(
    `  ${result.messages.toLocaleString("en")} sent in ${(result.elapsedMs / 1000).toFixed(1)} s, each exactly once: ${result.eachSentOnce}`,
  );
  console.log(
    `  rate: ${result.perHour.toLocaleString("en")} messages/hour, extrapolated from that time; 50,000 would take ${(hours * 60).toFixed(1)} min (goal: 50,000 within an hour)`,
  );
  console.log(
    `  most D1 queries in one invocation: cron ${result.maxQueriesPerCronInvocation}, queue consumer ${result.maxQueriesPerQueueInvocation} over ${result.queueInvocations} invocations (goal ≤ 50)`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const messages = Number(process.argv[2] ?? 10_000);
  const result = await measureMailFanOut({ messages });
  console.log(JSON.stringify(result, null, 2));
  printMailFanOut(result);
}
