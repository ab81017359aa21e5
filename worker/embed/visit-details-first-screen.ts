import type { EventListResponse, PublicEvent } from "../../schema/contracts/events.js";
import type { WayForm } from "../../schema/rules/visit-ways.js";
import { isOpen, wayPlaces, ways } from "../../schema/rules/visit-ways.js";
import { tripLanguageCodes } from "../../schema/rules/visit-day.js";
import { directionOf } from "../../i18n/languages.js";
import type { PageWords } from "../event-pages/page-words.js";
import { wordedPlaces } from "../event-pages/places-words.js";
import { escapeHtml as e } from "../messages/html.js";
import type { FirstScreenOptions, InnerFormOptions } from "./first-screen-parts.js";
import { about, dateRangeOf, openBase } from "./first-screen-parts.js";
import { day, written } from "./visits-first-screen.js";

/*
 * A visit opened on the first screen of `<hearth-visits>` before the widget's code has come, as
 * `event-details-first-screen.ts` is an event opened on the events list's: its page as the widget
 * draws it (`widgets/visits/visit-detail.ts`, `visit-itinerary.ts`) — the day, where the bus
 * stops, and the three ways to take part, each a button that unfolds its form. Each form
 * (`<hearth-visit-group-form>`, `-host-form`, `-interpreter-form`, drawn folded) gets its own
 * first screen, which sends itself (`visit-form-first-screens.ts`, shown by
 * `widgets/visits/first-screen-show.ts`). Drawn from the visits list's first page, the read the
 * list's first screen is drawn from.
 */

/**
 * A way's form element, as the widget draws it once its way is unfolded (`renderForm`,
 * `visit-detail.ts`), `event` naming the visit for the widget to keep it; `hidden` until its
 * button unfolds it (`widgets/visits/first-screen-show.ts`).
 */
export const wayFormElement = (
  form: WayForm,
  visitId: string,
  { org, requested }: InnerFormOptions,
) =>
  `<hearth-visit-${form} org="${e(org)}" lang="${e(requested)}" event="${e(visitId)}"` +
  ` exportparts="form, label, input, button, status, error" hidden></hearth-visit-${form}>`;

/** The three ways to take part, folded (`renderChoices`), each open way's form in its place. */
function takePart(visit: PublicEvent, words: PageWords, options: InnerFormOptions): string {
  const cards = ways.map(({ audience, title, text, count, form }) => {
    const places = wordedPlaces(wayPlaces(visit, audience), words, count);
    const open = isOpen(visit, audience);
    return (
      `<section part="choice" class="choice-card panel" data-choice="${audience}">` +
      `<h4>${e(words.t(title))}</h4> <p>${e(words.t(text))}</p> ` +
      `<p part="availability" class="availability ${places.tone}">${e(places.text)}</p> ` +
      (open
        ? `<button type="button" part="button" class="button " aria-expanded="false" aria-controls="form-${audience}">` +
          `${e(words.t(title))}</button> `
        : "") +
      `<div id="form-${audience}">` +
      (open ? wayFormElement(form, visit.id, options) : "") +
      `</div></section>`
    );
  });
  // `data-loading`: said in a way unfolded before its form has come (`first-screen-show.ts`).
  return (
    `<section class="take-part" data-loading="${e(words.t("loading"))}">` +
    `<h3>${e(words.t("takePart"))}</h3> ${cards.join(" ")}</section>`
  );
}

/**
 * The page of `visitId` from the visits list's first page, in the wrapper the widget draws;
 * `undefined` when it is not on that page (the widget opens it itself).
 */
export function renderVisitDetailsFirstScreen(
  page: EventListResponse,
  visitId: string,
  options: FirstScreenOptions & InnerFormOptions,
): string | undefined {
  const visit = page.events.find((listed) => listed.id === visitId);
  if (!visit) return undefined;
  const { words } = options;
  const languages = tripLanguageCodes(visit);
  const notesLang = visit.langs.accessibilityNotes;
  return (
    openBase(words) +
    `<article part="detail" class="detail">` +
    `<button type="button" part="button" class="button secondary back">${e(words.t("backToVisits"))}</button> ` +
    `<h2 class="detail-title" tabindex="-1" lang="${e(visit.langs.title)}" dir="${directionOf(visit.langs.title)}">${e(visit.title)}</h2> ` +
    `<dl class="facts"><dt>${e(words.t("when"))}</dt> <dd>${e(dateRangeOf(visit, options))}</dd> ` +
    (visit.region
      ? `<dt>${e(words.t("visitRegion"))}</dt> <dd><bdi>${e(visit.region)}</bdi></dd>`
      : "") +
    `</dl> ` +
    (languages.length > 0
      ? `<p>${e(words.t("visitTripLanguages", { list: words.list(languages.map((code) => words.languageName(code))) }))}</p> `
      : "") +
    about(visit) +
    (visit.accessibilityNotes
      ? ` <section><h3>${e(words.t("accessibility"))}</h3> ${written("p", visit.accessibilityNotes, notesLang)}</section>`
      : "") +
    ` ${day(visit, words, 3)} ` +
    `<p><a part="button" class="button secondary" href="${e(visit.calendarUrl)}" download>${e(words.t("addToCalendar"))}</a></p> ` +
    takePart(visit, words, options) +
    `</article></div>`
  );
}
