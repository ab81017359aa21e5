import { nothing } from "lit";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import type { EventGroup } from "./series-groups.js";
import { datesShownOnCard } from "../../schema/rules/series-groups.js";

/** Ids come from the server; an id that `aria-labelledby` names must hold no spaces. */
const idOf = (prefix: string, event: PublicEvent) =>
  `${prefix}-${event.id.replace(/[^\w-]/g, "-")}`;

/** Each date a button that opens it, as a card's title does, in the event's own time zone. */
function renderDates(
  dates: readonly PublicEvent[],
  localize: LocalizeController,
  open: (event: PublicEvent) => void,
  labelledBy: string,
) {
  return html`<ul class="dates" aria-labelledby=${labelledBy}>
    ${dates.map(
      (date) =>
        html`<li>
          <button
            type="button"
            class="date-button"
            data-event=${date.id}
            @click=${() => open(date)}
          >
            ${localize.dateRange(date.startsAt, date.endsAt, date.timeZone, "short")}
          </button>
        </li>`,
    )}
  </ul>`;
}

/** On a series' card: "Repeats — next dates:", the next few of them, and how many more. */
export function renderNextDates(
  { lead, later }: EventGroup,
  localize: LocalizeController,
  open: (event: PublicEvent) => void,
) {
  if (later.length === 0) return nothing;
  const label = idOf("next", lead);
  const hidden = later.length - datesShownOnCard;
  return html`<div class="series">
    <p id=${label} class="series-label">${localize.t("seriesNextDates")}</p>
    ${renderDates(later.slice(0, datesShownOnCard), localize, open, label)}
    ${hidden > 0 ? html`<p class="muted">${localize.plural("seriesMoreDates", hidden)}</p>` : nothing}
  </div>`;
}

/** In a date's details: which date of the series it is, and the other dates the list has. */
export function renderSeriesDates(
  event: PublicEvent,
  others: readonly PublicEvent[],
  localize: LocalizeController,
  open: (event: PublicEvent) => void,
) {
  const { series } = event;
  if (!series) return nothing;
  return html`<section class="series">
    <p class="series-label">
      ${localize.t("seriesPosition", {
        position: localize.number(series.position),
        total: localize.number(series.total),
      })}
    </p>
    ${
      others.length > 0
        ? html`<h3 id="other-dates">${localize.t("seriesOtherDates")}</h3>
            ${renderDates(others, localize, open, "other-dates")}`
        : nothing
    }
  </section>`;
}
