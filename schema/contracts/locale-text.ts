import * as v from "valibot";

/** A BCP 47 language tag as Hearth stores it: `en`, `ar`, `fa-AF`, `uk`. */
export const localeSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as en, ar or uk."),
);

/** Multilingual content: locale → text, resolved with a fallback to the organisation's default. */
export type LocaleText = Record<string, string>;

/** Scripts written right to left, by primary language subtag. */
const rightToLeftLanguages = new Set(["ar", "fa", "prs", "ps", "ckb", "he", "ur", "yi", "dv"]);

export function isRightToLeft(locale: string): boolean {
  return rightToLeftLanguages.has(locale.split("-")[0]!.toLowerCase());
}

/** Picks the text for `locale`, then its base language, then the fallback locale, then any. */
export function resolveLocaleText(
  text: LocaleText,
  locale: string,
  fallbackLocale: string,
): { text: string; locale: string } {
  const base = locale.split("-")[0]!;
  for (const candidate of [locale, base, fallbackLocale]) {
    const found = text[candidate];
    if (found) return { text: found, locale: candidate };
  }
  const [firstLocale, firstText] = Object.entries(text)[0] ?? [fallbackLocale, ""];
  return { text: firstText, locale: firstLocale };
}
