import type {
  CatalogueFile,
  MessageMap,
  MessagesLike,
  PluralKey as PluralKeyOf,
  StringKey,
  Values,
} from "../../i18n/catalogue.js";
import { fill, Translator } from "../../i18n/catalogue.js";
import { displayLanguage, formatList } from "../../i18n/format.js";
import { directionOf, publicLanguages, sourceLanguage } from "../../i18n/languages.js";
import type booking from "../../i18n/public/en/booking.json";
import type common from "../../i18n/public/en/common.json";
import type cook from "../../i18n/public/en/cook.json";
import type events from "../../i18n/public/en/events.json";
import type festival from "../../i18n/public/en/festival.json";
import type food from "../../i18n/public/en/food.json";
import type form from "../../i18n/public/en/form.json";
import type mydata from "../../i18n/public/en/mydata.json";
import type signup from "../../i18n/public/en/signup.json";
import type visits from "../../i18n/public/en/visits.json";
import type volunteer from "../../i18n/public/en/volunteer.json";

/**
 * An event's page says what the widgets say (places left, the sign-up form, its errors, the
 * confirmation), and the first screens the worker draws (the events and visits lists, the sign-up
 * form, a festival, a cook's application, the volunteer form, a manage page) are what those widgets draw, so they take their words
 * from the same public catalogues, in the same languages: one translation serves the widget and
 * the page.
 */
export type PageMessages = MessagesLike<
  typeof booking.messages &
    typeof common.messages &
    typeof cook.messages &
    typeof events.messages &
    typeof festival.messages &
    typeof food.messages &
    typeof form.messages &
    typeof mydata.messages &
    typeof signup.messages &
    typeof visits.messages &
    typeof volunteer.messages
>;
export type PageKey = StringKey<PageMessages>;
export type PagePluralKey = PluralKeyOf<PageMessages>;

type Module = { default: CatalogueFile<MessageMap> };

const catalogues = new Map<string, Partial<PageMessages>>();
let loading: Promise<void> | undefined;

/** One language's eleven catalogues; each import names its feature, so the bundle holds only these. */
const featuresOf = (code: string): Promise<Module>[] => [
  import(`../../i18n/public/${code}/booking.json`) as Promise<Module>,
  import(`../../i18n/public/${code}/common.json`) as Promise<Module>,
  import(`../../i18n/public/${code}/cook.json`) as Promise<Module>,
  import(`../../i18n/public/${code}/events.json`) as Promise<Module>,
  import(`../../i18n/public/${code}/festival.json`) as Promise<Module>,
  import(`../../i18n/public/${code}/food.json`) as Promise<Module>,
  import(`../../i18n/public/${code}/form.json`) as Promise<Module>,
  import(`../../i18n/public/${code}/mydata.json`) as Promise<Module>,
  import(`../../i18n/public/${code}/signup.json`) as Promise<Module>,
  import(`../../i18n/public/${code}/visits.json`) as Promise<Module>,
  import(`../../i18n/public/${code}/volunteer.json`) as Promise<Module>,
];

/** Loads the page's catalogues of every language once per isolate. Await it before rendering. */
export function loadPageWords(): Promise<void> {
  loading ??= Promise.all(
    publicLanguages.map(async (code) => {
      const modules = await Promise.all(featuresOf(code));
      const merged = Object.assign({}, ...modules.map((module) => module.default.messages));
      catalogues.set(code, merged as Partial<PageMessages>);
    }),
  ).then(() => undefined);
  return loading;
}

export interface PageWords {
  /** The language the page is written in (one of the public languages). */
  readonly locale: string;
  readonly dir: "ltr" | "rtl";
  t(key: PageKey, values?: Values): string;
  plural(key: PagePluralKey, count: number, values?: Values): string;
  list(items: readonly string[]): string;
  /** A language's name in the reader's language. */
  languageName(code: string): string;
}

/** A letter of a left-to-right script (not Arabic, Hebrew, Syriac or Thaana). */
const leftToRightLetter =
  /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}])\p{L}/u;

/**
 * In a right-to-left sentence, a name written left to right ("Demo City") is isolated (FSI … PDI)
 * so its punctuation stays with it, as the emails do.
 */
function isolatedNames(values: Values, dir: "ltr" | "rtl"): Values {
  if (dir === "ltr") return values;
  return Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === "string" && leftToRightLetter.test(value) ? `\u2068${value}\u2069` : value,
    ]),
  );
}

/**
 * The page's words in `locale` (a public language), English for a string a draft lacks.
 * `isolateNames: false` writes names as the widgets do, for markup a widget takes over.
 */
export function pageWords(locale: string, { isolateNames = true } = {}): PageWords {
  const source = catalogues.get(sourceLanguage);
  if (!source) throw new Error("Page catalogues are not loaded: await loadPageWords().");
  const translator = new Translator<PageMessages>(locale, catalogues.get(locale) ?? {}, source);
  const dir = directionOf(locale);
  const isolated = (values: Values, dir: "ltr" | "rtl") =>
    isolateNames ? isolatedNames(values, dir) : values;
  return {
    locale,
    dir,
    t: (key, values) => fill(translator.t(key), isolated(values ?? {}, dir)),
    plural: (key, count, values) => translator.plural(key, count, isolated(values ?? {}, dir)),
    list: (items) => formatList(locale, items),
    languageName: (code) => displayLanguage(locale, code),
  };
}
