/**
 * What a reader is told about an event's or a time's places, as a message key and the count it
 * takes: the widgets and the worker's first screen of a list (`worker/embed/events-first-screen.ts`)
 * word it from the same catalogues, so both say the same thing about the same places.
 */
export type AvailabilityTone = "open" | "waitlist" | "closed";

export interface Places {
  remaining: number;
  waitlistRemaining: number;
  held: number;
}

/** A message with a count (`placesLeft`, places held for the waitlist) or one without. */
export type AvailabilityMessage =
  | { key: "placesLeft" | "fullHeldWaitlist" | "fullHeld"; count: number; tone: AvailabilityTone }
  | { key: "fullWaitlist" | "full" | "eventCancelled" | "signupClosed"; tone: AvailabilityTone };

/**
 * No place left: whether the waitlist still takes people and, honestly, how many places are only
 * held for people on the waitlist who have not answered yet (they may come free again).
 */
export function fullPlaces(places: Places): AvailabilityMessage {
  const tone = places.waitlistRemaining > 0 ? "waitlist" : "closed";
  if (places.held > 0) {
    return { key: tone === "waitlist" ? "fullHeldWaitlist" : "fullHeld", count: places.held, tone };
  }
  return { key: tone === "waitlist" ? "fullWaitlist" : "full", tone };
}

export function placesMessage(places: Places): AvailabilityMessage {
  if (places.remaining > 0) return { key: "placesLeft", count: places.remaining, tone: "open" };
  return fullPlaces(places);
}

/**
 * The slots a reader of an event list takes a place in: attendees' and visitors' seats. A visit's
 * host and interpreter places are not seats; hosts and interpreters see theirs where they sign up.
 */
const seatAudiences: ReadonlySet<string> = new Set(["attendee", "visitor"]);

/** Why nobody can sign up for the event at all, if nobody can. */
function closedEvent(event: { status: string; signupOpen: boolean }): AvailabilityMessage | null {
  if (event.status === "cancelled") return { key: "eventCancelled", tone: "closed" };
  return event.signupOpen ? null : { key: "signupClosed", tone: "closed" };
}

/** The places of several slots together. */
export const sumPlaces = (slots: readonly Places[]): Places => {
  const total = (field: keyof Places) => slots.reduce((sum, slot) => sum + slot[field], 0);
  return {
    remaining: total("remaining"),
    waitlistRemaining: total("waitlistRemaining"),
    held: total("held"),
  };
};

/** Places across the event's seats, or why nobody can sign up. */
export function eventPlacesMessage(event: {
  status: string;
  signupOpen: boolean;
  slots: readonly (Places & { audience: string })[];
}): AvailabilityMessage {
  return (
    closedEvent(event) ??
    placesMessage(sumPlaces(event.slots.filter((slot) => seatAudiences.has(slot.audience))))
  );
}

/** For one way of taking part (a visit's seats, its hosts' or interpreters' places). */
export type WayPlacesMessage =
  | AvailabilityMessage
  | { key: "remaining"; count: number; tone: "open" }
  | { key: "choiceClosed"; tone: "closed" };

/**
 * Places across the slots of one way of taking part: how many are left (`remaining`, which the
 * caller words for its way: "3 seats left"), none offered for it (`choiceClosed`), or full.
 */
export function wayPlacesMessage(
  event: { status: string; signupOpen: boolean },
  slots: readonly Places[],
): WayPlacesMessage {
  const closed = closedEvent(event);
  if (closed) return closed;
  const places = sumPlaces(slots);
  if (places.remaining > 0) return { key: "remaining", count: places.remaining, tone: "open" };
  if (slots.length === 0) return { key: "choiceClosed", tone: "closed" };
  return fullPlaces(places);
}
