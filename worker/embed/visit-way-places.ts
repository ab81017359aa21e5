import type { PublicEvent, PublicSlot } from "../../schema/contracts/events.js";
import type { Audience } from "../../schema/rules/visit-ways.js";
import { hostSlots, slotFor } from "../../schema/rules/visit-ways.js";
import { ApiError } from "../http/errors.js";

/** Why an event has no form for a way: only a host-community visit has them. */
const noPlaces: Record<Audience, string> = {
  visitor: "This event has no seats for groups: only a host-community visit has a group form.",
  host: "This event has no places for hosts: only a host-community visit with a stop to host has a host form.",
  interpreter:
    "This event has no places for interpreters: only a host-community visit has an interpreter form.",
};

/**
 * A way's places on the visit — the group's seats, every stop's host places, the interpreters'
 * places — for its form's first screen (`visit-form-first-screens.ts`); an event without them
 * has no such form: 404.
 */
export function wayPlacesOr404(
  visit: PublicEvent,
  audience: Audience,
): [PublicSlot, ...PublicSlot[]] {
  const places =
    audience === "host"
      ? hostSlots(visit).map(({ slot }) => slot)
      : [slotFor(visit, audience)].filter((slot) => slot !== undefined);
  const [first, ...more] = places;
  if (first) return [first, ...more];
  throw new ApiError(404, "not_found", noPlaces[audience]);
}
