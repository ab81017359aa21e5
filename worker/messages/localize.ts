import { ar } from "./i18n/ar.js";
import { en } from "./i18n/en.js";
import { es } from "./i18n/es.js";
import type { MessageKey, Messages, PluralKey } from "./i18n/messages.js";

type Values = Record<string, string | number>;

/**
 * Bundles by language. Partial, so a bundle still being translated can ship: each missing string
 * falls back on its own, to the organisation's language and then to English.
 */
const bundles: Record<string, Partial<Messages>> = { en, es, ar };

const rightToLeft = new Set(["ar", "fa", "prs", "ps", "ur", "he", "ckb", "sd", "ug", "yi", "dv"]);

export function directionOf(locale: string): "ltr" | "rtl" {
  return rightToLeft.has(locale.split("-")[0]!.toLowerCase()) ? "rtl" : "ltr";
}

function fill(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

export interface Localizer {
  /** The language the text is written in (the first bundle found); use it for `lang`. */
  readonly locale: string;
  readonly dir: "ltr" | "rtl";
  t(key: MessageKey, values?: Values): string;
  plural(key: PluralKey, count: number): string;
  list(items: string[]): string;
}

/** Recipient's language, then its base language, then the organisation's, then English. */
function candidates(locale: string, fallbackLocale: string): string[] {
  const chain = [locale, locale.split("-")[0]!, fallbackLocale, fallbackLocale.split("-")[0]!];
  const known = chain.map((tag) => tag.toLowerCase()).filter((tag) => tag in bundles);
  return [...new Set([...known, "en"])];
}

export function localize(locale: string, fallbackLocale: string): Localizer {
  const chain = candidates(locale, fallbackLocale);
  const primary = chain[0]!;
  const lookup = <K extends keyof Messages>(key: K): [Messages[K], string] => {
    for (const tag of chain) {
      const value = bundles[tag]?.[key];
      if (value !== undefined && value !== "") return [value as Messages[K], tag];
    }
    return [en[key] as Messages[K], "en"];
  };
  return {
    locale: primary,
    dir: directionOf(primary),
    t: (key, values = {}) => fill(lookup(key)[0], values),
    plural(key, count) {
      const [forms, tag] = lookup(key);
      const category = new Intl.PluralRules(tag).select(count);
      return fill(forms[category] ?? forms.other, {
        count: new Intl.NumberFormat(tag).format(count),
      });
    },
    list: (items) => new Intl.ListFormat(primary, { type: "conjunction" }).format(items),
  };
}
