import type { OutboxMessage } from "../../schema/contracts/admin/outbox.js";

/** The outbox as organisers see it: what was sent, what waits, what failed and why. */

interface Row {
  id: string;
  kind: string;
  status: OutboxMessage["status"];
  attempts: number;
  lastError: string | null;
  createdAt: number;
  nextAttemptAt: number;
  sentAt: number | null;
  registrationId: string | null;
  shortCode: string | null;
  eventId: string | null;
}

const columns = `o.id, o.kind, o.status, o.attempts, o.last_error AS lastError, o.created_at AS createdAt,
  o.next_attempt_at AS nextAttemptAt, o.sent_at AS sentAt, o.registration_id AS registrationId,
  r.short_code AS shortCode, r.event_id AS eventId`;

function toMessage(row: Row): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: new Date(row.createdAt).toISOString(),
    nextAttemptAt: new Date(row.nextAttemptAt).toISOString(),
    sentAt: row.sentAt === null ? null : new Date(row.sentAt).toISOString(),
    registration:
      row.registrationId && row.eventId
        ? { id: row.registrationId, shortCode: row.shortCode, eventId: row.eventId }
        : null,
  };
}

/** One message of the organisation, or null. */
export async function findOrganisationMessage(
  db: D1Database,
  organisationId: string,
  id: string,
): Promise<OutboxMessage | null> {
  const { results } = await db
    .prepare(
      `SELECT ${columns} FROM outbox o LEFT JOIN registrations r ON r.id = o.registration_id
        WHERE o.id = ?1 AND o.organisation_id = ?2`,
    )
    .bind(id, organisationId)
    .all<Row>();
  return results[0] ? toMessage(results[0]) : null;
}

/** The organisation's newest 100 messages with a status (`failed`, `pending`, `sent` …). */
export async function listOrganisationMessages(
  db: D1Database,
  organisationId: string,
  status: string,
): Promise<OutboxMessage[]> {
  const { results } = await db
    .prepare(
      `SELECT ${columns} FROM outbox o LEFT JOIN registrations r ON r.id = o.registration_id
        WHERE o.organisation_id = ?1 AND o.status = ?2 ORDER BY o.created_at DESC LIMIT 100`,
    )
    .bind(organisationId, status)
    .all<Row>();
  return results.map(toMessage);
}

/**
 * Sends a failed message again: back to pending, tries from zero, due now. Only a failed one:
 * the status is checked in the statement, so a message already being sent is never reset.
 */
export function retryMessageStatement(
  db: D1Database,
  organisationId: string,
  id: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?3, claimed_until = NULL
        WHERE id = ?1 AND organisation_id = ?2 AND status = 'failed'`,
    )
    .bind(id, organisationId, now);
}
