import type { PublicSlot } from "../../schema/contracts/events.js";
import type { PageWords } from "./page-words.js";

type Places = Pick<PublicSlot, "remaining" | "waitlistRemaining" | "held">;

/**
 * Places left in the words the widgets use (`widgets/shared/availability.ts`): how many, or full
 * with or without a waitlist, and honestly how many are only held for people offered them.
 */
export function placesText(places: Places, words: PageWords): string {
  if (places.remaining > 0) return words.plural("placesLeft", places.remaining);
  const waitlist = places.waitlistRemaining > 0;
  if (places.held > 0) {
    return words.plural(waitlist ? "fullHeldWaitlist" : "fullHeld", places.held);
  }
  return words.t(waitlist ? "fullWaitlist" : "full");
}

/** The places of every time together, as the event's one line of places. */
export function totalPlaces(slots: readonly PublicSlot[]): Places {
  return slots.reduce(
    (sum, slot) => ({
      remaining: sum.remaining + slot.remaining,
      waitlistRemaining: sum.waitlistRemaining + slot.waitlistRemaining,
      held: sum.held + slot.held,
    }),
    { remaining: 0, waitlistRemaining: 0, held: 0 },
  );
}
