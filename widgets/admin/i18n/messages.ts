import type { MessagesLike, PluralKey, StringKey } from "../../../i18n/catalogue.js";
import type dashboard from "../../../i18n/dashboard/en.json";

/** The dashboard's strings (`i18n/dashboard/<language>.json`); English is the source of the keys. */
export type AdminMessages = MessagesLike<typeof dashboard.messages>;
export type AdminMessageKey = StringKey<AdminMessages>;
export type AdminPluralKey = PluralKey<AdminMessages>;
