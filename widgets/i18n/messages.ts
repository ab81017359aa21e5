import type { MessagesLike, PluralKey as PluralKeyOf, StringKey } from "../../i18n/catalogue.js";
import type booking from "../../i18n/public/en/booking.json";
import type common from "../../i18n/public/en/common.json";
import type cook from "../../i18n/public/en/cook.json";
import type events from "../../i18n/public/en/events.json";
import type festival from "../../i18n/public/en/festival.json";
import type food from "../../i18n/public/en/food.json";
import type form from "../../i18n/public/en/form.json";
import type mentoring from "../../i18n/public/en/mentoring.json";
import type mydata from "../../i18n/public/en/mydata.json";
import type signup from "../../i18n/public/en/signup.json";
import type visits from "../../i18n/public/en/visits.json";
import type volunteer from "../../i18n/public/en/volunteer.json";

/**
 * The public widgets' strings, one catalogue per feature and language under `i18n/public/`.
 * A widget loads only its features, in its reader's language. English is the source: keys come
 * from it, so a key that does not exist is a type error.
 */
export type PublicFeature =
  | "common"
  | "events"
  | "signup"
  | "form"
  | "booking"
  | "visits"
  | "festival"
  | "food"
  | "cook"
  | "volunteer"
  | "mentoring"
  | "mydata";

export type Messages = MessagesLike<
  typeof common.messages &
    typeof events.messages &
    typeof signup.messages &
    typeof form.messages &
    typeof booking.messages &
    typeof visits.messages &
    typeof festival.messages &
    typeof food.messages &
    typeof cook.messages &
    typeof volunteer.messages &
    typeof mentoring.messages &
    typeof mydata.messages
>;

export type MessageKey = StringKey<Messages>;
export type PluralKey = PluralKeyOf<Messages>;
