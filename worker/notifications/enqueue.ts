import type { messageKinds } from "../../schema/tables/outbox.js";
import type { ConfirmationQuota } from "./confirmation-quota.js";

export type MessageKind = (typeof messageKinds)[number];

/** A fresh outbox id made inside SQLite, for statements that queue one message per row. */
const sqlMessageId = `'msg_' || lower(hex(randomblob(10)))`;

/**
 * Queues a message about one registration, in the caller's batch. It is written only when the
 * registration exists and has an email (nobody without an address is ever queued), and, with
 * `onlyIfPreviousChanged`, only when the statement before it in the batch changed a row.
 */
export function enqueueForRegistration(
  db: D1Database,
  message: {
    kind: MessageKind;
    registrationId: string;
    payload?: Record<string, unknown>;
    now: number;
    onlyIfPreviousChanged?: boolean;
  },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO outbox (id, organisation_id, kind, registration_id, payload, next_attempt_at, created_at)
       SELECT ${sqlMessageId}, organisation_id, ?2, id, ?3, ?4, ?4 FROM registrations
        WHERE id = ?1 AND email IS NOT NULL AND erased_at IS NULL
          ${message.onlyIfPreviousChanged ? "AND changes() > 0" : ""}`,
    )
    .bind(message.registrationId, message.kind, JSON.stringify(message.payload ?? {}), message.now);
}

/**
 * Queues one message per registration matching `where` (a condition on the `registrations`
 * table, with its own binds): for everyone promoted by a batch, or everyone of a changed event.
 */
export function enqueueForRegistrations(
  db: D1Database,
  message: {
    kind: MessageKind;
    where: string;
    binds: unknown[];
    payload?: Record<string, unknown>;
    now: number;
  },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO outbox (id, organisation_id, kind, registration_id, payload, next_attempt_at, created_at)
       SELECT ${sqlMessageId}, organisation_id, ?, id, ?, ?, ? FROM registrations
        WHERE email IS NOT NULL AND erased_at IS NULL AND (${message.where})`,
    )
    .bind(
      message.kind,
      JSON.stringify(message.payload ?? {}),
      message.now,
      message.now,
      ...message.binds,
    );
}

/**
 * Queues a message to a festival cook about their application, in the caller's batch, only when
 * they gave an email (and, with `onlyIfPreviousChanged`, only when the change before it happened).
 */
export function enqueueForApplication(
  db: D1Database,
  message: {
    kind: MessageKind;
    applicationId: string;
    payload?: Record<string, unknown>;
    now: number;
    onlyIfPreviousChanged?: boolean;
  },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO outbox (id, organisation_id, kind, application_id, payload, next_attempt_at, created_at)
       SELECT ${sqlMessageId}, organisation_id, ?2, id, ?3, ?4, ?4 FROM cook_applications
        WHERE id = ?1 AND email IS NOT NULL AND erased_at IS NULL
          ${message.onlyIfPreviousChanged ? "AND changes() > 0" : ""}`,
    )
    .bind(message.applicationId, message.kind, JSON.stringify(message.payload ?? {}), message.now);
}

/**
 * Queues the confirmation of a sign-up or of a submitted application, in the caller's batch, unless
 * its address already had `quota.perDay` confirmations today: the write stands, only the email is
 * not queued. The first statement counts the address for today, and only while under the cap; the
 * second queues the message only if that counted. Without a quota it is the plain enqueue.
 */
export function enqueueConfirmation(
  db: D1Database,
  message: {
    kind: MessageKind;
    now: number;
    onlyIfPreviousChanged?: boolean;
    payload?: Record<string, unknown>;
  } & ({ registrationId: string } | { applicationId: string }),
  quota: ConfirmationQuota | null,
): D1PreparedStatement[] {
  const enqueue = (onlyIfPreviousChanged: boolean) =>
    "registrationId" in message
      ? enqueueForRegistration(db, { ...message, onlyIfPreviousChanged })
      : enqueueForApplication(db, { ...message, onlyIfPreviousChanged });
  if (!quota) return [enqueue(message.onlyIfPreviousChanged ?? false)];
  const [table, id] =
    "registrationId" in message
      ? ["registrations", message.registrationId]
      : ["cook_applications", message.applicationId];
  return [
    db
      .prepare(
        `INSERT INTO confirmation_counts (recipient_hash, day, queued)
         SELECT ?1, ?2, 1 FROM ${table}
          WHERE id = ?3 AND email IS NOT NULL AND erased_at IS NULL AND ?4 > 0
            ${message.onlyIfPreviousChanged ? "AND changes() > 0" : ""}
         ON CONFLICT (recipient_hash, day) DO UPDATE SET queued = queued + 1 WHERE queued < ?4`,
      )
      .bind(quota.recipientHash, quota.day, id, quota.perDay),
    enqueue(true),
  ];
}
