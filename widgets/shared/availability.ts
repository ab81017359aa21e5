import type { PublicEvent, PublicSlot } from "../../schema/contracts/events.js";
import type { LocalizeController } from "./localize.js";

export type AvailabilityTone = "open" | "waitlist" | "closed";

export interface Availability {
  text: string;
  tone: AvailabilityTone;
}

export type Places = Pick<PublicSlot, "remaining" | "waitlistRemaining" | "held">;

/**
 * No place left: whether the waitlist still takes people and, honestly, how many places are only
 * held for people on the waitlist who have not answered yet (they may come free again).
 */
export function fullAvailability(places: Places, localize: LocalizeController): Availability {
  const tone = places.waitlistRemaining > 0 ? "waitlist" : "closed";
  if (places.held > 0) {
    const key = tone === "waitlist" ? "fullHeldWaitlist" : "fullHeld";
    return { text: localize.plural(key, places.held), tone };
  }
  return { text: localize.t(tone === "waitlist" ? "fullWaitlist" : "full"), tone };
}

function ofPlaces(places: Places, localize: LocalizeController): Availability {
  if (places.remaining > 0) {
    return { text: localize.plural("placesLeft", places.remaining), tone: "open" };
  }
  return fullAvailability(places, localize);
}

export function slotAvailability(slot: PublicSlot, localize: LocalizeController): Availability {
  return ofPlaces(slot, localize);
}

/**
 * The slots a reader of an event list takes a place in: attendees' and visitors' seats. A visit's
 * host and interpreter places are not seats; hosts and interpreters see theirs where they sign up.
 */
const seatAudiences: ReadonlySet<string> = new Set(["attendee", "visitor"]);

/** Places across the event's seats, or why nobody can sign up. */
export function eventAvailability(event: PublicEvent, localize: LocalizeController): Availability {
  if (event.status === "cancelled") return { text: localize.t("eventCancelled"), tone: "closed" };
  if (!event.signupOpen) return { text: localize.t("signupClosed"), tone: "closed" };
  return ofPlaces(
    event.slots
      .filter((slot) => seatAudiences.has(slot.audience))
      .reduce(
        (sum, slot) => ({
          remaining: sum.remaining + slot.remaining,
          waitlistRemaining: sum.waitlistRemaining + slot.waitlistRemaining,
          held: sum.held + slot.held,
        }),
        { remaining: 0, waitlistRemaining: 0, held: 0 },
      ),
    localize,
  );
}
