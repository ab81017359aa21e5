import type { PublicEvent } from "../../schema/contracts/events.js";
import type { Audience } from "../../schema/rules/visit-ways.js";
import { wayPlaces } from "../../schema/rules/visit-ways.js";
import type { Availability } from "../shared/availability.js";
import { worded } from "../shared/availability.js";
import type { LocalizeController } from "../shared/localize.js";
import type { PluralKey } from "../i18n/messages.js";

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
  return worded(wayPlaces(visit, audience), localize, countKeys[audience]);
}
