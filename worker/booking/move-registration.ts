import { isCheckViolation } from "./d1-errors.js";

/**
 * An organiser moves a party between the waitlist and confirmed places: the counters and the
 * status change in one batch, and the slot's CHECKs refuse a move past capacity (or past the
 * waitlist's size). Returns "moved", "unchanged" (not in the `from` state) or "full".
 */
export async function moveRegistration(
  db: D1Database,
  registrationId: string,
  slotId: string,
  to: "confirmed" | "waitlisted",
  now: number,
): Promise<"moved" | "unchanged" | "full"> {
  const from = to === "confirmed" ? "waitlisted" : "confirmed";
  const [gain, lose] =
    to === "confirmed" ? ["taken", "waitlist_taken"] : ["waitlist_taken", "taken"];
  try {
    const results = await db.batch([
      db
        .prepare(
          `UPDATE slots
              SET ${gain} = ${gain} + moved.party, ${lose} = ${lose} - moved.party
             FROM (SELECT adults + children AS party FROM registrations
                    WHERE id = ?1 AND slot_id = ?2 AND status = ?3) AS moved
            WHERE slots.id = ?2`,
        )
        .bind(registrationId, slotId, from),
      db
        .prepare(
          `UPDATE registrations SET status = ?3, updated_at = ?4, checked_in_at = NULL
            WHERE id = ?1 AND slot_id = ?2 AND status = ?5`,
        )
        .bind(registrationId, slotId, to, now, from),
    ]);
    return (results[1]!.meta.changes ?? 0) > 0 ? "moved" : "unchanged";
  } catch (error) {
    if (isCheckViolation(error)) return "full";
    throw error;
  }
}
