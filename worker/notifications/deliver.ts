import type { Mailer } from "../mail/mailer.js";
import { createMailer } from "../mail/mailer.js";
import { renderMessage } from "../messages/render.js";
import { loadMessageCatalogues } from "../messages/localize.js";
import type { MessageKind } from "../messages/render.js";
import { findDigestData, findRegistrationMessageData } from "./message-context-queries.js";
import type { Composed } from "./compose.js";
import { composeCookMessage, composeDigest, composeRegistrationMessage } from "./compose.js";
import { findApplication } from "../festivals/application-queries.js";

/** After this many failed tries a message is marked failed, for organisers to see. */
export const maxAttempts = 8;
/** A claimed message is held this long, so a second delivery run never sends it too. */
const claimMs = 2 * 60 * 1000;
const batchSize = 20;
/** Batches one run may send (a reminder burst is spread over a few runs, not hours). */
const maxBatches = 10;

/** 1, 2, 4, 8 … minutes after each failure, at most 6 hours. */
export function backoffMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000);
}

interface OutboxRow {
  id: string;
  organisation_id: string;
  kind: MessageKind;
  registration_id: string | null;
  application_id: string | null;
  user_id: string | null;
  payload: string;
  attempts: number;
}

export interface DeliveryReport {
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
}

async function compose(
  db: D1Database,
  row: OutboxRow,
  settings: { origin: string; secret: string; now: number },
): Promise<Composed | null> {
  const payload = JSON.parse(row.payload) as Record<string, unknown>;
  if (row.kind === "digest") {
    if (!row.user_id) return null;
    const data = await findDigestData(db, {
      userId: row.user_id,
      organisationId: row.organisation_id,
      since: Number(payload.since),
      until: Number(payload.until),
    });
    return data && data.events.length > 0 ? composeDigest(data, settings) : null;
  }
  if (row.application_id) {
    const application = await findApplication(db, row.application_id);
    return application ? composeCookMessage(row.kind, application, payload, settings) : null;
  }
  if (!row.registration_id) return null;
  const data = await findRegistrationMessageData(db, row.registration_id);
  return data ? composeRegistrationMessage(row.kind, data, payload, settings) : null;
}

function finish(db: D1Database, id: string, status: "sent" | "skipped", now: number) {
  return db
    .prepare(
      `UPDATE outbox SET status = ?2, sent_at = ?3, claimed_until = NULL, attempts = attempts + 1
        WHERE id = ?1`,
    )
    .bind(id, status, now)
    .run();
}

function retryOrFail(db: D1Database, row: OutboxRow, error: unknown, now: number) {
  const attempts = row.attempts + 1;
  const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
  return db
    .prepare(
      `UPDATE outbox SET attempts = ?2, status = ?3, next_attempt_at = ?4, last_error = ?5,
              claimed_until = NULL
        WHERE id = ?1`,
    )
    .bind(
      row.id,
      attempts,
      attempts >= maxAttempts ? "failed" : "pending",
      now + backoffMs(attempts),
      message,
    )
    .run();
}

/**
 * Sends the messages that are due, a batch at a time until none are left (at most `maxBatches`):
 * claims each batch (so concurrent runs never send one twice), renders each message in its
 * recipient's language when it is sent, and marks it sent, skipped (nobody to write to any more),
 * or due again later with exponential backoff until it fails for good.
 */
export async function deliverDueMessages(
  env: Env,
  db: D1Database,
  options: { origin: string; now: number },
): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, skipped: 0, retried: 0, failed: 0 };
  const mailer = createMailer(env, db);
  const settings = { origin: options.origin, secret: env.MANAGE_TOKEN_SECRET, now: options.now };
  for (let batch = 0; batch < maxBatches; batch++) {
    const { results } = await db
      .prepare(
        `UPDATE outbox SET claimed_until = ?1 + ?2
          WHERE id IN (SELECT id FROM outbox
                        WHERE status = 'pending' AND next_attempt_at <= ?1
                          AND (claimed_until IS NULL OR claimed_until < ?1)
                        ORDER BY next_attempt_at LIMIT ?3)
          RETURNING id, organisation_id, kind, registration_id, application_id, user_id, payload, attempts`,
      )
      .bind(options.now, claimMs, batchSize)
      .all<OutboxRow>();
    for (const row of results) {
      await deliverOne(env, db, mailer, row, settings, report);
    }
    if (results.length < batchSize) break;
  }
  return report;
}

async function deliverOne(
  env: Env,
  db: D1Database,
  mailer: Mailer,
  row: OutboxRow,
  settings: { origin: string; secret: string; now: number },
  report: DeliveryReport,
): Promise<void> {
  try {
    const composed = await compose(db, row, settings);
    if (!composed) {
      await finish(db, row.id, "skipped", settings.now);
      report.skipped++;
      return;
    }
    await loadMessageCatalogues();
    const rendered = renderMessage(composed.context);
    await mailer.send(
      {
        from: env.HEARTH_MAIL_FROM,
        to: composed.to,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        attachments: composed.attachments,
        headers: { "Auto-Submitted": "auto-generated" },
      },
      { outboxId: row.id },
    );
    await finish(db, row.id, "sent", settings.now);
    report.sent++;
  } catch (error) {
    await retryOrFail(db, row, error, settings.now);
    if (row.attempts + 1 >= maxAttempts) report.failed++;
    else report.retried++;
  }
}
