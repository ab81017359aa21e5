import type { PublicEvent } from "../../schema/contracts/events.js";
import { directionOf } from "../../i18n/languages.js";
import { escapeHtml } from "../messages/html.js";
import { formatEventTime, formatMoment } from "../messages/format.js";
import type { PageState } from "./page-state.js";
import { attendeeSlots } from "./page-state.js";
import type { PageWords } from "./page-words.js";
import { sumPlaces } from "../../schema/rules/availability.js";
import { placesText } from "./places-words.js";

/** `lang` and `dir` for an organisation's text, which may be in another language than the page. */
const inLanguage = (lang: string) => `lang="${escapeHtml(lang)}" dir="${directionOf(lang)}"`;

/** An organiser's text as paragraphs: a blank line starts a new one, a line break stays one. */
function paragraphs(text: string): string {
  return text
    .split(/\n\s*\n/)
    .filter((paragraph) => paragraph.trim() !== "")
    .map((paragraph) => `<p>${escapeHtml(paragraph.trim()).replace(/\r?\n/g, "<br>")}</p>`)
    .join("\n");
}

/** Why there is no form, said before the details; null when the form is there. */
function stateNotice(state: PageState, event: PublicEvent, words: PageWords): string | null {
  switch (state.kind) {
    case "cancelled":
      return words.t("pageCancelled");
    case "past":
      return words.t("pageEnded");
    case "not_open_yet":
      return words.t("pageOpensAt", {
        date: formatMoment(Date.parse(state.opensAt), event.timeZone, words.locale),
      });
    case "closed":
      return words.t("errorClosed");
    case "full":
      return words.t("errorFull");
    default:
      return null;
  }
}

/** Where it happens: the venue and its address, and "Online" when it also (or only) is. */
function place(event: PublicEvent, words: PageWords): string {
  const lines = [event.venueName, event.venueAddress]
    .filter((line): line is string => Boolean(line))
    .map((line) => `<bdi>${escapeHtml(line)}</bdi>`);
  if (event.onlineUrl) lines.push(escapeHtml(words.t("online")));
  return lines.join("<br>");
}

/**
 * The event as a person needs it before deciding: who organises it, what, when (in the event's
 * own time zone, named), where, in which languages, places left, what it is about, access notes
 * and its calendar file. Organisation-written texts carry the language they are really in.
 */
export function renderEventDetails(
  event: PublicEvent,
  context: { words: PageWords; organisationName: string; state: PageState },
): string {
  const { words, state } = context;
  const notice = stateNotice(state, event, words);
  const where = place(event, words);
  const showPlaces = state.kind === "open" || state.kind === "full";
  const facts = [
    `<dt>${escapeHtml(words.t("when"))}</dt>\n<dd>${escapeHtml(
      formatEventTime(
        Date.parse(event.startsAt),
        Date.parse(event.endsAt),
        event.timeZone,
        words.locale,
      ),
    )}</dd>`,
    where ? `<dt>${escapeHtml(words.t("where"))}</dt>\n<dd>${where}</dd>` : "",
    showPlaces
      ? `<dt>${escapeHtml(words.t("pagePlaces"))}</dt>\n<dd>${escapeHtml(
          placesText(sumPlaces(attendeeSlots(event)), words),
        )}</dd>`
      : "",
  ].filter(Boolean);
  const languageLines = [
    event.languages.length > 0
      ? words.t("spokenLanguages", {
          list: words.list(event.languages.map((code) => words.languageName(code))),
        })
      : "",
    event.interpretation.length > 0
      ? words.t("interpretation", {
          list: words.list(event.interpretation.map((code) => words.languageName(code))),
        })
      : "",
  ].filter(Boolean);
  const about = event.description
    ? { text: event.description, lang: event.langs.description }
    : { text: event.summary, lang: event.langs.summary };
  return [
    `<p class="muted">${escapeHtml(words.t("pageOrganisedBy", { name: context.organisationName }))}</p>`,
    `<h1 ${inLanguage(event.langs.title)}>${escapeHtml(event.title)}</h1>`,
    notice
      ? `<p class="notice${state.kind === "cancelled" ? " alert" : ""}">${escapeHtml(notice)}</p>`
      : "",
    `<dl>\n${facts.join("\n")}\n</dl>`,
    ...languageLines.map((line) => `<p>${escapeHtml(line)}</p>`),
    about.text ? `<div ${inLanguage(about.lang)}>\n${paragraphs(about.text)}\n</div>` : "",
    event.accessibilityNotes
      ? `<h2>${escapeHtml(words.t("accessibility"))}</h2>\n<div ${inLanguage(event.langs.accessibilityNotes)}>\n${paragraphs(event.accessibilityNotes)}\n</div>`
      : "",
    state.kind === "past"
      ? ""
      : `<p><a href="${escapeHtml(event.calendarUrl)}" download>${escapeHtml(words.t("addToCalendar"))}</a></p>`,
  ]
    .filter(Boolean)
    .join("\n");
}
