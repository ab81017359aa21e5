import * as v from "valibot";

/** A BCP 47 language tag as Hearth stores it: `en`, `ar`, `fa-AF`, `uk`. */
export const localeSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en, ar or uk."),
);

/** Multilingual content: locale → text, resolved by `resolveText` in `i18n/content.ts`. */
export type LocaleText = Record<string, string>;
