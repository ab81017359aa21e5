import type { MessageKind } from "../notifications/enqueue.js";

/**
 * Queues a message to a mentor or learner, in the caller's batch: only when the person exists,
 * has an address and was not erased (nobody without an address is ever queued).
 */
export function enqueueForMentoringPerson(
  db: D1Database,
  message: { kind: MessageKind; personId: string; now: number; payload?: Record<string, unknown> },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO outbox (id, organisation_id, kind, mentoring_person_id, payload, next_attempt_at, created_at)
       SELECT 'msg_' || lower(hex(randomblob(10))), organisation_id, ?2, id, ?3, ?4, ?4
         FROM mentoring_people WHERE id = ?1 AND email IS NOT NULL AND erased_at IS NULL`,
    )
    .bind(message.personId, message.kind, JSON.stringify(message.payload ?? {}), message.now);
}
