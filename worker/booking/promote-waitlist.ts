import { enqueueForRegistrations } from "../notifications/enqueue.js";

/**
 * Three statements, for the end of a batch that frees places on a slot: promote the oldest
 * waitlisted registrations that fit into the free places (skipping a party too big for what is
 * left, so smaller parties behind it are not kept waiting), then move their places from the
 * waitlist counter to the taken counter. `marker` is unique per batch, so the second statement
 * counts exactly the rows the first one promoted; the slot's CHECKs still guard the result.
 * Everyone promoted is told, by a message queued in the same batch.
 */
export function promoteWaitlist(
  db: D1Database,
  slotId: string,
  marker: string,
  now: number,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE registrations
            SET status = 'confirmed', promotion_batch = ?2, updated_at = ?3
          WHERE id IN (
            WITH RECURSIVE
              queue AS (
                SELECT id, adults + children AS party,
                       ROW_NUMBER() OVER (ORDER BY created_at, rowid) AS position
                  FROM registrations
                 WHERE slot_id = ?1 AND status = 'waitlisted'
              ),
              walk(position, free, id, promoted) AS (
                SELECT 0, (SELECT capacity - taken FROM slots WHERE id = ?1), NULL, 0
                UNION ALL
                SELECT queue.position,
                       CASE WHEN queue.party <= walk.free THEN walk.free - queue.party ELSE walk.free END,
                       queue.id,
                       queue.party <= walk.free
                  FROM walk JOIN queue ON queue.position = walk.position + 1
                 WHERE walk.free > 0
              )
            SELECT id FROM walk WHERE promoted
          )`,
      )
      .bind(slotId, marker, now),
    db
      .prepare(
        `UPDATE slots
            SET taken = taken + moved.places, waitlist_taken = waitlist_taken - moved.places
           FROM (SELECT COALESCE(SUM(adults + children), 0) AS places
                   FROM registrations WHERE promotion_batch = ?2) AS moved
          WHERE slots.id = ?1`,
      )
      .bind(slotId, marker),
    enqueueForRegistrations(db, {
      kind: "promoted",
      where: "promotion_batch = ?",
      binds: [marker],
      now,
    }),
  ];
}
