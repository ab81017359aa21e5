import type { ReactiveController, ReactiveControllerHost } from "lit";
import type { MessageMap, PluralKey, StringKey, Values } from "../../i18n/catalogue.js";
import { Translator } from "../../i18n/catalogue.js";
import {
  dateFormat,
  displayLanguage,
  formatDateRange,
  formatList,
  formatNumber,
} from "../../i18n/format.js";
import { directionOf, sourceLanguage } from "../../i18n/languages.js";
import { negotiate } from "../../i18n/negotiate.js";
import type { CatalogueSource } from "../i18n/catalogues.js";
import type { Messages } from "../i18n/messages.js";
import { markEnglishFallback } from "./fallback-text.js";

interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  lang: string;
}

const empty: MessageMap = {};

/**
 * The host's language, negotiated the one way Hearth does it everywhere (its `lang`, the page's
 * `<html lang>`, the browser's languages, then the organisation's default), its strings (only that
 * language's catalogue is fetched) and its formats. A key missing from a partial catalogue falls back
 * to English for that string alone, fetched only then.
 */
export class LocalizeController<M extends MessageMap = Messages> implements ReactiveController {
  /** What the reader asked for, kept whole; sent to the API so content comes in that language. */
  requested = sourceLanguage;
  /** What the interface is written in. */
  locale = sourceLanguage;
  /** The organisation's default language, the last preference; set once the widget knows it. */
  organisationLocale: string | undefined;

  /** The element's own strings, then those of the parts it has loaded since (see `extend`). */
  private readonly sources: CatalogueSource[];
  /** Catalogues by `<source id>/<language>`, fetched once each. */
  private readonly loaded = new Map<string, MessageMap>();
  private readonly loading = new Map<string, Promise<void>>();
  /** English, fetched only when the reader's catalogue lacks a string. */
  private sourceLoading: Promise<unknown> | undefined;
  private translator = new Translator<M>(sourceLanguage, empty as Partial<M>, empty as Partial<M>);

  constructor(
    private readonly host: LocalizedHost,
    private readonly catalogues: CatalogueSource,
  ) {
    this.sources = [catalogues];
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  /** Call before each update; resolves once the catalogue is in memory so nothing flashes in English. */
  async prepare(): Promise<void> {
    this.resolve();
    const locale = this.locale;
    await Promise.all(this.sources.map((source) => this.load(source, locale)));
    // A catalogue that could not be fetched: English, at once, keeps its words readable.
    const unreachable = this.sources.some((source) => this.catalogueOf(source, locale) === empty);
    if (unreachable && locale !== sourceLanguage) await this.loadSource();
    this.translator = this.makeTranslator();
  }

  /**
   * Adds the strings of a part loaded later (a manage page, a form's later steps), which has its
   * own (`lazyPart`) so the first render fetches none of them; resolves once the reader's language
   * of them is in memory.
   */
  async extend(part: CatalogueSource): Promise<void> {
    if (!this.sources.includes(part)) this.sources.push(part);
    await this.prepare();
  }

  get dir(): "ltr" | "rtl" {
    return directionOf(this.locale);
  }

  private resolve(): void {
    const browser = typeof navigator === "undefined" ? [] : navigator.languages;
    const negotiated = negotiate(
      [this.host.lang, document.documentElement.lang, ...browser, this.organisationLocale],
      this.catalogues.languages,
    );
    this.locale = negotiated.locale;
    this.requested = negotiated.requested;
  }

  private catalogueOf(source: CatalogueSource, locale: string): MessageMap | undefined {
    return this.loaded.get(`${source.id}/${locale}`);
  }

  /** Fetches a catalogue once; one that could not be fetched is `empty` until tried again. */
  private load(source: CatalogueSource, locale: string): Promise<void> {
    const key = `${source.id}/${locale}`;
    let loading = this.loading.get(key);
    if (!loading) {
      loading = source.load(locale).then(
        (messages) => void this.loaded.set(key, messages),
        () => {
          // A network blip: English stands in for now, and the next render tries again.
          this.loaded.set(key, empty);
          this.loading.delete(key);
        },
      );
      this.loading.set(key, loading);
    }
    return loading;
  }

  /** Every source's strings in one language, the element's own first. */
  private merged(locale: string): Partial<M> {
    return Object.assign({}, ...this.sources.map((source) => this.catalogueOf(source, locale)));
  }

  private makeTranslator(): Translator<M> {
    return new Translator<M>(
      this.locale,
      this.merged(this.locale),
      this.merged(sourceLanguage),
      markEnglishFallback,
    );
  }

  /** A partial catalogue lacks a key: fetch English once, then render again with it. */
  private missing(key: string): void {
    if (this.sources.every((source) => this.catalogueOf(source, sourceLanguage))) {
      // Not even English has it: the element uses a key outside the features it loads.
      console.warn(`Hearth: no text for "${key}" in the ${this.catalogues.id} catalogues.`);
      return;
    }
    if (this.sourceLoading) return;
    void this.loadSource().then(() => {
      this.translator = this.makeTranslator();
      this.host.requestUpdate();
    });
  }

  private loadSource(): Promise<unknown> {
    this.sourceLoading ??= Promise.all(
      this.sources.map((source) => this.load(source, sourceLanguage)),
    ).finally(() => (this.sourceLoading = undefined));
    return this.sourceLoading;
  }

  t(key: StringKey<M>, values: Values = {}): string {
    if (!this.translator.has(key)) this.missing(key);
    return this.translator.t(key, values);
  }

  plural(key: PluralKey<M>, count: number, values: Values = {}): string {
    if (!this.translator.has(key)) this.missing(key);
    return this.translator.plural(key, count, values);
  }

  number(value: number): string {
    return formatNumber(this.locale, value);
  }

  list(items: readonly string[], type: Intl.ListFormatType = "conjunction"): string {
    return formatList(this.locale, items, type);
  }

  languageName(code: string): string {
    return displayLanguage(this.locale, code);
  }

  /** A time span in the event's own time zone, naming the zone when it is not the reader's. */
  dateRange(
    startsAt: string,
    endsAt: string,
    timeZone: string,
    style: "long" | "short" = "long",
  ): string {
    const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    return formatDateRange(this.locale, startsAt, endsAt, timeZone, readerZone, style);
  }

  /** A moment in a given time zone (the event's). */
  dateTime(iso: string, timeZone?: string): string {
    return dateFormat(this.locale, {
      dateStyle: "medium",
      timeStyle: "short",
      ...(timeZone ? { timeZone } : {}),
    }).format(new Date(iso));
  }

  /** A clock time in a given time zone. */
  time(iso: string, timeZone: string): string {
    return dateFormat(this.locale, { timeZone, hour: "numeric", minute: "2-digit" }).format(
      new Date(iso),
    );
  }

  /** A calendar day ("2027-05-31") in words, read in UTC so it never shifts a day. */
  day(isoDay: string, style: "medium" | "full" = "medium"): string {
    return dateFormat(this.locale, { dateStyle: style, timeZone: "UTC" }).format(
      new Date(`${isoDay}T00:00:00Z`),
    );
  }
}
