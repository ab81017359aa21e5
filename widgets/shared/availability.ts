import type { PublicEvent, PublicSlot } from "../../schema/contracts/events.js";
import type { LocalizeController } from "./localize.js";

export type AvailabilityTone = "open" | "waitlist" | "closed";

export interface Availability {
  text: string;
  tone: AvailabilityTone;
}

type Places = Pick<PublicSlot, "remaining" | "waitlistRemaining">;

function ofPlaces(places: Places, localize: LocalizeController): Availability {
  if (places.remaining > 0) {
    return { text: localize.plural("placesLeft", places.remaining), tone: "open" };
  }
  if (places.waitlistRemaining > 0) return { text: localize.t("fullWaitlist"), tone: "waitlist" };
  return { text: localize.t("full"), tone: "closed" };
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
        }),
        { remaining: 0, waitlistRemaining: 0 },
      ),
    localize,
  );
}
