import { resolveText, type LocaleText } from "../../../i18n/content.js";

/**
 * An organiser-written text in the first of `locales` it exists in (each through its fallback
 * chain), through the one content fallback; `pickLocale` says which language that is, for `lang`.
 */
export function pickText(text: LocaleText, locales: readonly string[]): string {
  return pick(text, locales).text;
}

export function pickLocale(text: LocaleText, locales: readonly string[]): string | undefined {
  const found = pick(text, locales);
  return found.text ? found.lang : undefined;
}

function pick(text: LocaleText, locales: readonly string[]) {
  const [first = "en", ...rest] = locales;
  for (const locale of rest) {
    const found = resolveText(text, first, locale);
    if (found.text) return found;
  }
  return resolveText(text, first, first);
}
