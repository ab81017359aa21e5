import type { en } from "./en.js";

/** Plural forms by Intl.PluralRules category; `other` is the one every language has. */
export type Plural = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

/** A bundle must carry every key of the English one, with strings or plural forms alike. */
export type Messages = {
  readonly [K in keyof typeof en]: (typeof en)[K] extends string ? string : Plural;
};

export type MessageKey = {
  [K in keyof Messages]: Messages[K] extends string ? K : never;
}[keyof Messages];

export type PluralKey = Exclude<keyof Messages, MessageKey>;
