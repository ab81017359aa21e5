import { expect, waitUntil } from "@open-wc/testing";
import type { ReactiveElement } from "lit";
import type { MessageMap } from "../../../i18n/catalogue.js";
import dashboard from "../../../i18n/dashboard/en.json";
import { languages } from "../../../i18n/languages.js";
import booking from "../../../i18n/public/en/booking.json";
import common from "../../../i18n/public/en/common.json";
import cook from "../../../i18n/public/en/cook.json";
import events from "../../../i18n/public/en/events.json";
import festival from "../../../i18n/public/en/festival.json";
import food from "../../../i18n/public/en/food.json";
import form from "../../../i18n/public/en/form.json";
import signup from "../../../i18n/public/en/signup.json";
import visits from "../../../i18n/public/en/visits.json";
import volunteer from "../../../i18n/public/en/volunteer.json";
import mentoring from "../../../i18n/public/en/mentoring.json";
import mydata from "../../../i18n/public/en/mydata.json";
import type { PublicFeature } from "../../../widgets/i18n/messages.js";
import type { CatalogueSource } from "../../../widgets/i18n/catalogues.js";
import { dashboardCatalogue } from "../../../widgets/i18n/catalogues.js";
import { HearthElement } from "../../../widgets/shared/hearth-element.js";

/*
 * What "this widget reads fully in language X" means, checked on the rendered shadow trees:
 * `lang`/`dir` on every base wrapper, no catalogue key or `{placeholder}` on screen, no English
 * source string or hard-coded English in a translated page, no "Hearth: no text for" warning,
 * and axe where asked.
 */

export const publicCodes = languages.map((language) => language.code);
export const dashboardCodes = languages.filter((l) => l.dashboard).map((l) => l.code);

/** The right-to-left languages, and two more scripts and plural systems, get the axe run. */
const axeCodes = { public: ["ar", "fa", "ps", "ckb", "ti", "uk"], dashboard: ["ar", "uk"] };

const englishFiles = {
  common,
  events,
  signup,
  form,
  booking,
  visits,
  festival,
  food,
  cook,
  volunteer,
  mentoring,
  mydata,
} satisfies Record<PublicFeature, unknown>;
const keysOf = {
  public: Object.values(englishFiles).flatMap((file) => Object.keys(file.messages)),
  dashboard: Object.keys(dashboard.messages),
};

const nonLatinScripts = new Set(["ar", "uk", "ru", "fa", "ps", "ti", "ckb"]);
const directionOf = (code: string) => languages.find((language) => language.code === code)!.dir;

const textsOf = (value: MessageMap[string] | undefined): string[] =>
  value === undefined ? [] : typeof value === "string" ? [value] : Object.values(value);
const words = (text: string) => text.match(/\p{L}{2,}/gu) ?? [];
const latinWords = (text: string) => text.match(/[A-Za-z]{2,}/g) ?? [];

/** The longest stretch of a template without `{placeholders}`, which must reach the screen whole. */
const fixedPart = (template: string) =>
  template
    .split(/\{\w+\}/)
    .map((part) => part.trim())
    .reduce((longest, part) => (part.length > longest.length ? part : longest), "");

/** What the text of a page in one language is compared with. */
interface Catalogues {
  english: MessageMap;
  translated: MessageMap;
  /** Every key of the surface's English catalogues, not only the loaded ones. */
  keys: readonly string[];
}

/*
 * A key in identifier form (`errorGeneric`, `status_draft`) can only be a key on screen. A key that
 * is an ordinary word (`name`, `full`) is looked for only where the language's own strings never
 * use that word, so "Your name" is not mistaken for a leaked key.
 */
