import type { PublicEvent, PublicSlot } from "../../schema/contracts/events.js";
import type {
  AvailabilityMessage,
  AvailabilityTone,
  Places,
} from "../../schema/rules/availability.js";
import { eventPlacesMessage, fullPlaces, placesMessage } from "../../schema/rules/availability.js";
import type { LocalizeController } from "./localize.js";

export type { AvailabilityTone, Places };

export interface Availability {
  text: string;
  tone: AvailabilityTone;
}

/** The rule's message in the reader's words (`schema/rules/availability.ts` decides which). */
export function worded(message: AvailabilityMessage, localize: LocalizeController): Availability {
  const text =
    "count" in message ? localize.plural(message.key, message.count) : localize.t(message.key);
  return { text, tone: message.tone };
}

export const fullAvailability = (places: Places, localize: LocalizeController) =>
  worded(fullPlaces(places), localize);

export const slotAvailability = (slot: PublicSlot, localize: LocalizeController) =>
  worded(placesMessage(slot), localize);

export const eventAvailability = (event: PublicEvent, localize: LocalizeController) =>
  worded(eventPlacesMessage(event), localize);
