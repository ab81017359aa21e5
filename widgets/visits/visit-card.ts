import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { directionOf } from "../../i18n/languages.js";
import type { LocalizeController } from "../shared/localize.js";
import { renderDay, tripLanguages } from "./visit-itinerary.js";
import { placesFor } from "./visit-slots.js";

/** One visit in the list; the title opens it, "Show the day" unfolds the itinerary in place. */
export function renderVisitCard(
  visit: PublicEvent,
  localize: LocalizeController,
  open: (visit: PublicEvent) => void,
) {
  const seats = placesFor(visit, "visitor", localize);
  const languages = visit.languages.length + visit.interpretation.length;
  const hasDay = visit.itinerary.length > 0 || visit.pickupPoints.length > 0;
  return html`<li part="card" class="card panel">
    <h3 class="card-title">
      <button
        type="button"
        class="title-button"
        data-event=${visit.id}
        lang=${visit.langs.title}
        dir=${directionOf(visit.langs.title)}
        @click=${() => open(visit)}
      >
        ${visit.title}
      </button>
    </h3>
    <p class="when">${localize.dateRange(visit.startsAt, visit.endsAt, visit.timeZone)}</p>
    ${
      visit.region
        ? html`<p class="region muted">${localize.t("visitRegion")}: <bdi>${visit.region}</bdi></p>`
        : nothing
    }
    ${languages > 0 ? html`<p class="languages muted">${tripLanguages(visit, localize)}</p>` : nothing}
    <p part="availability" class="availability ${seats.tone}">${seats.text}</p>
    ${
      hasDay
        ? html`<details part="day" class="show-day">
            <summary>${localize.t("showTheDay")}</summary>
            ${renderDay(visit, localize, 4)}
          </details>`
        : nothing
    }
  </li>`;
}