function keyPattern({ keys, translated }: Catalogues): RegExp {
  const own = new Set(Object.values(translated).flatMap(textsOf).flatMap(words));
  const suspicious = keys.filter((key) => /[A-Z_\d-]/.test(key) || !own.has(key));
  return new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${suspicious.join("|")})(?![\\p{L}\\p{N}_-])`, "u");
}

/*
 * English strings that must not appear in a page in another language: those longer than 10
 * characters whose translation differs, and those left identical although they are sentences (two
 * or more words): a loanword like "Online" stays, an untranslated "Back to all events" does not. A
 * fragment the key's own translation keeps (a name like "Hearth") is no evidence.
 */
function englishLeaks({ english, translated }: Catalogues) {
  return Object.entries(english).flatMap(([key, value]) => {
    const same = JSON.stringify(translated[key]) === JSON.stringify(value);
    const own = textsOf(translated[key]);
    return textsOf(value)
      .filter((template) => template.length > 10)
      .map((template) => ({ key, text: fixedPart(template) }))
      .filter(({ text }) => words(text).length > (same ? 1 : 0))
      .filter(({ text }) => same || !own.some((mine) => mine.includes(text)));
  });
}

/*
 * An English fragment as words of its own: "of" (from "{taken} of {capacity}") is a leak in
 * "3 of 5", not in Spanish "ofrecida" or German "Sofort". Only an edge that is a letter or digit
 * must not run on into one ("Waitlist (" may be followed by the number it opens).
 */
function wholeWords(fragment: string): RegExp {
  const wordy = /^[\p{L}\p{N}]$/u;
  const escaped = fragment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const before = wordy.test(fragment.at(0) ?? "") ? "(?<![\\p{L}\\p{N}])" : "";
  const after = wordy.test(fragment.at(-1) ?? "") ? "(?![\\p{L}\\p{N}])" : "";
  return new RegExp(`${before}${escaped}${after}`, "u");
}

/* Neither seen nor spoken: hidden from screen readers and squeezed to a pixel (the bot trap). */
function unperceivable(element: Element): boolean {
  if (element.getAttribute("aria-hidden") !== "true") return false;
  const box = element.getBoundingClientRect();
  return box.width <= 1 && box.height <= 1;
}

const spokenAttributes = ["aria-label", "aria-description", "placeholder", "title", "alt"];

/**
 * Every piece of text a reader sees or a screen reader speaks, through nested shadow roots, with
 * the language it is marked as: each text node on its own (a catalogue string is always one node)
 * and the spoken attributes.
 */
function readableTexts(host: Element): Array<{ text: string; lang: string }> {
  const pieces: Array<{ text: string; lang: string }> = [];
  const add = (raw: string | null, lang: string) => {
    const text = (raw ?? "").replace(/\s+/g, " ").trim();
    if (text) pieces.push({ text, lang });
  };
  const visit = (node: Node, lang: string): void => {
    if (node.nodeType === Node.TEXT_NODE) return add(node.textContent, lang);
    if (node instanceof Element) {
      if (["STYLE", "SCRIPT", "TEMPLATE"].includes(node.tagName) || unperceivable(node)) return;
      lang = node.getAttribute("lang") || lang;
      for (const name of spokenAttributes) add(node.getAttribute(name), lang);
      if (node.shadowRoot) visit(node.shadowRoot, lang);
    }
    node.childNodes.forEach((child) => visit(child, lang));
  };
  visit(host, "");
  return pieces;
}

/** The host and every element below it that has a shadow root, nested roots included. */
function shadowHosts(host: Element): Element[] {
  if (!host.shadowRoot) return [];
  return [host, ...[...host.shadowRoot.querySelectorAll("*")].flatMap(shadowHosts)];
}

/*
 * Until every Lit element in the tree is idle across a macrotask: a string missing from the
 * reader's catalogue fetches English and renders again, and only then would a missing key warn.
 */
async function settle(host: Element): Promise<void> {
  for (let round = 0; round < 10; round++) {
    await new Promise((resolve) => setTimeout(resolve));
    const lit = shadowHosts(host).filter((el): el is ReactiveElement => "updateComplete" in el);
    await Promise.all(lit.map((el) => el.updateComplete));
    if (lit.every((el) => !el.isUpdatePending)) return;
  }
}

/** `waitUntil` polling every few milliseconds: these tests wait for hundreds of renders. */
export const until = (predicate: () => unknown, message: string) =>
  waitUntil(predicate, message, { interval: 2, timeout: 3000 });

const publicTags = [
  "hearth-events",
  "hearth-signup",
  "hearth-booking",
  "hearth-festival",
  "hearth-visits",
  "hearth-visit-group-form",
  "hearth-visit-host-form",
  "hearth-visit-interpreter-form",
  "hearth-volunteer",
  "hearth-cook-apply",
  "hearth-mentoring",
];

/** The strings of each public widget the test defined. */
const definedWidgetStrings = (): CatalogueSource[] =>
  publicTags.flatMap((tag) => {
    const element = customElements.get(tag);
    return element && element.prototype instanceof HearthElement
      ? [(element as unknown as typeof HearthElement).strings]
      : [];
  });

/** English is loaded up front, as after a partial catalogue: a fallback then renders at once. */
export async function preloadEnglish(): Promise<void> {
  await Promise.all(
    [...definedWidgetStrings(), dashboardCatalogue].map((source) => source.load("en")),
  );
}

/**
 * The strings a widget has now: its own and those of the parts it has loaded since (a manage page,
 * a form's later steps), read from its language controller's private list.
 */
const stringsOf = (el: HearthElement): readonly CatalogueSource[] =>
  (el as unknown as { localize: { sources: readonly CatalogueSource[] } }).localize.sources;

/** The strings of every widget in the tree (a nested sign-up form loads its own), merged. */
async function cataloguesFor(surface: keyof typeof keysOf, host: Element, lang: string) {
  const sources =
    surface === "public"
      ? [
          ...new Set(
            shadowHosts(host).flatMap((el) => (el instanceof HearthElement ? stringsOf(el) : [])),
          ),
        ]
      : [dashboardCatalogue];
  const merged = async (locale: string): Promise<MessageMap> =>
    Object.assign({}, ...(await Promise.all(sources.map((source) => source.load(locale)))));
  const [english, translated] = await Promise.all([merged("en"), merged(lang)]);
  return { english, translated, keys: keysOf[surface] };
}

/*
 * Chromium has no date, list or language-name data for some of our languages (ps, ti, ckb, so).
 * Hearth then writes dates in digits and names languages in their own language (i18n/format.ts),
 * so those names are the only Latin words allowed: an English month or "and" is a leak.
 */
function ownLanguageNames(lang: string): Set<string> {
  if (Intl.DisplayNames.supportedLocalesOf([lang]).length > 0) return new Set();
  return new Set(languages.flatMap(({ name }) => latinWords(name)));
}

/**
 * One language's checks over the states of one widget. Collects problems instead of stopping at
 * the first, so one run names every leak; `assertClean()` fails the test with all of them.
 */
export class LanguageCheck {
  readonly problems: string[] = [];
  private readonly warnings = new Set<string>();
  private readonly originalWarn = console.warn;
  /** Words that are not interface text: the stubbed API's content, and codes Intl writes. */
  private readonly contentWords = new Set(["GMT", "UTC", "EUR", "Hearth"]);

  constructor(
    readonly lang: string,
    private readonly surface: "public" | "dashboard",
  ) {
    console.warn = (...args: unknown[]) => {
      const message = String(args[0]);
      if (message.startsWith("Hearth: no text for")) this.warnings.add(message);
      else this.originalWarn.apply(console, args);
    };
  }

  /** Declares what the stubbed API sends: its words may appear in any language. */
  content(...data: unknown[]): this {
    const collect = (value: unknown): void => {
      if (typeof value === "string") latinWords(value).forEach((w) => this.contentWords.add(w));
      else if (value && typeof value === "object") Object.values(value).forEach(collect);
    };
    data.forEach(collect);
    return this;
  }

  /**
   * Waits for `options.until` in the host's shadow root, then checks everything the tree shows.
   * `options.axe` marks the states axe runs on (in the languages that get it): one or two per
   * widget, as axe costs more than all the other checks together.
   */
  async inspect(host: Element, state: string, options: { until?: string; axe?: boolean } = {}) {
    const { until: selector, axe } = options;
    if (selector) await until(() => host.shadowRoot?.querySelector(selector), selector);
    await settle(host);
    const at = (problem: string) => this.problems.push(`${state}: ${problem}`);
    this.checkBases(host, at);
    const catalogues = await cataloguesFor(this.surface, host, this.lang);
    const pieces = readableTexts(host);
    const keys = keyPattern(catalogues);
    for (const { text } of pieces) {
      const key = keys.exec(text)?.[0];
      if (key) at(`key "${key}" in "${text}"`);
      const brace = /\{\w+\}/.exec(text)?.[0];
      if (brace) at(`placeholder ${brace} in "${text}"`);
    }
    if (this.lang !== "en") {
      for (const leak of englishLeaks(catalogues)) {
        const found = pieces.find(({ text }) => wholeWords(leak.text).test(text));
        if (found) at(`English "${leak.text}" (${leak.key}) in "${found.text}"`);
      }
    }
    this.checkScript(pieces, catalogues, at);
    this.warnings.forEach((warning) => at(`warned ${warning}`));
    this.warnings.clear();
    if (axe && axeCodes[this.surface].includes(this.lang)) {
      try {
        await expect(host).to.be.accessible();
      } catch (error) {
        at(`axe: ${(error as Error).message}`);
      }
    }
  }

  /*
   * Hard-coded English is in no catalogue, so the checks above cannot see it; in a language not
   * written in Latin letters it stands out. Text marked as the page's language may hold Latin
   * words only from the content, the language's own catalogue, or languages' own names.
   */
  private checkScript(
    pieces: Array<{ text: string; lang: string }>,
    catalogues: Catalogues,
    at: (problem: string) => void,
  ) {
    if (!nonLatinScripts.has(this.lang)) return;
    const own = new Set(Object.values(catalogues.translated).flatMap(textsOf).flatMap(latinWords));
    const intl = ownLanguageNames(this.lang);
    for (const { text, lang } of pieces.filter((piece) => piece.lang === this.lang)) {
      const stray = latinWords(text).filter(
        (word) => !this.contentWords.has(word) && !own.has(word) && !intl.has(word),
      );
      if (stray.length > 0) at(`Latin text "${stray.join(" ")}" in "${text}" (${lang})`);
    }
  }

  private checkBases(host: Element, at: (problem: string) => void): void {
    const bases = shadowHosts(host).flatMap((el) => {
      const base = el.shadowRoot!.querySelector('[part="base"]');
      return base ? [{ tag: el.localName, base }] : [];
    });
    if (bases.length === 0) at(`no [part="base"] in <${host.localName}>`);
    for (const { tag, base } of bases) {
      const lang = base.getAttribute("lang");
      const dir = base.getAttribute("dir");
      if (lang !== this.lang) at(`<${tag}> base has lang="${lang}"`);
      if (dir !== directionOf(this.lang)) at(`<${tag}> base has dir="${dir}"`);
    }
  }

  /** Puts console.warn back; call after each test. */
  restore(): void {
    console.warn = this.originalWarn;
  }

  assertClean(): void {
    expect(this.problems, this.problems.join("\n")).to.deep.equal([]);
  }
}
