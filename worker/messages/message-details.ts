import type { ResolvedText } from "../../i18n/content.js";
import type { Block, DetailRow } from "./blocks.js";
import { formatEventTime } from "./format.js";
import type { Localizer } from "./localize.js";
import type { MessageContext } from "./types.js";
import { visitRows } from "./visit-details.js";
import { googleCalendarUrl, outlookCalendarUrl } from "../../schema/rules/calendar-links.js";

/** Kinds that mean "you have a place": they carry the door code. */
const placeKinds = new Set(["confirmed", "promoted", "event_changed", "reminder"]);

function when(context: MessageContext, l: Localizer): string {
  const { startsAt, endsAt, timeZone } = context.event;
  return formatEventTime(startsAt, endsAt, timeZone, l.locale);
}

function party(context: MessageContext, l: Localizer): string {
  const { adults, children } = context.party;
  const parts = [
    ...(adults > 0 || children === 0 ? [l.plural("adults", adults)] : []),
    ...(children > 0 ? [l.plural("children", children)] : []),
  ];
  return l.list(parts);
}

/** `{ lang }` for an organiser's text that fell back to another language than the message's. */
function otherLanguage(text: ResolvedText, l: Localizer): { lang?: string } {
  return text.lang.toLowerCase() === l.locale.toLowerCase() ? {} : { lang: text.lang };
}

/** What to bring (marked with its language when it is not the message's) and who to call. */
function dayRows(event: MessageContext["event"], l: Localizer): DetailRow[] {
  const rows: DetailRow[] = [];
  const bring = event.whatToBring;
  if (bring?.text.trim()) {
    rows.push({ label: l.t("whatToBring"), value: bring.text.trim(), ...otherLanguage(bring, l) });
  }
  if (event.dayContact) rows.push({ label: l.t("dayContact"), value: event.dayContact });
  return rows;
}

/** When, where, who and the door code; on a change, what each one was. */
export function details(
  context: MessageContext,
  l: Localizer,
  show: { party: boolean; code: boolean },
): Block {
  const { event, previous } = context;
  const changed = context.kind === "event_changed" && previous ? previous : null;
  const was = (value: string) => ({ template: l.t("was"), value });
  const rows: DetailRow[] = [{ label: l.t("when"), value: when(context, l) }];
  if (changed && (changed.startsAt !== event.startsAt || changed.endsAt !== event.endsAt)) {
    rows[0]!.was = was(formatEventTime(changed.startsAt, changed.endsAt, event.timeZone, l.locale));
  }
  const visit = context.visit;
  if (visit) {
    rows.push(...visitRows(visit, context, l));
  } else if (event.venue !== null || (changed && changed.venue !== null)) {
    const row: DetailRow = { label: l.t("where"), value: event.venue ?? l.t("noPlace") };
    if (changed && changed.venue !== event.venue) row.was = was(changed.venue ?? l.t("noPlace"));
    rows.push(row);
  }
  if (event.onlineUrl) {
    rows.push({ label: l.t("online"), value: l.t("joinOnline"), href: event.onlineUrl });
  }
  // What to bring and who to call matter to everyone with a place, not to a cancellation.
  if (placeKinds.has(context.kind)) rows.push(...dayRows(event, l));
  // Hosts and interpreters come as themselves; their rows say who else is coming.
  if (show.party && (!visit || visit.audience === "visitor")) {
    rows.push({ label: l.t("whoIsComing"), value: party(context, l) });
  }
  if (show.code && context.shortCode && placeKinds.has(context.kind)) {
    rows.push({
      label: l.t("doorCode"),
      value: context.shortCode,
      className: "code",
      hint: l.t("doorCodeHint"),
    });
  }
  return { type: "details", rows };
}

/** The organiser's own words, quoted, when they wrote any. */
export function organiserWords(context: MessageContext, l: Localizer): Block[] {
  const words = context.organiserMessage;
  const text = words?.text.trim();
  if (!words || !text) return [];
  return [{ type: "quote", label: l.t("organiserWords"), text, ...otherLanguage(words, l) }];
}

/**
 * The links that add the event to a calendar: its calendar file (every calendar app), and the
 * new-event forms of Google Calendar and Outlook on the web (named as they name themselves).
 */
export function calendarLink(context: MessageContext, l: Localizer): Block {
  const entry = {
    title: context.event.title,
    startsAt: context.event.startsAt,
    endsAt: context.event.endsAt,
    location: context.event.venue ?? context.event.onlineUrl,
    details: context.organisationName,
  };
  return {
    type: "links",
    links: [
      { text: l.t("addToCalendar"), href: context.links.calendar },
      { text: "Google Calendar", href: googleCalendarUrl(entry) },
      { text: "Outlook", href: outlookCalendarUrl(entry) },
    ],
  };
}
