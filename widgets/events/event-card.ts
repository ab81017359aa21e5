import { ifDefined } from "lit/directives/if-defined.js";
import { html } from "../shared/fallback-text.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { eventAvailability } from "../shared/availability.js";
import { directionOf } from "../../i18n/languages.js";
import type { LocalizeController } from "../shared/localize.js";

/** Where the event happens, in the fewest words: the venue, or "Online". */
export function placeOf(event: PublicEvent, localize: LocalizeController): string {
  return event.venueName ?? (event.onlineUrl ? localize.t("online") : "");
}

export function languagesOf(event: PublicEvent, localize: LocalizeController): string {
  return localize.t("spokenLanguages", {
    list: localize.list(event.languages.map((code) => localize.languageName(code))),
  });
}

/**
 * One event in the list; the title is the button that opens its details. `more` follows the
 * availability: the next dates, on the card of a series. `byline` follows the title: in a
 * network's catalogue, who organises the event.
 */
export function renderEventCard(
  event: PublicEvent,
  localize: LocalizeController,
  open: (event: PublicEvent) => void,
  more: unknown = null,
  byline: unknown = null,
) {
  const availability = eventAvailability(event, localize);
  const place = placeOf(event, localize);
  return html`<li part="card" class="card panel">
    <h3 class="card-title">
      <button
        type="button"
        class="title-button"
        data-event=${event.id}
        data-series=${ifDefined(event.series?.id)}
        lang=${event.langs.title}
        dir=${directionOf(event.langs.title)}
        @click=${() => open(event)}
      >
        ${event.title}
      </button>
    </h3>
    ${byline}
    <p class="when">${localize.dateRange(event.startsAt, event.endsAt, event.timeZone)}</p>
    ${place ? html`<p class="where muted"><bdi>${place}</bdi></p>` : null}
    ${
      event.languages.length > 0
        ? html`<p class="languages muted">${languagesOf(event, localize)}</p>`
        : null
    }
    <p part="availability" class="availability ${availability.tone}">${availability.text}</p>
    ${more}
  </li>`;
}
