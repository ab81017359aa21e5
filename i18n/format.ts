import { languageName } from "./languages.js";

/*
 * Dates and numbers through Intl, in the reader's language but always on the Gregorian calendar:
 * people match them to the host country's dates, and `fa`/`ps` would default to the Solar Hijri one.
 *
 * Runtimes ship locale data for most but not all of our languages: Chromium and workerd have no
 * date, list or language-name words for Pashto, Tigrinya, Somali or Sorani, and Intl then silently
 * writes American English. For those we write dates with numbers only, lists with the script's
 * comma and language names in their own language — never English words on their screens.
 */

const supported = (
  constructor: { supportedLocalesOf(locales: string[]): string[] },
  locale: string,
) => {
  try {
    return constructor.supportedLocalesOf([locale]).length > 0;
  } catch {
    return false;
  }
};

/** Whether this runtime can write dates in `locale` with words (month and weekday names). */
export const hasDateWords = (locale: string) => supported(Intl.DateTimeFormat, locale);

/** Writes dates with digits only (`2026-05-10 09:00`), the fallback where words are missing. */
const numericLocale = "sv-SE";

function numericOptions(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormatOptions {
  const hasDate = Boolean(
    options.dateStyle || options.year || options.month || options.day || options.weekday,
  );
  const hasTime = Boolean(options.timeStyle || options.hour || options.minute);
  return {
    calendar: "gregory",
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(hasDate ? { year: "numeric", month: "2-digit", day: "2-digit" } : {}),
    ...(hasTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
    ...(options.timeZoneName ? { timeZoneName: "shortOffset" } : {}),
  };
}

/**
 * Digits-only dates read left to right: inside Pashto or Sorani text the bidi algorithm would
 * otherwise show "2026-11-29 18:00–20:00" as "20:00–18:00 2026-11-29". Each result is isolated.
 */
class NumericDateFormat extends Intl.DateTimeFormat {
  constructor(options: Intl.DateTimeFormatOptions) {
    super(numericLocale, numericOptions(options));
  }

  override format(date?: Date | number): string {
    return `\u2066${super.format(date)}\u2069`;
  }

  override formatRange(start: Date | number, end: Date | number): string {
    return `\u2066${super.formatRange(start, end)}\u2069`;
  }
}

export function dateFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return hasDateWords(locale)
    ? new Intl.DateTimeFormat(locale, { calendar: "gregory", ...options })
    : new NumericDateFormat(options);
}

/**
 * A time span in the event's own time zone, so a visitor abroad sees the local time of the event;
 * the zone's name is added when it differs from the reader's (`readerZone`).
 */
export function formatDateRange(
  locale: string,
  startsAt: string,
  endsAt: string,
  timeZone: string,
  readerZone: string,
  style: "long" | "short" = "long",
): string {
  return dateFormat(locale, {
    timeZone,
    weekday: style,
    day: "numeric",
    month: style,
    ...(style === "short" ? { year: "numeric" } : {}),
    hour: "numeric",
    minute: "2-digit",
    ...(style === "long" && readerZone !== timeZone ? { timeZoneName: "short" } : {}),
  }).formatRange(new Date(startsAt), new Date(endsAt));
}

export function formatNumber(locale: string, value: number): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** What stands for "and" where the runtime has no list words for a language: its script's comma. */
const commas: Readonly<Record<string, string>> = { Arab: "، ", Ethi: "፣ " };

export function formatList(
  locale: string,
  items: readonly string[],
  type: Intl.ListFormatType = "conjunction",
): string {
  if (supported(Intl.ListFormat, locale))
    return new Intl.ListFormat(locale, { type }).format(items);
  return items.join(commas[new Intl.Locale(locale).maximize().script ?? ""] ?? ", ");
}

/**
 * A language's name in the reader's language (`uk` → "Ukrainisch" for a German reader); where the
 * runtime has no names in the reader's language, the language's name in itself.
 */
export function displayLanguage(locale: string, code: string): string {
  try {
    if (supported(Intl.DisplayNames, locale))
      return new Intl.DisplayNames([locale], { type: "language" }).of(code) ?? code;
    const own = languageName(code);
    if (own !== code) return own;
    return supported(Intl.DisplayNames, code)
      ? (new Intl.DisplayNames([code], { type: "language" }).of(code) ?? code)
      : code;
  } catch {
    return code;
  }
}
