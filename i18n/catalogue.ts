import { pluralCategoriesOf, sourceLanguage } from "./languages.js";
import { formatNumber } from "./format.js";

/** Plural forms by Intl.PluralRules category; `other` is the one every language has. */
export type Plural = { readonly other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

export type MessageMap = { readonly [key: string]: string | Plural };

/** How far a catalogue has come: `source` is English; drafts wait for a native speaker's review. */
export type CatalogueStatus = "source" | "draft" | "reviewed";

/** A catalogue file as stored under `i18n/<surface>/…`: its status and its messages. */
export interface CatalogueFile<M extends MessageMap = MessageMap> {
  status: CatalogueStatus;
  messages: Partial<M>;
}

/** Types a translation as the English source's shape: strings stay strings, plural objects plural. */
export type MessagesLike<Source> = {
  readonly [K in keyof Source]: Source[K] extends string ? string : Plural;
};

export type StringKey<M extends MessageMap> = {
  [K in keyof M & string]: M[K] extends string ? K : never;
}[keyof M & string];

export type PluralKey<M extends MessageMap> = Exclude<keyof M & string, StringKey<M>>;

export type Values = Readonly<Record<string, string | number>>;

/**
 * A value that ends in a full stop ("11 груд. 2026 р.", "Acme Ltd.") where the sentence ends
 * after it: one stop, not two.
 */
export function oneFullStop(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}\./g, (match, name: string) =>
    String(values[name] ?? "").endsWith(".") ? `{${name}}` : match,
  );
}

export function fill(template: string, values: Values): string {
  return oneFullStop(template, values).replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

/** `{name}`-style placeholders in a message, sorted, for comparing a translation with its source. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!))].sort();
}

/**
 * Looks messages up in the reader's catalogue, then in English for a key the reader's catalogue
 * lacks (a partial import): that string alone falls back, and `langOf` says so for `lang`.
 */
export class Translator<M extends MessageMap> {
  constructor(
    /** The language the interface is written in. */
    readonly locale: string,
    private readonly messages: Partial<M>,
    private readonly source: Partial<M>,
    private readonly onFallback?: (text: string) => void,
  ) {}

  private lookup<K extends keyof M & string>(key: K): { value: M[K] | undefined; lang: string } {
    const own = this.messages[key];
    if (own !== undefined && own !== "") return { value: own as M[K], lang: this.locale };
    return { value: this.source[key] as M[K] | undefined, lang: sourceLanguage };
  }

  /** The language a key's text comes out in: the reader's, or English where it fell back. */
  langOf(key: keyof M & string): string {
    return this.lookup(key).lang;
  }

  has(key: keyof M & string): boolean {
    return this.lookup(key).value !== undefined;
  }

  t(key: StringKey<M>, values: Values = {}): string {
    const { value, lang } = this.lookup(key);
    // An unknown key yields nothing rather than its name: a reader must never see "errorSlot".
    const text = typeof value === "string" ? fill(value, values) : "";
    if (lang !== this.locale) this.onFallback?.(text);
    return text;
  }

  plural(key: PluralKey<M>, count: number, values: Values = {}): string {
    const { value, lang } = this.lookup(key);
    if (value === undefined || typeof value === "string") return "";
    const forms = value as Plural;
    const template = forms[new Intl.PluralRules(lang).select(count)] ?? forms.other;
    const text = fill(template, { count: formatNumber(lang, count), ...values });
    if (lang !== this.locale) this.onFallback?.(text);
    return text;
  }
}

/** What is wrong with one translation, named by key, for checks and the import tool. */
export interface CatalogueProblem {
  key: string;
  problem: string;
}

/**
 * Checks a translation against its source: known keys only, the same placeholders, and exactly the
 * plural categories the language needs. Missing keys are not problems here (a partial catalogue
 * falls back per string); `missingKeys` counts them.
 */
export function catalogueProblems(
  source: MessageMap,
  translation: Readonly<Record<string, unknown>>,
  code: string,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const needed = [...pluralCategoriesOf(code)].sort().join(", ");
  for (const [key, value] of Object.entries(translation)) {
    const original = source[key];
    if (original === undefined) {
      problems.push({ key, problem: "is not in the English source" });
    } else if (typeof original === "string") {
      if (typeof value !== "string")
        problems.push({ key, problem: "must be text, not plural forms" });
      else if (placeholdersOf(value).join() !== placeholdersOf(original).join())
        problems.push({
          key,
          problem: `has placeholders {${placeholdersOf(value).join("}, {")}} where the source has {${placeholdersOf(original).join("}, {")}}`,
        });
    } else if (typeof value !== "object" || value === null) {
      problems.push({ key, problem: "must have plural forms" });
    } else {
      const forms = value as Record<string, unknown>;
      const have = Object.keys(forms).sort().join(", ");
      if (have !== needed)
        problems.push({ key, problem: `has plural forms ${have}; ${code} needs ${needed}` });
      const expected = placeholdersOf(original.other);
      for (const [category, form] of Object.entries(forms)) {
        const found = typeof form === "string" ? placeholdersOf(form) : null;
        // A form may name its number in words ("one place") and so leave {count} out.
        const fits =
          found !== null &&
          (found.join() === expected.join() ||
            found.join() === expected.filter((name) => name !== "count").join());
        if (!fits)
          problems.push({
            key: `${key}.${category}`,
            problem: `has other placeholders than the source`,
          });
      }
    }
  }
  return problems;
}

export function missingKeys(
  source: MessageMap,
  translation: Readonly<Record<string, unknown>>,
): string[] {
  return Object.keys(source).filter((key) => {
    const value = translation[key];
    return value === undefined || value === "";
  });
}
