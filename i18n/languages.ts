/**
 * The one language registry. Adding a language is one line here plus its catalogues.
 * Plural categories are not listed: `Intl.PluralRules` knows them for every language below.
 */
export interface Language {
  /** BCP 47 language subtag, as catalogues and stored texts use it. */
  readonly code: string;
  /** The language's name in itself, for switchers. */
  readonly name: string;
  readonly dir: "ltr" | "rtl";
  /** Whether the organiser dashboard is translated too (every language serves the public surfaces). */
  readonly dashboard: boolean;
}

export const languages = [
  { code: "en", name: "English", dir: "ltr", dashboard: true },
  { code: "es", name: "Español", dir: "ltr", dashboard: true },
  { code: "ar", name: "العربية", dir: "rtl", dashboard: true },
  { code: "uk", name: "Українська", dir: "ltr", dashboard: true },
  { code: "ru", name: "Русский", dir: "ltr", dashboard: true },
  { code: "fa", name: "فارسی / دری", dir: "rtl", dashboard: false },
  { code: "ps", name: "پښتو", dir: "rtl", dashboard: false },
  { code: "ti", name: "ትግርኛ", dir: "ltr", dashboard: false },
  { code: "so", name: "Soomaali", dir: "ltr", dashboard: false },
  { code: "ckb", name: "کوردیی ناوەندی", dir: "rtl", dashboard: false },
  { code: "tr", name: "Türkçe", dir: "ltr", dashboard: false },
  { code: "et", name: "Eesti", dir: "ltr", dashboard: true },
  { code: "de", name: "Deutsch", dir: "ltr", dashboard: true },
  { code: "fr", name: "Français", dir: "ltr", dashboard: true },
  { code: "it", name: "Italiano", dir: "ltr", dashboard: true },
  { code: "cs", name: "Čeština", dir: "ltr", dashboard: true },
  { code: "fi", name: "Suomi", dir: "ltr", dashboard: true },
  { code: "lt", name: "Lietuvių", dir: "ltr", dashboard: true },
] as const satisfies readonly Language[];

export type LanguageCode = (typeof languages)[number]["code"];

/** The source language: every other catalogue translates it, and every lookup ends in it. */
export const sourceLanguage = "en";

export const publicLanguages: readonly string[] = languages.map((language) => language.code);
export const dashboardLanguages: readonly string[] = languages
  .filter((language) => language.dashboard)
  .map((language) => language.code);

/**
 * Tags people use that mean a language we serve under another code: Dari is written as Persian,
 * `pbu`/`pbt`/`pst` are Pashto's varieties, `ku-Arab` is Kurdish in Arabic script (Sorani).
 */
export const aliases: Readonly<Record<string, string>> = {
  prs: "fa",
  pes: "fa",
  pbu: "ps",
  pbt: "ps",
  pst: "ps",
  "ku-arab": "ckb",
  sdh: "ckb",
};

/** Right-to-left languages we don't serve but may meet in organisers' content. */
const otherRightToLeft = new Set(["he", "ur", "yi", "dv", "sd", "ug", "prs", "pes", "pbu", "pbt"]);
const rightToLeft = new Set<string>([
  ...languages.filter((language) => language.dir === "rtl").map((language) => language.code),
  ...otherRightToLeft,
]);

/** The one right-to-left rule, for interface and content alike. */
export function directionOf(tag: string): "ltr" | "rtl" {
  const lower = tag.toLowerCase();
  if (lower.startsWith("ku-arab")) return "rtl";
  return rightToLeft.has(lower.split("-")[0]!) ? "rtl" : "ltr";
}

/** The plural categories a language needs, in Intl's order (`other` last). */
export function pluralCategoriesOf(code: string): readonly Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(code).resolvedOptions().pluralCategories;
}

export function languageName(code: string): string {
  return languages.find((language) => language.code === code)?.name ?? code;
}
