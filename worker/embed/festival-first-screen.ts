import type { EventDetailResponse } from "../../schema/contracts/events.js";
import { directionOf } from "../../i18n/languages.js";
import type { PageWords } from "../event-pages/page-words.js";
import { escapeHtml as e } from "../messages/html.js";
import type { InnerFormOptions } from "./first-screen-parts.js";
import {
  about,
  dateRangeOf,
  openBase,
  signupElement,
  spokenLanguages,
} from "./first-screen-parts.js";

/*
 * The first screen of `<hearth-festival>`: the festival's details — its name, when and where,
 * the languages spoken, what it is about, access notes — as the widget draws them
 * (`widgets/festival/festival.ts`, `widgets/shared/content-text.ts`), made here so a reader on a
 * slow phone sees what and when before the widget's code has arrived. The widget takes it over
 * once it has the festival, and draws the stalls and the menu below the same details and tickets.
 */

/**
 * The free tickets, as the widget draws them: a `<hearth-signup>` of the festival's attendee
 * times, whose own first screen (the form) the festival's show code puts inside it
 * (`widgets/festival/first-screen-show.ts`), and which the widget keeps as its own.
 */
function tickets(event: EventDetailResponse["event"], options: FestivalScreenOptions): string {
  if (!event.slots.some((slot) => slot.audience === "attendee")) return "";
  return (
    `<section part="tickets" class="tickets" aria-labelledby="tickets-title">` +
    `<h3 id="tickets-title">${e(options.words.t("festivalTickets"))}</h3> ` +
    signupElement(event.id, options) +
    `</section>`
  );
}

interface FestivalScreenOptions extends InnerFormOptions {
  words: PageWords;
  readerZone: string;
}

export function renderFestivalFirstScreen(
  { event }: EventDetailResponse,
  options: FestivalScreenOptions,
): string {
  const { words } = options;
  const place = event.venueName ?? (event.onlineUrl ? words.t("online") : "");
  const address = [place, event.venueAddress].filter(Boolean).join(", ");
  const notesLang = event.langs.accessibilityNotes;
  return (
    openBase(words) +
    `<header part="details" class="details">` +
    `<h2 lang="${e(event.langs.title)}" dir="${directionOf(event.langs.title)}">${e(event.title)}</h2> ` +
    `<dl class="facts"><dt>${e(words.t("when"))}</dt> ` +
    `<dd>${e(dateRangeOf(event, options))}</dd> ` +
    (address ? `<dt>${e(words.t("where"))}</dt> <dd><bdi>${e(address)}</bdi></dd>` : "") +
    `</dl> ` +
    (event.languages.length > 0 ? `<p>${e(spokenLanguages(event, words))}</p> ` : "") +
    about(event) +
    (event.accessibilityNotes
      ? ` <p><strong>${e(words.t("accessibility"))}:</strong> ` +
        `<span lang="${e(notesLang)}" dir="${directionOf(notesLang)}">${e(event.accessibilityNotes)}</span></p>`
      : "") +
    `</header>` +
    tickets(event, options) +
    `</div>`
  );
}
