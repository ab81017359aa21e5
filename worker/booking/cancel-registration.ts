import { newId } from "../lib/crypto.js";
import { enqueueForRegistration } from "../notifications/enqueue.js";
import { promoteWaitlist } from "./promote-waitlist.js";

/** Who cancelled, for the message to the person. */
export interface Cancellation {
  by: "person" | "organiser";
}

/**
 * Statements that cancel a registration, free its places (or its waitlist places, or the places
 * held for its offer — declining one), tell the person, and promote from the waitlist. Nothing happens to a registration already cancelled.
 */
export function cancelStatements(
  db: D1Database,
  registrationId: string,
  slotId: string,
  now: number,
  cancellation: Cancellation = { by: "person" },
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE slots
            SET taken = taken - COALESCE((SELECT adults + children FROM registrations
                                          WHERE id = ?1 AND status IN ('confirmed', 'offered')), 0),
                held = held - COALESCE((SELECT adults + children FROM registrations
                                          WHERE id = ?1 AND status = 'offered'), 0),
                waitlist_taken = waitlist_taken - COALESCE((SELECT adults + children FROM registrations
                                          WHERE id = ?1 AND status = 'waitlisted'), 0)
          WHERE id = ?2`,
      )
      .bind(registrationId, slotId),
    db
      .prepare(
        `UPDATE registrations SET status = 'cancelled', cancelled_at = ?2, updated_at = ?2
          WHERE id = ?1 AND status <> 'cancelled'`,
      )
      .bind(registrationId, now),
    enqueueForRegistration(db, {
      kind: "cancelled",
      registrationId,
      payload: {
        cancelledBy: cancellation.by,
        organiserMessage: null,
      },
      now,
      onlyIfPreviousChanged: true,
    }),
    ...promoteWaitlist(db, slotId, newId("promo"), now),
  ];
}

/** Cancels in one batch. Returns whether this call did the cancelling. */
export async function cancelRegistration(
  db: D1Database,
  registrationId: string,
  slotId: string,
  now: number,
  cancellation: Cancellation = { by: "person" },
): Promise<boolean> {
  const results = await db.batch(cancelStatements(db, registrationId, slotId, now, cancellation));
  return (results[1]!.meta.changes ?? 0) > 0;
}
