import type { EventListResponse, PublicEvent } from "../../schema/contracts/events.js";
import { kindFilterChoices } from "../../schema/rules/event-kinds.js";
import { eventPlacesMessage } from "../../schema/rules/availability.js";
import { datesShownOnCard, groupSeries } from "../../schema/rules/series-groups.js";
import { directionOf } from "../../i18n/languages.js";
import type { FirstScreenOptions } from "./first-screen-parts.js";
import { wordedPlaces } from "../event-pages/places-words.js";
import {
  dateButtons,
  dateRangeOf,
  loadMoreButton,
  openBase,
  option,
  spokenLanguages,
} from "./first-screen-parts.js";
import { mergeRegions } from "../../schema/rules/event-regions.js";
import { escapeHtml as e } from "../messages/html.js";

/*
 * The first screen of `<hearth-events>`, made here so that a reader on a slow phone sees the
 * events before the widget's code has arrived: the loader (`widgets/embed.ts`) puts this markup in
 * the element's shadow root with the list's own styles, and the widget takes the screen over
 * once it has drawn the same list (`widgets/events/first-screen-takeover.ts`). It is the markup the widget
 * draws — the filters, the cards (a series' dates on its soonest card), "Show more events" — with
 * the same classes and parts, so nothing moves when the widget takes over; the end-to-end test
 * `tests/e2e/first-screens.test.mjs` compares the two. Only the buttons do nothing yet: the
 * loader remembers which one was pressed, and the widget opens it.
 */

function nextDates(lead: PublicEvent, later: PublicEvent[], options: FirstScreenOptions): string {
  if (later.length === 0) return "";
  const label = `next-${lead.id.replace(/[^\w-]/g, "-")}`;
  const hidden = later.length - datesShownOnCard;
  const dates = dateButtons(later.slice(0, datesShownOnCard), options);
  return (
    `<div class="series"><p id="${e(label)}" class="series-label">` +
    `${e(options.words.t("seriesNextDates"))}</p>` +
    `<ul class="dates" aria-labelledby="${e(label)}">${dates}</ul>` +
    (hidden > 0
      ? `<p class="muted">${e(options.words.plural("seriesMoreDates", hidden))}</p>`
      : "") +
    `</div>`
  );
}

function card(lead: PublicEvent, later: PublicEvent[], options: FirstScreenOptions): string {
  const { words } = options;
  const place = lead.venueName ?? (lead.onlineUrl ? words.t("online") : "");
  const availability = wordedPlaces(eventPlacesMessage(lead), words);
  const spoken = spokenLanguages(lead, words);
  return (
    `<li part="card" class="card panel"><h3 class="card-title">` +
    `<button type="button" class="title-button" data-event="${e(lead.id)}"` +
    (lead.series ? ` data-series="${e(lead.series.id)}"` : "") +
    ` lang="${e(lead.langs.title)}" dir="${directionOf(lead.langs.title)}">${e(lead.title)}</button></h3>` +
    `<p class="when">${e(dateRangeOf(lead, options))}</p>` +
    (place ? `<p class="where muted"><bdi>${e(place)}</bdi></p>` : "") +
    (lead.languages.length > 0 ? `<p class="languages muted">${e(spoken)}</p>` : "") +
    `<p part="availability" class="availability ${availability.tone}">${e(availability.text)}</p>` +
    nextDates(lead, later, options) +
    `</li>`
  );
}

function filters(regions: readonly string[], options: FirstScreenOptions): string {
  const { words, kind, region } = options;
  const regionFilter =
    regions.length > 1 || region
      ? `<div class="filter"><label part="label" for="region">${e(words.t("filterRegion"))}</label>` +
        `<select part="input" id="region">${option("", words.t("regionAll"), !region)}` +
        regions.map((name) => option(name, name, name === region)).join("") +
        `</select></div>`
      : "";
  return (
    `<form part="filters" class="filters" role="search" aria-label="${e(words.t("filtersLabel"))}">` +
    `<div class="filter"><label part="label" for="kind">${e(words.t("filterKind"))}</label>` +
    `<select part="input" id="kind">${option("", words.t("kindAll"), !kind)}` +
    kindFilterChoices.map(([value, key]) => option(value, words.t(key), value === kind)).join("") +
    `</select></div>${regionFilter}</form>`
  );
}

/**
 * The markup of the list's first page, inside the wrapper the widget draws (`part="base"`),
 * marked `data-first-screen` for the widget to find and take over.
 */
export function renderEventsFirstScreen(
  page: EventListResponse,
  options: FirstScreenOptions,
): string {
  const { words } = options;
  const list =
    page.events.length === 0
      ? `<p part="empty" class="empty">${e(words.t("empty"))}</p>`
      : `<ul part="list" class="list" aria-label="${e(words.t("eventsLabel"))}">` +
        groupSeries(page.events)
          .map((group) => card(group.lead, group.later, options))
          .join("") +
        `</ul>` +
        (page.nextCursor === null ? "" : loadMoreButton(words.t("loadMore")));
  return (
    openBase(words) +
    filters(mergeRegions([], page.events, words.locale), options) +
    list +
    `</div>`
  );
}
