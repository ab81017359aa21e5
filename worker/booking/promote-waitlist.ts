import { enqueueForRegistrations } from "../notifications/enqueue.js";
import { offerUntilSql } from "./waitlist-offer.js";

/**
 * Four statements, for the end of a batch that frees places on a slot: give the free places to
 * the oldest waitlisted parties that fit (skipping a party too big for what is left, so smaller
 * parties behind it are not kept waiting), then move their places from the waitlist counter to
 * the taken counter. Where the event offers places (`waitlist_offer_hours`), the parties are
 * `offered` the places instead, held for them until a deadline (`offerUntilSql`) and counted in
 * `held` as well as `taken`, so nobody else can take them. `marker` is unique per batch, so the
 * second statement counts exactly the rows the first one changed; the slot's CHECKs still guard
 * the result. Everyone is told, by a message queued in the same batch. A cancelled event gives
 * nobody anything (its waitlist was told the event is off).
 */
export function promoteWaitlist(
  db: D1Database,
  slotId: string,
  marker: string,
  now: number,
): D1PreparedStatement[] {
  const offerUntil = offerUntilSql("?1", "?3");
  return [
    db
      .prepare(
        `UPDATE registrations
            SET status = CASE WHEN ${offerUntil} IS NULL THEN 'confirmed' ELSE 'offered' END,
                offer_expires_at = ${offerUntil},
                promotion_batch = ?2, updated_at = ?3
          WHERE id IN (
            WITH RECURSIVE
              queue AS (
                SELECT id, adults + children AS party,
                       ROW_NUMBER() OVER (ORDER BY created_at, rowid) AS position
                  FROM registrations
                 WHERE slot_id = ?1 AND status = 'waitlisted'
              ),
              walk(position, free, id, promoted) AS (
                -- Nothing is given or offered for an event that is no longer on (cancelled).
                SELECT 0, (SELECT capacity - taken FROM slots
                            WHERE id = ?1
                              AND event_id IN (SELECT id FROM events WHERE status = 'published')),
                       NULL, 0
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
            SET taken = taken + moved.places, waitlist_taken = waitlist_taken - moved.places,
                held = held + moved.offered
           FROM (SELECT COALESCE(SUM(adults + children), 0) AS places,
                        COALESCE(SUM(CASE WHEN status = 'offered' THEN adults + children END), 0) AS offered
                   FROM registrations WHERE promotion_batch = ?2) AS moved
          WHERE slots.id = ?1`,
      )
      .bind(slotId, marker),
    enqueueForRegistrations(db, {
      kind: "promoted",
      where: "promotion_batch = ? AND status = 'confirmed'",
      binds: [marker],
      now,
    }),
    enqueueForRegistrations(db, {
      kind: "offered",
      where: "promotion_batch = ? AND status = 'offered'",
      binds: [marker],
      now,
    }),
  ];
}
