import type { PublicEvent, PublicSlot } from "../../schema/contracts/events.js";

/**
 * What an event's page offers: a form (`open`), or why there is none. The order is the order a
 * person needs to hear it in: a cancelled event is cancelled even while its sign-up is open.
 */
export type PageState =
  | { kind: "open"; slots: PublicSlot[] }
  | { kind: "cancelled" }
  | { kind: "past" }
  | { kind: "not_open_yet"; opensAt: string }
  | { kind: "closed" }
  | { kind: "full" }
  /** A visit: groups, hosts and interpreters sign up in its own widget, which asks much more. */
  | { kind: "elsewhere" }
  /** Nobody signs up: the event has no attendee times (people just come). */
  | { kind: "no_signup" };

/** The times a person signs up for on this page: an event's attendee times. */
export const attendeeSlots = (event: PublicEvent) =>
  event.slots.filter((slot) => slot.audience === "attendee");

/** A time that still takes someone: a place, or a place on its waitlist. */
export const takesSignUps = (slot: PublicSlot) => slot.remaining > 0 || slot.waitlistRemaining > 0;

export function pageState(event: PublicEvent, now: number): PageState {
  if (event.status === "cancelled") return { kind: "cancelled" };
  if (Date.parse(event.endsAt) <= now) return { kind: "past" };
  if (event.kind === "visit") return { kind: "elsewhere" };
  const slots = attendeeSlots(event);
  if (slots.length === 0) return { kind: "no_signup" };
  if (!event.signupOpen) {
    return event.signupOpensAt && Date.parse(event.signupOpensAt) > now
      ? { kind: "not_open_yet", opensAt: event.signupOpensAt }
      : { kind: "closed" };
  }
  if (!slots.some(takesSignUps)) return { kind: "full" };
  return { kind: "open", slots };
}
