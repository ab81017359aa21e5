import { formatClockTime } from "../../i18n/clock-time.js";
import { stopsInOrder, tripLanguageCodes } from "../../schema/rules/visit-day.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { directionOf } from "../../i18n/languages.js";
import type { LocalizeController } from "../shared/localize.js";

/** Every language heard on the trip: spoken by the organisers, and interpreted. */
export function tripLanguages(visit: PublicEvent, localize: LocalizeController): string {
  return localize.t("visitTripLanguages", {
    list: localize.list(tripLanguageCodes(visit).map((code) => localize.languageName(code))),
  });
}

const heading = (level: 3 | 4, text: string) =>
  level === 3 ? html`<h3>${text}</h3>` : html`<h4>${text}</h4>`;

/**
 * The day as an ordered list (time, place, what happens, access), then where the bus stops.
 * Organiser-written text keeps the language it was written in.
 */
export function renderDay(visit: PublicEvent, localize: LocalizeController, level: 3 | 4) {
  const time = (iso: string) => formatClockTime(localize.locale, iso, visit.timeZone);
  const stops = stopsInOrder(visit.itinerary);
  return html`${
    stops.length > 0
      ? html`<section class="day">
          ${heading(level, localize.t("itinerary"))}
          <ol part="itinerary" class="itinerary">
            ${stops.map(
              (stop) =>
                html`<li class="stop">
                  <time datetime=${stop.arrivesAt} class="stop-time">${time(stop.arrivesAt)}</time>
                  <div class="stop-body">
                    <p
                      class="stop-place"
                      lang=${stop.langs.place}
                      dir=${directionOf(stop.langs.place)}
                    >
                      ${stop.place}
                    </p>
                    ${stop.address ? html`<p class="muted"><bdi>${stop.address}</bdi></p>` : nothing}
                    ${
                      stop.activity
                        ? html`<p
                            lang=${stop.langs.activity}
                            dir=${directionOf(stop.langs.activity)}
                          >
                            ${stop.activity}
                          </p>`
                        : nothing
                    }
                    ${
                      stop.accessibility
                        ? html`<p class="muted">
                            ${localize.t("accessibility")}:
                            <span
                              lang=${stop.langs.accessibility}
                              dir=${directionOf(stop.langs.accessibility)}
                              >${stop.accessibility}</span
                            >
                          </p>`
                        : nothing
                    }
                  </div>
                </li>`,
            )}
          </ol>
        </section>`
      : nothing
  }
  ${
    visit.pickupPoints.length > 0
      ? html`<section class="day">
          ${heading(level, localize.t("pickupPoints"))}
          <ul part="pickup-points" class="pickups">
            ${visit.pickupPoints.map(
              (point) =>
                html`<li>
                  <bdi
                    >${localize.t("pickupAt", { place: point.name, time: time(point.departsAt) })}</bdi
                  >
                  ${point.address ? html`<span class="muted">(<bdi>${point.address}</bdi>)</span>` : nothing}
                </li>`,
            )}
          </ul>
        </section>`
      : nothing
  }`;
}
