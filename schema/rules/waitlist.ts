import type { PublicSlot } from "../contracts/events.js";

type WaitlistPlaces = Pick<
  PublicSlot,
  "id" | "remaining" | "waitlistRemaining" | "waitlistCapacity"
>;

/**
 * Whether sending a sign-up now puts the person on a waitlist, and how many wait already: for the
 * time chosen or, before a choice (or with only one time), every time the form offers. `null`
 * when a place is still free somewhere among them, or no waitlist has room. The widget's form and
 * the worker's (an event's page, the first screen) say it before sending with this one rule.
 */
export function waitlistAhead(
  slots: readonly WaitlistPlaces[],
  chosenSlotId: string | undefined,
): number | null {
  const chosen = slots.find((slot) => slot.id === chosenSlotId);
  const candidates = chosen ? [chosen] : slots;
  if (
    candidates.length === 0 ||
    !candidates.every((slot) => slot.remaining === 0 && slot.waitlistRemaining > 0)
  ) {
    return null;
  }
  return Math.min(...candidates.map((slot) => slot.waitlistCapacity - slot.waitlistRemaining));
}
