import type { en } from "./en.js";

/** Plural forms by Intl.PluralRules category; `other` is the one every language has. */
export type Plural = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A dashboard bundle must carry every key of the English one, with strings or plural forms alike. */
export type AdminMessages = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : Plural;
};

export type AdminMessageKey = {
  [K in keyof AdminMessages]: AdminMessages[K] extends string ? K : never;
}[keyof AdminMessages];

export type AdminPluralKey = Exclude<keyof AdminMessages, AdminMessageKey>;
