import type { PublicEvent, PublicSlot, PublicStop } from "../../schema/contracts/events.js";
import type { Availability } from "../shared/availability.js";
import { worded } from "../shared/availability.js";
import { wayPlacesMessage } from "../../schema/rules/availability.js";
import type { LocalizeController } from "../shared/localize.js";
import type { PluralKey } from "../i18n/messages.js";

export type Audience = "visitor" | "host" | "interpreter";

export const slotFor = (visit: PublicEvent, audience: Audience): PublicSlot | undefined =>
  visit.slots.find((slot) => slot.audience === audience);

/** Host places, each with the stop it belongs to, in itinerary order. */
export function hostSlots(visit: PublicEvent): Array<{ slot: PublicSlot; stop: PublicStop }> {
  const stops = new Map(visit.itinerary.map((stop) => [stop.id, stop]));
  return visit.slots
    .filter((slot) => slot.audience === "host")
    .flatMap((slot) => {
      const stop = slot.stopId ? stops.get(slot.stopId) : undefined;
      return stop ? [{ slot, stop }] : [];
    })
    .sort((a, b) => a.stop.position - b.stop.position);
}

const canTake = (slot: PublicSlot) => slot.remaining > 0 || slot.waitlistRemaining > 0;

/** Whether anybody can sign up in this way right now. */
export function isOpen(visit: PublicEvent, audience: Audience): boolean {
  if (!visit.signupOpen || visit.status !== "published") return false;
  if (audience === "host") return hostSlots(visit).some(({ slot }) => canTake(slot));
  const slot = slotFor(visit, audience);
  return slot ? canTake(slot) : false;
}

const countKeys: Record<Audience, PluralKey> = {
  visitor: "seatsLeft",
  host: "hostPlacesLeft",
  interpreter: "interpreterPlacesLeft",
};

/**
 * "3 seats left", "Full — join the waitlist" or "Full" (saying so when places are held for people
 * on the waitlist), for one way of taking part.
 */
export function placesFor(
  visit: PublicEvent,
  audience: Audience,
  localize: LocalizeController,
): Availability {
  const slots =
    audience === "host" ? hostSlots(visit).map(({ slot }) => slot) : [slotFor(visit, audience)];
  // A visit without seats for this way reads "Full"; a visit without hosts' places, "No places".
  const none = { remaining: 0, waitlistRemaining: 0, held: 0 };
  return worded(
    wayPlacesMessage(
      visit,
      slots.map((slot) => slot ?? none),
    ),
    localize,
    countKeys[audience],
  );
}
