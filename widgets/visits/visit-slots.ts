import type { PublicEvent, PublicSlot, PublicStop } from "../../schema/contracts/events.js";
import type { Availability } from "../shared/availability.js";
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

/** "3 seats left", "Full — join the waitlist" or "Full", for one way of taking part. */
export function placesFor(
  visit: PublicEvent,
  audience: Audience,
  localize: LocalizeController,
): Availability {
  if (visit.status === "cancelled") return { text: localize.t("eventCancelled"), tone: "closed" };
  if (!visit.signupOpen) return { text: localize.t("signupClosed"), tone: "closed" };
  const slots =
    audience === "host" ? hostSlots(visit).map(({ slot }) => slot) : [slotFor(visit, audience)];
  const remaining = slots.reduce((sum, slot) => sum + (slot?.remaining ?? 0), 0);
  const waitlist = slots.reduce((sum, slot) => sum + (slot?.waitlistRemaining ?? 0), 0);
  if (remaining > 0) return { text: localize.plural(countKeys[audience], remaining), tone: "open" };
  if (waitlist > 0) return { text: localize.t("fullWaitlist"), tone: "waitlist" };
  return { text: localize.t(slots.length > 0 ? "full" : "choiceClosed"), tone: "closed" };
}
