import type { MessageKind } from "../messages/render.js";

/** A claimed outbox row: what sending it needs. */
export interface ClaimedMessage {
  id: string;
  organisation_id: string;
  kind: MessageKind;
  registration_id: string | null;
  application_id: string | null;
  user_id: string | null;
  mentoring_person_id: string | null;
  payload: string;
  attempts: number;
}

/** Messages waiting to go out now: pending, due, and not held by a sender. */
const dueWhere = `status = 'pending' AND next_attempt_at <= ?1
                  AND (claimed_until IS NULL OR claimed_until < ?1)`;

/**
 * Claims up to `limit` due messages in one statement: each is held until `claimedUntil`, so no
 * other sender can claim it before then, and it becomes claimable again if this one never writes
 * back (it crashed). `claimedUntil` is also the claim's token: the write-back only touches rows
 * still held under it.
 */
export async function claimDueMessages(
  db: D1Database,
  claim: { now: number; claimedUntil: number; limit: number },
): Promise<ClaimedMessage[]> {
  const { results } = await db
    .prepare(
      `UPDATE outbox SET claimed_until = ?2
        WHERE id IN (SELECT id FROM outbox WHERE ${dueWhere} ORDER BY next_attempt_at LIMIT ?3)
        RETURNING id, organisation_id, kind, registration_id, application_id, user_id,
                  mentoring_person_id, payload, attempts`,
    )
    .bind(claim.now, claim.claimedUntil, claim.limit)
    .all<ClaimedMessage>();
  return results;
}

/** How many messages are due, counted up to `cap` (the rows read stop there). */
export async function countDueMessages(db: D1Database, now: number, cap: number): Promise<number> {
  const { results } = await db
    .prepare(`SELECT COUNT(*) AS due FROM (SELECT 1 FROM outbox WHERE ${dueWhere} LIMIT ?2)`)
    .bind(now, cap)
    .all<{ due: number }>();
  return results[0]?.due ?? 0;
}

/** What became of one claimed message. */
export type DeliveryResult =
  | { id: string; status: "sent" | "skipped" }
  | { id: string; status: "pending" | "failed"; nextAttemptAt: number; error: string };

/**
 * Writes back every result of a claim as one statement (a JSON array of results, not a statement
 * per message): sent and skipped messages are done, failed tries wait for their next attempt or
 * are failed for good. Every try counts as an attempt. Rows no longer held under the claim's token
 * (it expired and another sender took them) are left to that sender. A message relayed between
 * Language Friend partners loses its words once done (other payloads stay until housekeeping or
 * retention deletes them).
 */
export function writeDeliveryResults(
  db: D1Database,
  results: readonly DeliveryResult[],
  claim: { now: number; claimedUntil: number },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE outbox
          SET status = result.status, attempts = outbox.attempts + 1, claimed_until = NULL,
              sent_at = CASE WHEN result.status IN ('sent', 'skipped') THEN ?2 ELSE outbox.sent_at END,
              next_attempt_at = COALESCE(result.next_attempt_at, outbox.next_attempt_at),
              last_error = COALESCE(result.error, outbox.last_error),
              -- A partner's words relayed through Hearth are kept only until they are delivered.
              payload = CASE WHEN outbox.kind = 'mentoring_relay' AND result.status IN ('sent', 'skipped')
                             THEN '{}' ELSE outbox.payload END
         FROM (SELECT value ->> 'id' AS id, value ->> 'status' AS status,
                      value ->> 'nextAttemptAt' AS next_attempt_at, value ->> 'error' AS error
                 FROM json_each(?1)) AS result
        WHERE outbox.id = result.id AND outbox.claimed_until = ?3`,
    )
    .bind(JSON.stringify(results), claim.now, claim.claimedUntil);
}
