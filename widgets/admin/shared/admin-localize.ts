import type { ReactiveController, ReactiveControllerHost } from "lit";
import { directionOf } from "../../shared/direction.js";
import { ar } from "../i18n/ar.js";
import { en } from "../i18n/en.js";
import { es } from "../i18n/es.js";
import type { AdminMessageKey, AdminMessages, AdminPluralKey } from "../i18n/messages.js";

type Values = Record<string, string | number>;

/*
 * All three bundles ship in admin.js (a few KB): the dashboard is our own page, switching language
 * is then instant, and admin.js needs no dynamic-import helper, which would otherwise be split out
 * of embed.js into a chunk shared by both entries and cost every host page an extra request.
 */
const bundles = new Map<string, AdminMessages>([
  ["en", en],
  ["es", es],
  ["ar", ar],
]);

/** Languages the dashboard itself is written in, for the switcher in the header. */
export const dashboardLocales = ["en", "es", "ar"] as const;

export function dashboardLocaleFor(requested: string): string {
  const base = requested.split("-")[0]!.toLowerCase();
  return (dashboardLocales as readonly string[]).includes(base) ? base : "en";
}

interface LocalizedHost extends ReactiveControllerHost, HTMLElement {
  lang: string;
}

/** The dashboard's language (the host's `lang`, else the page's), its strings and formats. */
export class AdminLocalizeController implements ReactiveController {
  locale = "en";

  constructor(private readonly host: LocalizedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.resolve();
  }

  /** Call before each update, so a changed `lang` takes effect in the same render. */
  prepare(): void {
    this.resolve();
  }

  get dir(): "ltr" | "rtl" {
    return directionOf(this.locale);
  }

  private resolve(): void {
    this.locale = dashboardLocaleFor(this.host.lang || document.documentElement.lang || "en");
  }

  private get messages(): AdminMessages {
    return bundles.get(this.locale) ?? en;
  }

  t(key: AdminMessageKey, values: Values = {}): string {
    return this.messages[key].replace(/\{(\w+)\}/g, (match, name: string) =>
      name in values ? String(values[name]) : match,
    );
  }

  plural(key: AdminPluralKey, count: number, values: Values = {}): string {
    const forms = this.messages[key];
    const template = forms[new Intl.PluralRules(this.locale).select(count)] ?? forms.other;
    return template.replace(/\{(\w+)\}/g, (match, name: string) => {
      const all: Values = { count: this.number(count), ...values };
      return name in all ? String(all[name]) : match;
    });
  }

  number(value: number): string {
    return new Intl.NumberFormat(this.locale).format(value);
  }

  languageName(code: string): string {
    try {
      return new Intl.DisplayNames([this.locale], { type: "language" }).of(code) ?? code;
    } catch {
      return code;
    }
  }

  /** "2 adults, 1 child" — the party in the words used at the door. */
  party(adults: number, children: number): string {
    const parts = [this.plural("adultsCount", adults)];
    if (children > 0) parts.push(this.plural("childrenCount", children));
    return new Intl.ListFormat(this.locale, { type: "unit" }).format(parts);
  }

  /** A calendar day ("2027-05-31") in words, read in UTC so it never shifts a day. */
  day(isoDay: string): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: "medium", timeZone: "UTC" }).format(
      new Date(`${isoDay}T00:00:00Z`),
    );
  }

  /** A moment in a given time zone (the event's), with the zone named. */
  dateTime(iso: string, timeZone?: string): string {
    return new Intl.DateTimeFormat(this.locale, {
      dateStyle: "medium",
      timeStyle: "short",
      ...(timeZone ? { timeZone } : {}),
    }).format(new Date(iso));
  }

  dateRange(startsAt: string, endsAt: string, timeZone: string): string {
    return new Intl.DateTimeFormat(this.locale, {
      timeZone,
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "numeric",
      minute: "2-digit",
    }).formatRange(new Date(startsAt), new Date(endsAt));
  }
}
