import type { PublicEvent } from "../../schema/contracts/events.js";
import type { Audience } from "../../schema/rules/visit-ways.js";
import { wayPlaces, ways } from "../../schema/rules/visit-ways.js";
import type { Availability } from "../shared/availability.js";
import { worded } from "../shared/availability.js";
import type { LocalizeController } from "../shared/localize.js";

/**
 * "3 seats left", "Full — join the waitlist" or "Full" (saying so when places are held for people
 * on the waitlist), for one way of taking part.
 */
export function placesFor(
  visit: PublicEvent,
  audience: Audience,
  localize: LocalizeController,
): Availability {
  const { count } = ways.find((way) => way.audience === audience)!;
  return worded(wayPlaces(visit, audience), localize, count);
}
