import type { DeliveryReport } from "./deliver.js";
import { deliverDueMessages, logDelivery, messagesPerRound } from "./deliver.js";
import { countDueMessages } from "./delivery-queries.js";

/*
 * Cloudflare Queues as the outbox's doorbell. The outbox table stays the truth: a queue message
 * says only "messages are due", never which ones. Each consumer invocation claims and sends a
 * bounded share (`roundsPerInvocation` rounds), so however large the backlog no invocation makes
 * more than `roundsPerInvocation * queriesPerRound` D1 queries, and doorbells rung at once are
 * answered by invocations side by side.
 */

/** A doorbell: what is due is in the outbox; it carries only the origin links start with. */
export interface MailDoorbell {
  origin: string;
}

/** Rounds one consumer invocation runs: 10 × 50 messages in 10 × 3 = 30 D1 queries. */
export const roundsPerInvocation = 10;
/** Doorbells one cron run rings at most (their consumers ring again while work is left). */
export const maxDoorbellsPerRun = 20;
export const messagesPerInvocation = roundsPerInvocation * messagesPerRound;

/** The queue to ring, or null when this worker has none bound: then the cron sends itself. */
function mailQueue(env: Env): Queue<MailDoorbell> | null {
  return (env.MAIL_QUEUE as Queue<MailDoorbell> | undefined) ?? null;
}

/** Sends doorbells; false when there is no queue or it refused them, so the caller sends itself. */
async function ring(env: Env, origin: string, doorbells: number): Promise<boolean> {
  const queue = mailQueue(env);
  if (!queue) return false;
  try {
    await queue.sendBatch(Array.from({ length: doorbells }, () => ({ body: { origin } })));
    return true;
  } catch (error) {
    console.error("ringing the mail queue failed; sending without it", error);
    return false;
  }
}

/**
 * The cron's share: counts what is due (up to what its doorbells can send) and rings one doorbell
 * per invocation's share, without claiming anything. False when there is no queue or it refused
 * the doorbells: the caller then sends itself, so nothing waits for a queue that is not there.
 */
export async function ringForDueMessages(
  env: Env,
  db: D1Database,
  run: { origin: string; now: number },
): Promise<boolean> {
  if (!mailQueue(env)) return false;
  const due = await countDueMessages(db, run.now, maxDoorbellsPerRun * messagesPerInvocation);
  if (due === 0) return true;
  return ring(env, run.origin, Math.ceil(due / messagesPerInvocation));
}

/**
 * After a write that queued messages: one doorbell, no D1 query (the consumer finds what is due).
 * Without a queue, one round of sending here instead.
 */
export async function ringOrSend(env: Env, db: D1Database, origin: string): Promise<void> {
  if (await ring(env, origin, 1)) return;
  await deliverDueMessages(env, db, { origin, now: Date.now(), rounds: 1 });
}

/**
 * The queue consumer: sends up to `roundsPerInvocation` rounds of due messages and, when it
 * stopped with work left, rings again so the backlog keeps going without waiting for the cron.
 */
export async function consumeMailDoorbells(
  batch: MessageBatch<MailDoorbell>,
  env: Env,
): Promise<DeliveryReport> {
  const origin = batch.messages[0]?.body.origin ?? env.HEARTH_PUBLIC_URL;
  const report = await deliverDueMessages(env, env.DB, {
    origin,
    now: Date.now(),
    rounds: roundsPerInvocation,
  });
  logDelivery(report);
  if (report.moreDue) await ring(env, origin, 1);
  batch.ackAll();
  return report;
}
