import type { PublicEvent, PublicSlot } from "../../schema/contracts/events.js";
import type {
  AvailabilityTone,
  Places,
  WayPlacesMessage,
} from "../../schema/rules/availability.js";
import { eventPlacesMessage, placesMessage } from "../../schema/rules/availability.js";
import type { PluralKey } from "../i18n/messages.js";
import type { LocalizeController } from "./localize.js";

export type { AvailabilityTone, Places };

export interface Availability {
  text: string;
  tone: AvailabilityTone;
}

/**
 * The rule's message in the reader's words (`schema/rules/availability.ts` decides which);
 * `remaining` words the places left of one way of taking part ("3 seats left").
 */
export function worded(
  message: WayPlacesMessage,
  localize: LocalizeController,
  remaining: PluralKey = "placesLeft",
): Availability {
  const text =
    message.key === "remaining"
      ? localize.plural(remaining, message.count)
      : "count" in message
        ? localize.plural(message.key, message.count)
        : localize.t(message.key);
  return { text, tone: message.tone };
}

export const slotAvailability = (slot: PublicSlot, localize: LocalizeController) =>
  worded(placesMessage(slot), localize);

export const eventAvailability = (event: PublicEvent, localize: LocalizeController) =>
  worded(eventPlacesMessage(event), localize);
