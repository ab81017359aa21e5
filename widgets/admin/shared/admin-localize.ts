import { dashboardLanguages } from "../../../i18n/languages.js";
import { negotiate } from "../../../i18n/negotiate.js";
import { LocalizeController } from "../../shared/localize.js";
import type { AdminMessages } from "../i18n/messages.js";

/** Languages the dashboard itself is written in, for the switcher in the header. */
export const dashboardLocales = dashboardLanguages;

/** The dashboard language for a stored preference, through the one negotiation rule. */
export function dashboardLocaleFor(requested: string): string {
  return negotiate([requested], dashboardLanguages).locale;
}

/** The dashboard's language, strings and formats, plus the words used at the door. */
export class AdminLocalizeController extends LocalizeController<AdminMessages> {
  /** "2 adults, 1 child" — the party in the words used at the door. */
  party(adults: number, children: number): string {
    const parts = [this.plural("adultsCount", adults)];
    if (children > 0) parts.push(this.plural("childrenCount", children));
    return this.list(parts, "unit");
  }

  /** Organisers read spans with the year, in short words, to fit a table cell. */
  override dateRange(
    startsAt: string,
    endsAt: string,
    timeZone: string,
    style: "long" | "short" = "short",
  ): string {
    return super.dateRange(startsAt, endsAt, timeZone, style);
  }
}
