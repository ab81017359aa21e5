import type { EventListResponse, PublicEvent } from "../../schema/contracts/events.js";
import { formatClockTime } from "../../i18n/clock-time.js";
import { directionOf } from "../../i18n/languages.js";
import { wayPlaces } from "../../schema/rules/visit-ways.js";
import { stopsInOrder, tripLanguageCodes } from "../../schema/rules/visit-day.js";
import type { PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import type { FirstScreenOptions } from "./first-screen-parts.js";
import { wordedPlaces } from "../event-pages/places-words.js";
import { dateRangeOf, loadMoreButton, openBase, option } from "./first-screen-parts.js";
import { mergeRegions } from "../../schema/rules/event-regions.js";

/*
 * The first screen of `<hearth-visits>`, as `events-first-screen.ts` is the events list's: the
 * markup the widget draws (`widgets/visits/visits.ts`, `visit-card.ts`, `visit-itinerary.ts`) —
 * the region filter, how many visits, each visit's card with its day folded under "Show the day",
 * "Show more visits" — from the same rules and catalogues, for embed.js to show while the
 * widget's code loads; the end-to-end test compares the two.
 */

/** "3 seats left", or why nobody can sign up, for the visitors' seats. */
const seats = (visit: PublicEvent, words: PageWords) =>
  wordedPlaces(wayPlaces(visit, "visitor"), words, "seatsLeft");

/** Organiser-written text in the language it was written in. */
export const written = (tag: string, text: string, lang: string, attributes = "") =>
  `<${tag}${attributes} lang="${e(lang)}" dir="${directionOf(lang)}">${e(text)}</${tag}>`;

/** The day: its stops in order, then where the bus stops (`renderDay`, headings at `level`). */
export function day(visit: PublicEvent, words: PageWords, level: 3 | 4): string {
  const time = (iso: string) => formatClockTime(words.locale, iso, visit.timeZone);
  const stops = stopsInOrder(visit.itinerary).map(
    (stop) =>
      `<li class="stop"><time datetime="${e(stop.arrivesAt)}" class="stop-time">${e(time(stop.arrivesAt))}</time>` +
      `<div class="stop-body">${written("p", stop.place, stop.langs.place, ' class="stop-place"')}` +
      (stop.address ? `<p class="muted"><bdi>${e(stop.address)}</bdi></p>` : "") +
      (stop.activity ? written("p", stop.activity, stop.langs.activity) : "") +
      (stop.accessibility
        ? `<p class="muted">${e(words.t("accessibility"))}: ` +
          `${written("span", stop.accessibility, stop.langs.accessibility)}</p>`
        : "") +
      `</div></li>`,
  );
  const pickups = visit.pickupPoints.map(
    (point) =>
      `<li><bdi>${e(words.t("pickupAt", { place: point.name, time: time(point.departsAt) }))}</bdi>` +
      (point.address ? ` <span class="muted">(<bdi>${e(point.address)}</bdi>)</span>` : "") +
      `</li>`,
  );
  return (
    (stops.length > 0
      ? `<section class="day"><h${level}>${e(words.t("itinerary"))}</h${level}>` +
        `<ol part="itinerary" class="itinerary">${stops.join("")}</ol></section>`
      : "") +
    (pickups.length > 0
      ? `<section class="day"><h${level}>${e(words.t("pickupPoints"))}</h${level}>` +
        `<ul part="pickup-points" class="pickups">${pickups.join("")}</ul></section>`
      : "")
  );
}

function card(visit: PublicEvent, options: FirstScreenOptions): string {
  const { words } = options;
  const places = seats(visit, words);
  const languages = tripLanguageCodes(visit);
  const hasDay = visit.itinerary.length > 0 || visit.pickupPoints.length > 0;
  return (
    `<li part="card" class="card panel"><h3 class="card-title">` +
    written(
      "button",
      visit.title,
      visit.langs.title,
      ` type="button" class="title-button" data-event="${e(visit.id)}"`,
    ) +
    `</h3><p class="when">${e(dateRangeOf(visit, options))}</p>` +
    (visit.region
      ? `<p class="region muted">${e(words.t("visitRegion"))}: <bdi>${e(visit.region)}</bdi></p>`
      : "") +
    (languages.length > 0
      ? `<p class="languages muted">${e(
          words.t("visitTripLanguages", {
            list: words.list(languages.map((code) => words.languageName(code))),
          }),
        )}</p>`
      : "") +
    `<p part="availability" class="availability ${places.tone}">${e(places.text)}</p>` +
    (hasDay
      ? `<details part="day" class="show-day"><summary>${e(words.t("showTheDay"))}</summary>` +
        `${day(visit, words, 4)}</details>`
      : "") +
    `</li>`
  );
}

/** The region filter, once the visits name two regions (or one is chosen). */
function filter(regions: readonly string[], { words, region }: FirstScreenOptions): string {
  if (regions.length < 2 && !region) return "";
  return (
    `<form part="filters" class="filters" role="search" aria-label="${e(words.t("visitsFilterLabel"))}">` +
    `<div class="region-filter"><label part="label" for="region">${e(words.t("visitRegion"))}</label>` +
    `<select part="input" id="region">${option("", words.t("visitRegionAll"), !region)}` +
    regions.map((name) => option(name, name, name === region)).join("") +
    `</select></div></form>`
  );
}

/** The visits list's first page, in the wrapper the widget draws, for it to take over. */
export function renderVisitsFirstScreen(
  page: EventListResponse,
  options: FirstScreenOptions,
): string {
  const { words, region } = options;
  const visits = page.events;
  const count = visits.length > 0 ? words.plural("visitsCount", visits.length) : "";
  const list =
    visits.length === 0
      ? `<p part="empty" class="empty">${e(words.t(region ? "visitsEmptyRegion" : "visitsEmpty"))}</p>`
      : `<ul part="list" class="list" aria-label="${e(words.t("visitsLabel"))}">` +
        visits.map((visit) => card(visit, options)).join("") +
        `</ul>` +
        (page.nextCursor === null ? "" : loadMoreButton(words.t("visitsMore")));
  return (
    openBase(words) +
    filter(mergeRegions([], visits, words.locale, region), options) +
    `<p part="status" class="count" role="status">${e(count)}</p>` +
    list +
    `</div>`
  );
}
