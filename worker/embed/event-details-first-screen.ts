import type { EventListResponse, PublicEvent } from "../../schema/contracts/events.js";
import { otherDates } from "../../schema/rules/series-groups.js";
import { formatNumber } from "../../i18n/format.js";
import { directionOf } from "../../i18n/languages.js";
import { escapeHtml as e } from "../messages/html.js";
import { eventPageUrl } from "../../schema/rules/event-links.js";
import type { FirstScreenOptions, InnerFormOptions } from "./first-screen-parts.js";
import {
  about,
  dateButtons,
  dateRangeOf,
  openBase,
  signupElement,
  spokenLanguages,
} from "./first-screen-parts.js";

/*
 * An event opened on the first screen of `<hearth-events>` before the widget's code has come: its
 * details as the widget draws them (`widgets/events/event-detail.ts`, `series-dates.ts`), with the
 * same classes and parts, and its `<hearth-signup>`, in which the events' show code puts that
 * form's own first screen (`widgets/events/first-screen-show.ts`): a reader opens an event and
 * signs up on a slow phone with the first screens alone. The widget opens the same event before it
 * takes the screen over, and keeps the form (`NestedFirstScreen`). Drawn from the list's first page
 * (the same read as the list's first screen): the event pressed is on it, and so are the other
 * dates of its series the widget names.
 */

/** Which date of its series it is, and the series' other dates on the list, each opening it. */
function seriesDates(
  event: PublicEvent,
  loaded: readonly PublicEvent[],
  options: FirstScreenOptions,
) {
  const { series } = event;
  if (!series) return "";
  const { words } = options;
  const others = otherDates(event, loaded);
  const number = (value: number) => formatNumber(words.locale, value);
  const dates = dateButtons(others, options);
  return (
    `<section class="series"><p class="series-label">` +
    `${e(words.t("seriesPosition", { position: number(series.position), total: number(series.total) }))}</p>` +
    (others.length > 0
      ? `<h3 id="other-dates">${e(words.t("seriesOtherDates"))}</h3>` +
        `<ul class="dates" aria-labelledby="other-dates">${dates}</ul>`
      : "") +
    `</section>`
  );
}

export type DetailsScreenOptions = FirstScreenOptions & InnerFormOptions;

/**
 * The details of `eventId` from the list's first page, in the wrapper the widget draws;
 * `undefined` when it is not on that page (the widget opens it itself).
 */
export function renderEventDetailsFirstScreen(
  page: EventListResponse,
  eventId: string,
  options: DetailsScreenOptions,
): string | undefined {
  const event = page.events.find((listed) => listed.id === eventId);
  if (!event) return undefined;
  const { words } = options;
  const place = event.venueName ?? (event.onlineUrl ? words.t("online") : "");
  const address = [place, event.venueAddress].filter(Boolean).join(", ");
  const notesLang = event.langs.accessibilityNotes;
  const interpretation = words.t("interpretation", {
    list: words.list(event.interpretation.map((code) => words.languageName(code))),
  });
  return (
    openBase(words) +
    `<article part="detail" class="detail">` +
    `<button type="button" part="button" class="button secondary back">${e(words.t("back"))}</button> ` +
    `<h2 class="detail-title" tabindex="-1" lang="${e(event.langs.title)}" dir="${directionOf(event.langs.title)}">${e(event.title)}</h2> ` +
    `<dl class="facts"><dt>${e(words.t("when"))}</dt> <dd>${e(dateRangeOf(event, options))}</dd> ` +
    (address ? `<dt>${e(words.t("where"))}</dt> <dd><bdi>${e(address)}</bdi></dd>` : "") +
    `</dl> ` +
    seriesDates(event, page.events, options) +
    (event.languages.length > 0 ? `<p>${e(spokenLanguages(event, words))}</p> ` : "") +
    (event.interpretation.length > 0 ? `<p>${e(interpretation)}</p> ` : "") +
    about(event) +
    (event.accessibilityNotes
      ? ` <section class="access"><h3>${e(words.t("accessibility"))}</h3> ` +
        `<p lang="${e(notesLang)}" dir="${directionOf(notesLang)}">${e(event.accessibilityNotes)}</p></section>`
      : "") +
    ` <p><a part="button" class="button secondary" href="${e(event.calendarUrl)}" download>${e(words.t("addToCalendar"))}</a></p> ` +
    // The Share button, as `hearth-event-share` draws it into the widget's root, with what it
    // shares and says (`widgets/events/first-screen-show.ts` shares before the widget's code).
    `<span class="share" data-url="${e(eventPageUrl(event, options.org))}" data-title="${e(event.title)}"` +
    ` data-copied="${e(words.t("shareCopied"))}" data-copy-failed="${e(words.t("shareCopyFailed"))}">` +
    `<button type="button" part="button" class="button secondary share">${e(words.t("shareEvent"))}</button> ` +
    `<span class="share-status" role="status"></span></span> ` +
    signupElement(event.id, options) +
    `</article></div>`
  );
}
