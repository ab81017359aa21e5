import type { Mailer } from "../mail/mailer.js";
import { createMailer } from "../mail/mailer.js";
import { loadMessageCatalogues } from "../messages/localize.js";
import { renderMessage } from "../messages/render.js";
import type { Composing } from "./compose-claimed.js";
import { composeClaimed } from "./compose-claimed.js";
import type { ClaimedMessage, DeliveryResult } from "./delivery-queries.js";
import { claimDueMessages, writeDeliveryResults } from "./delivery-queries.js";

/** After this many failed tries a message is marked failed, for organisers to see. */
export const maxAttempts = 8;
/** A claimed message is held this long, so a second sender never sends it too. */
export const claimMs = 2 * 60 * 1000;
/** Messages one claim takes: one round of claim, compose, send and write-back. */
export const messagesPerRound = 50;
/**
 * D1 round trips one round makes: the claim, the one batch of reads that composes every message,
 * and the one batch that writes back every result (with the dev mailbox's copies).
 */
export const queriesPerRound = 3;
/** Rounds a call makes unless told otherwise: the cron's own sending when no queue is bound. */
const defaultRounds = 4;
/** Messages sent at the same time within a round (a Worker holds at most six connections open). */
const sendsAtOnce = 6;
/** A round stops sending this long before its claim runs out, so a claim never outlives it. */
const claimMarginMs = 20 * 1000;

/** 1, 2, 4, 8 … minutes after each failure, at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000);
}

export interface DeliveryReport {
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
  /** The last claim was full: more may be due than this call sent. */
  moreDue: boolean;
}

interface Settings {
  origin: string;
  secret: string;
  now: number;
}

function failure(message: ClaimedMessage, error: unknown, now: number): DeliveryResult {
  const attempts = message.attempts + 1;
  return {
    id: message.id,
    status: attempts >= maxAttempts ? "failed" : "pending",
    nextAttemptAt: now + backoffMs(attempts),
    error: (error instanceof Error ? error.message : String(error)).slice(0, 500),
  };
}

/** Renders and sends one composed message; answers its result and the mailer's writes. */
async function sendOne(
  env: Env,
  mailer: Mailer,
  message: ClaimedMessage,
  composing: Composing,
  now: number,
): Promise<{ result: DeliveryResult; writes: D1PreparedStatement[] }> {
  if ("error" in composing) return { result: failure(message, composing.error, now), writes: [] };
  const { composed } = composing;
  if (!composed) return { result: { id: message.id, status: "skipped" }, writes: [] };
  try {
    const rendered = renderMessage(composed.context);
    const writes = await mailer.send(
      {
        from: env.HEARTH_MAIL_FROM,
        to: composed.to,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        attachments: composed.attachments,
        headers: { "Auto-Submitted": "auto-generated" },
      },
      { outboxId: message.id },
    );
    return { result: { id: message.id, status: "sent" }, writes };
  } catch (error) {
    return { result: failure(message, error, now), writes: [] };
  }
}

/**
 * One round: claims up to `messagesPerRound` due messages in one statement, composes them all
 * from one batch of reads, sends them a few at a time, and writes every result back in one batch.
 * Counts what became of them in `report`; answers how many it claimed.
 */
async function deliverRound(
  env: Env,
  db: D1Database,
  mailer: Mailer,
  settings: Settings,
  report: DeliveryReport,
): Promise<number> {
  const claimedAt = Date.now();
  const claimedUntil = settings.now + claimMs;
  const claimed = await claimDueMessages(db, {
    now: settings.now,
    claimedUntil,
    limit: messagesPerRound,
  });
  if (claimed.length === 0) return 0;
  const [composing] = await Promise.all([
    composeClaimed(db, claimed, settings),
    loadMessageCatalogues(),
  ]);
  const outcomes: { result: DeliveryResult; writes: D1PreparedStatement[] }[] = [];
  let next = 0;
  const sender = async () => {
    // Past the margin the rest stay claimed and unsent: another sender takes them once the claim
    // has run out, and nobody sends them while this one still could.
    while (next < claimed.length && Date.now() - claimedAt < claimMs - claimMarginMs) {
      const index = next++;
      outcomes[index] = await sendOne(
        env,
        mailer,
        claimed[index]!,
        composing[index]!,
        settings.now,
      );
    }
  };
  await Promise.all(Array.from({ length: Math.min(sendsAtOnce, claimed.length) }, sender));
  const done = outcomes.filter(Boolean);
  await db.batch([
    writeDeliveryResults(
      db,
      done.map((outcome) => outcome.result),
      { now: settings.now, claimedUntil },
    ),
    ...done.flatMap((outcome) => outcome.writes),
  ]);
  for (const { result } of done) {
    if (result.status === "sent" || result.status === "skipped") report[result.status]++;
    else if (result.status === "failed") report.failed++;
    else report.retried++;
  }
  return claimed.length;
}

/** One log line for a delivery that did something (the cron's and each queue invocation's). */
export function logDelivery(report: DeliveryReport): void {
  if (report.sent + report.retried + report.failed > 0)
    console.log("delivery", JSON.stringify(report));
}

/**
 * Sends the messages that are due, a round at a time until none are left or `rounds` have run:
 * claims (so concurrent senders never send one twice), renders each message in its recipient's
 * language when it is sent, and marks it sent, skipped (nobody to write to any more), or due
 * again later with exponential backoff until it fails for good. Each round costs
 * `queriesPerRound` D1 round trips, whatever it sends.
 */
export async function deliverDueMessages(
  env: Env,
  db: D1Database,
  options: { origin: string; now: number; rounds?: number },
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, skipped: 0, retried: 0, failed: 0, moreDue: false };
  const mailer = createMailer(env, db);
  const settings = { origin: options.origin, secret: env.MANAGE_TOKEN_SECRET, now: options.now };
  for (let round = 0; round < (options.rounds ?? defaultRounds); round++) {
    const claimed = await deliverRound(env, db, mailer, settings, report);
    report.moreDue = claimed === messagesPerRound;
    if (!report.moreDue) break;
  }
  return report;
}
