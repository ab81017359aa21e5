import type { LocaleText } from "../../../schema/contracts/locale-text.js";

/*
 * The contracts' resolveLocaleText lives beside valibot schemas; this small copy keeps valibot
 * out of admin.js.
 */
export function pickText(text: LocaleText, locales: readonly string[]): string {
  for (const locale of locales) {
    const found = text[locale];
    if (found) return found;
  }
  return Object.values(text).find(Boolean) ?? "";
}

/** The locale `pickText` found the text in, so it can carry the right `lang`. */
export function pickLocale(text: LocaleText, locales: readonly string[]): string | undefined {
  return locales.find((locale) => text[locale]) ?? Object.keys(text).find((key) => text[key]);
}
