import { enqueueForRegistration, enqueueForRegistrations } from "../notifications/enqueue.js";
import { promoteWaitlist } from "./promote-waitlist.js";

/** The shortest time anyone is given to answer an offer: closer to the start, places are given. */
export const shortestOfferMs = 30 * 60 * 1000;

/**
 * SQL for when an offer of a place on slot `slot` made at `now` runs out, or NULL when the place
 * is given straight away: the event's `waitlist_offer_hours`, but never more than half the time
 * left before the slot starts (an offer the evening before gives a few hours, not a day), and no
 * offer at all when that half is under `shortestOfferMs`. `slot` and `now` are SQL expressions.
 */
export function offerUntilSql(slot: string, now: string): string {
  return `(SELECT CASE WHEN e.waitlist_offer_hours IS NOT NULL
                         AND (s.starts_at - ${now}) / 2 >= ${shortestOfferMs}
                       THEN ${now} + MIN(e.waitlist_offer_hours * 3600000, (s.starts_at - ${now}) / 2)
                  END
             FROM slots s JOIN events e ON e.id = s.event_id WHERE s.id = ${slot})`;
}

/**
 * Accepts an open offer in one batch: the party is confirmed, its places stop being held (they
 * were already taken), and the confirmation is queued. Nothing happens to an offer that ran out
 * or was answered, or of an event that was cancelled. Returns whether this call accepted it.
 */
export async function acceptOffer(
  db: D1Database,
  registrationId: string,
  slotId: string,
  now: number,
): Promise<boolean> {
  const [accepted] = await db.batch([
    db
      .prepare(
        `UPDATE registrations
            SET status = 'confirmed', offer_expires_at = NULL, updated_at = ?3
          WHERE id = ?1 AND slot_id = ?2 AND status = 'offered' AND offer_expires_at > ?3
            AND event_id IN (SELECT id FROM events WHERE status = 'published')`,
      )
      .bind(registrationId, slotId, now),
    db
      .prepare(
        `UPDATE slots SET held = held - (SELECT adults + children FROM registrations WHERE id = ?1)
          WHERE id = ?2 AND changes() > 0`,
      )
      .bind(registrationId, slotId),
    enqueueForRegistration(db, {
      kind: "promoted",
      registrationId,
      payload: { accepted: true },
      now,
      onlyIfPreviousChanged: true,
    }),
  ]);
  return (accepted!.meta.changes ?? 0) > 0;
}

/**
 * The offers on one slot that ran out by `now`, in one batch: they leave the waitlist (marked by
 * `marker`, told so), their places are freed, and the next parties are offered them.
 */
export function expireOffersStatements(
  db: D1Database,
  slotId: string,
  marker: string,
  now: number,
  promotionMarker: string,
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE registrations
            SET status = 'cancelled', cancelled_at = ?3, updated_at = ?3, promotion_batch = ?2
          WHERE slot_id = ?1 AND status = 'offered' AND offer_expires_at <= ?3`,
      )
      .bind(slotId, marker, now),
    db
      .prepare(
        `UPDATE slots SET taken = taken - gone.places, held = held - gone.places
           FROM (SELECT COALESCE(SUM(adults + children), 0) AS places FROM registrations
                  WHERE promotion_batch = ?2) AS gone
          WHERE slots.id = ?1`,
      )
      .bind(slotId, marker),
    enqueueForRegistrations(db, {
      kind: "offer_expired",
      where: "promotion_batch = ?",
      binds: [marker],
      now,
    }),
    ...promoteWaitlist(db, slotId, promotionMarker, now),
  ];
}
