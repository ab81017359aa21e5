import { env } from "cloudflare:test";
import type { MailDoorbell } from "../../../worker/notifications/mail-queue.js";
import { createEvent, createOrganisation, createSlot } from "../helpers.js";

/**
 * `count` people signed up for one event, each with a reminder due at `dueAt`, queued straight
 * into the outbox (as the cron's reminder job would, without going through it).
 */
export async function seedDueReminders(count: number, dueAt = Date.now() - 1000) {
  const organisation = await createOrganisation();
  const event = await createEvent(organisation.id);
  const slot = await createSlot(event, { capacity: count });
  await env.DB.batch([
    env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?4)
       INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, name, email,
         locale, consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
       SELECT ?3 || '_' || i, ?1, ?2, ?3, 'confirmed', 1, 'Person ' || i, 'person' || i || '@example.org',
              CASE i % 3 WHEN 0 THEN 'en' WHEN 1 THEN 'ar' ELSE 'uk' END, 0, ?3 || '_k' || i, 'x', 'x', 0, 0
         FROM n`,
    ).bind(organisation.id, event.id, slot.id, count),
    env.DB.prepare(
      `INSERT INTO outbox (id, organisation_id, kind, registration_id, payload, next_attempt_at, created_at)
       SELECT 'msg_' || id, organisation_id, 'reminder', id, '{}', ?2, ?2 FROM registrations
        WHERE event_id = ?1`,
    ).bind(event.id, dueAt),
  ]);
  return { organisation, event, slot };
}

/** The event's messages: how many are sent, and how many copies the dev mailbox holds of them. */
export async function deliveryOf(eventId: string) {
  const [outbox, mailbox] = await env.DB.batch<{ status: string; messages: number }>([
    env.DB.prepare(
      `SELECT status, COUNT(*) AS messages FROM outbox
        WHERE registration_id IN (SELECT id FROM registrations WHERE event_id = ?1)
        GROUP BY status`,
    ).bind(eventId),
    env.DB.prepare(
      `SELECT 'copies' AS status, COUNT(*) AS messages FROM dev_mailbox
        WHERE outbox_id IN (SELECT o.id FROM outbox o JOIN registrations r ON r.id = o.registration_id
                             WHERE r.event_id = ?1)
       UNION ALL
       SELECT 'distinct', COUNT(DISTINCT outbox_id) FROM dev_mailbox
        WHERE outbox_id IN (SELECT o.id FROM outbox o JOIN registrations r ON r.id = o.registration_id
                             WHERE r.event_id = ?1)`,
    ).bind(eventId),
  ]);
  const counts = Object.fromEntries(
    [...outbox!.results, ...mailbox!.results].map((row) => [row.status, row.messages]),
  );
  return {
    sent: counts.sent ?? 0,
    pending: counts.pending ?? 0,
    copies: counts.copies ?? 0,
    distinct: counts.distinct ?? 0,
  };
}

/** What `deliveryOf` answers when all `count` messages went out, each exactly once. */
export const eachSentOnce = (count: number) => ({
  sent: count,
  pending: 0,
  copies: count,
  distinct: count,
});

/** A stand-in for the mail queue: keeps the doorbells rung, or refuses them like an outage. */
export function fakeMailQueue(options: { refuse?: boolean } = {}) {
  const doorbells: MailDoorbell[] = [];
  const take = (bodies: MailDoorbell[]) => {
    if (options.refuse) throw new Error("Queue send failed: service unavailable");
    doorbells.push(...bodies);
  };
  const queue = {
    async send(body: MailDoorbell) {
      take([body]);
    },
    async sendBatch(messages: Iterable<MessageSendRequest<MailDoorbell>>) {
      take([...messages].map((message) => message.body));
    },
  } as unknown as Queue<MailDoorbell>;
  return { queue, doorbells };
}
