import type { MessagesLike, PluralKey as PluralKeyOf, StringKey } from "../../../i18n/catalogue.js";
import type source from "../../../i18n/messages/en.json";

/** Strings of emails, calendar files and link pages (`i18n/messages/<language>.json`). */
export type Messages = MessagesLike<typeof source.messages>;
export type MessageKey = StringKey<Messages>;
export type PluralKey = PluralKeyOf<Messages>;
