import type { Places, WayPlacesMessage } from "../../schema/rules/availability.js";
import { placesMessage } from "../../schema/rules/availability.js";
import type { PagePluralKey, PageWords } from "./page-words.js";

/**
 * The places line in the reader's words, as the widgets word it (`worded` in
 * `widgets/shared/availability.ts`); `remaining` words one way's places left ("3 seats left").
 * The event's page and the first screens say places with it.
 */
export function wordedPlaces(
  message: WayPlacesMessage,
  words: PageWords,
  remaining: PagePluralKey = "placesLeft",
): { text: string; tone: string } {
  const text =
    message.key === "remaining"
      ? words.plural(remaining, message.count)
      : "count" in message
        ? words.plural(message.key, message.count)
        : words.t(message.key);
  return { text, tone: message.tone };
}

/**
 * Places left, as the widgets say them: how many, or full with or without a waitlist, and
 * honestly how many are only held for people offered them.
 */
export const placesText = (places: Places, words: PageWords): string =>
  wordedPlaces(placesMessage(places), words).text;
