import * as v from "valibot";
import { localeSchema } from "./locale-text.js";
import type { LocaleText } from "./locale-text.js";
import { multiLineText } from "./text-fields.js";

/**
 * An organiser's own words to the people signed up (a cancellation, a cook decision, a note to a
 * shift), written in one or several languages side by side: `{ "en": "…", "ar": "…" }`. Each
 * recipient reads their language, through the content fallback (`resolveText`). Plain text is
 * still accepted and taken as the organisation's default language (`organiserWordsOf`).
 *
 * With `required`, at least one language must have words.
 */
/* @__NO_SIDE_EFFECTS__ */
export function organiserWords(max: number, required?: string) {
  const perLanguage = v.record(localeSchema, multiLineText(max));
  return v.union([
    multiLineText(max, required),
    required
      ? v.pipe(
          perLanguage,
          v.check((text) => Object.values(text).some((value) => value !== ""), required),
        )
      : perLanguage,
  ]);
}

export type OrganiserWordsInput = string | LocaleText;

/** The words as stored and queued: only the languages written, or null when there are none. */
export function organiserWordsOf(
  words: OrganiserWordsInput | null | undefined,
  defaultLocale: string,
): LocaleText | null {
  const text = typeof words === "string" ? { [defaultLocale]: words } : (words ?? {});
  const written = Object.entries(text).filter(([, value]) => value.trim() !== "");
  return written.length > 0 ? Object.fromEntries(written) : null;
}
