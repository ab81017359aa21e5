/**
 * Dates and numbers through Intl, in the reader's language but always on the Gregorian calendar:
 * people match them to the host country's dates, and `fa`/`ps` would default to the Solar Hijri one.
 */
export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, { calendar: "gregory", ...options });
}

export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

export function formatList(
  locale: string,
  items: readonly string[],
  type: Intl.ListFormatType = "conjunction",
): string {
  return new Intl.ListFormat(locale, { type }).format(items);
}

/** A language's name in the reader's language (`uk` → "Ukrainisch" for a German reader). */
export function displayLanguage(locale: string, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
  } catch {
    return code;
  }
}
