import type { CatalogueFile, MessageMap, Values } from "../../i18n/catalogue.js";
import { fill, oneFullStop, Translator } from "../../i18n/catalogue.js";
import { formatList } from "../../i18n/format.js";
import { directionOf, publicLanguages, sourceLanguage } from "../../i18n/languages.js";
import { negotiate } from "../../i18n/negotiate.js";
import type { Messages } from "./i18n/messages.js";

const catalogues = new Map<string, Partial<Messages>>();
let loading: Promise<void> | undefined;

/**
 * Loads every language's message catalogue once per isolate (the bundler includes each file under
 * `i18n/messages/`, so a new language needs no line here). Await it before rendering.
 */
export function loadMessageCatalogues(): Promise<void> {
  loading ??= Promise.all(
    publicLanguages.map(async (code) => {
      const module = (await import(`../../i18n/messages/${code}.json`)) as {
        default: CatalogueFile<MessageMap>;
      };
      catalogues.set(code, module.default.messages as Partial<Messages>);
    }),
  ).then(() => undefined);
  return loading;
}

export interface Localizer extends Pick<Translator<Messages>, "t" | "plural" | "langOf"> {
  /** The language the text is written in; use it for `lang`. */
  readonly locale: string;
  readonly dir: "ltr" | "rtl";
  list(items: readonly string[]): string;
}

/** A letter of a left-to-right script: Latin, Cyrillic, Ethiopic, … (not Arabic or Hebrew). */
const leftToRightLetter =
  /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}])\p{L}/u;

/**
 * In a right-to-left message, a name or place written in a left-to-right script ("Centre 2",
 * "Amina", "Language café") is isolated (FSI … PDI), so its digits and punctuation stay with it
 * instead of jumping across the Arabic sentence around it.
 */
function isolated(values: Values, dir: "ltr" | "rtl"): Values {
  if (dir === "ltr") return values;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "string" && leftToRightLetter.test(value) ? `\u2068${value}\u2069` : value,
    ]),
  );
}

/**
 * The recipient's language through the one negotiation rule (their language's chain, then the
 * organisation's, then English); a string missing from a partial catalogue falls back to English.
 */
export function localize(locale: string, fallbackLocale: string): Localizer {
  const source = catalogues.get(sourceLanguage);
  if (!source) throw new Error("Message catalogues are not loaded: await loadMessageCatalogues().");
  const chosen = negotiate([locale, fallbackLocale], publicLanguages).locale;
  const translator = new Translator<Messages>(chosen, catalogues.get(chosen) ?? {}, source);
  const dir = directionOf(chosen);
  return {
    locale: chosen,
    dir,
    t: (key, values) => {
      const template = translator.t(key);
      return values ? fill(oneFullStop(template, values), isolated(values, dir)) : template;
    },
    plural: (key, count, values) => translator.plural(key, count, values),
    langOf: (key) => translator.langOf(key),
    list: (items) => formatList(chosen, items),
  };
}
