import type { ReactiveController, ReactiveControllerHost } from "lit";
import { en } from "../i18n/en.js";
import type { MessageKey, Messages, PluralKey } from "../i18n/messages.js";
import { directionOf } from "./direction.js";

type Values = Record<string, string | number>;

/* English ships with every widget; other bundles are chunks fetched the first time they're needed. */
const loaders: Record<string, () => Promise<Messages>> = {
  es: () => import("../i18n/es.js").then((module) => module.es),
  ar: () => import("../i18n/ar.js").then((module) => module.ar),
};
const bundles = new Map<string, Messages>([["en", en]]);
const pending = new Map<string, Promise<void>>();

/** The UI language we have a bundle for: exact tag, then its base language, then English. */
export function uiLocaleFor(requested: string): string {
  const base = requested.split("-")[0]!.toLowerCase();
  if (bundles.has(requested) || requested in loaders) return requested;
  if (bundles.has(base) || base in loaders) return base;
  return "en";
}

export function loadMessages(locale: string): Promise<void> {
  if (bundles.has(locale)) return Promise.resolve();
  const load = loaders[locale];
  if (!load) return Promise.resolve();
  let promise = pending.get(locale);
  if (!promise) {
    promise = load()
      .then((messages) => void bundles.set(locale, messages))
      // A bundle that fails to load leaves the widget in English rather than broken.
      .catch(() => undefined);
    pending.set(locale, promise);
  }
  return promise;
}

function fill(template: string, values: Values): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  lang: string;
}

/**
 * Resolves the host's language (its `lang`, else the page's `<html lang>`, else English),
 * loads the matching bundle, and formats text, numbers and dates for it.
 */
export class LocalizeController implements ReactiveController {
  /** What the page asked for; sent to the API so event content comes in that language. */
  requested = "en";
  /** What the UI is written in. */
  locale = "en";

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  /** Call before each update; resolves once the bundle is in memory so nothing flashes in English. */
  prepare(): Promise<void> {
    this.resolve();
    return loadMessages(this.locale);
  }

  get dir(): "ltr" | "rtl" {
    return directionOf(this.locale);
  }

  private resolve(): void {
    const [language = "", ...rest] = (
      this.host.lang ||
      document.documentElement.lang ||
      "en"
    ).split("-");
    // The API wants the language subtag in lower case (`fa-AF`, not `FA-af`).
    const requested = [language.toLowerCase(), ...rest].join("-");
    this.requested = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(requested) ? requested : "en";
    this.locale = uiLocaleFor(this.requested);
  }

  private get messages(): Messages {
    return bundles.get(this.locale) ?? en;
  }

  t(key: MessageKey, values: Values = {}): string {
    return fill(this.messages[key], values);
  }

  plural(key: PluralKey, count: number, values: Values = {}): string {
    const forms = this.messages[key];
    const category = new Intl.PluralRules(this.locale).select(count);
    const template = forms[category] ?? forms.other;
    return fill(template, { count: this.number(count), ...values });
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  list(items: readonly string[]): string {
    return new Intl.ListFormat(this.locale, { type: "conjunction" }).format(items);
  }

  languageName(code: string): string {
    try {
      return new Intl.DisplayNames([this.locale], { type: "language" }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  /**
   * A time span in the event's own time zone, so a visitor abroad sees the local time of the
   * event; the zone's name is added when it differs from the reader's.
   */
  dateRange(startsAt: string, endsAt: string, timeZone: string): string {
    const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const format = new Intl.DateTimeFormat(this.locale, {
      timeZone,
      weekday: "long",
      day: "numeric",
      month: "long",
      hour: "numeric",
      minute: "2-digit",
      ...(readerZone === timeZone ? {} : { timeZoneName: "short" }),
    });
    return format.formatRange(new Date(startsAt), new Date(endsAt));
  }
}
