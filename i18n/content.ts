import { fallbackChain } from "./negotiate.js";

/** Organisation-written text in several languages: language tag → text. */
export type LocaleText = Readonly<Record<string, string>>;

export interface ResolvedText {
  text: string;
  /** The language the text is really written in, for `lang` on the element that shows it. */
  lang: string;
}

/**
 * The one content fallback: the reader's language through its chain, then each fallback (the
 * organisation's default; for a cook's dish, then the cook's own language) through its chain, then
 * whatever the text exists in. Each text says which language it is really in.
 */
export function resolveText(
  text: LocaleText | null | undefined,
  locale: string,
  ...fallbacks: string[]
): ResolvedText {
  const entries = Object.entries(text ?? {}).filter(([, value]) => value !== "");
  for (const candidate of [locale, ...fallbacks].flatMap(fallbackChain)) {
    const found = entries.find(([tag]) => tag.toLowerCase() === candidate.toLowerCase());
    if (found) return { text: found[1], lang: found[0] };
  }
  const [lang, first] = entries[0] ?? [fallbacks[0] ?? locale, ""];
  return { text: first, lang };
}

/**
 * An organiser's words to one reader (a cancellation, a decision), through the same fallback;
 * null when nothing was written.
 */
export function resolveWords(
  words: LocaleText | null | undefined,
  locale: string,
  defaultLocale: string,
): ResolvedText | null {
  const found = resolveText(words, locale, defaultLocale);
  return found.text.trim() ? found : null;
}
