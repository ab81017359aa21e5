import { renderAbout } from "../shared/content-text.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { directionOf } from "../../i18n/languages.js";
import type { LocalizeController } from "../shared/localize.js";
import { renderDay, tripLanguages } from "./visit-itinerary.js";
import type { Audience } from "../../schema/rules/visit-ways.js";
import type { HearthVisitForm } from "./visit-form.js";
import { placesFor } from "./visit-slots.js";
import { isOpen, ways } from "../../schema/rules/visit-ways.js";

export interface VisitDetailOptions {
  org: string;
  api: string | undefined;
  /** The way of taking part whose form is open, if any. */
  choice: Audience | undefined;
  choose: (choice: Audience | undefined) => void;
  back: () => void;
  /**
   * A way's form as the first screen showed it (a visit opened there), to keep: what was typed
   * or booked on it stays. Else a new one is drawn.
   */
  keptForm?: ((audience: Audience, visit: PublicEvent) => HearthVisitForm | undefined) | undefined;
}

function renderForm(
  visit: PublicEvent,
  audience: Audience,
  lang: string,
  options: VisitDetailOptions,
) {
  // The first screen's form, kept, with what a new one would be given, and shown.
  const kept = options.keptForm?.(audience, visit);
  if (kept) return Object.assign(kept, { visit, hidden: false, api: options.api ?? "" });
  const api = ifDefined(options.api);
  const parts = "form, label, input, button, status, error";
  switch (audience) {
    case "visitor":
      return html`<hearth-visit-group-form
        org=${options.org}
        lang=${lang}
        api=${api}
        .visit=${visit}
        exportparts=${parts}
      ></hearth-visit-group-form>`;
    case "host":
      return html`<hearth-visit-host-form
        org=${options.org}
        lang=${lang}
        api=${api}
        .visit=${visit}
        exportparts=${parts}
      ></hearth-visit-host-form>`;
    case "interpreter":
      return html`<hearth-visit-interpreter-form
        org=${options.org}
        lang=${lang}
        api=${api}
        .visit=${visit}
        exportparts=${parts}
      ></hearth-visit-interpreter-form>`;
  }
}

/**
 * Three ways to take part, each a disclosure: its button shows or hides its own short form,
 * so keyboard and screen-reader users stay where they are.
 */
function renderChoices(
  visit: PublicEvent,
  localize: LocalizeController,
  options: VisitDetailOptions,
) {
  return html`<section class="take-part">
    <h3>${localize.t("takePart")}</h3>
    ${ways.map(({ audience, title, text }) => {
      const places = placesFor(visit, audience, localize);
      const open = isOpen(visit, audience);
      const expanded = options.choice === audience;
      return html`<section part="choice" class="choice-card panel" data-choice=${audience}>
        <h4>${localize.t(title)}</h4>
        <p>${localize.t(text)}</p>
        <p part="availability" class="availability ${places.tone}">${places.text}</p>
        ${
          open
            ? html`<button
                type="button"
                part="button"
                class="button ${expanded ? "secondary" : ""}"
                aria-expanded=${expanded ? "true" : "false"}
                aria-controls="form-${audience}"
                @click=${() => options.choose(expanded ? undefined : audience)}
              >
                ${localize.t(title)}
              </button>`
            : nothing
        }
        <div id="form-${audience}">
          ${expanded && open ? renderForm(visit, audience, localize.requested, options) : nothing}
        </div>
      </section>`;
    })}
  </section>`;
}

/** A visit's full page: the day, where the bus stops, and the three ways to take part. */
export function renderVisitDetail(
  visit: PublicEvent,
  localize: LocalizeController,
  options: VisitDetailOptions,
) {
  return html`<article part="detail" class="detail">
    <button type="button" part="button" class="button secondary back" @click=${options.back}>
      ${localize.t("backToVisits")}
    </button>
    <h2
      class="detail-title"
      tabindex="-1"
      lang=${visit.langs.title}
      dir=${directionOf(visit.langs.title)}
    >
      ${visit.title}
    </h2>
    <dl class="facts">
      <dt>${localize.t("when")}</dt>
      <dd>${localize.dateRange(visit.startsAt, visit.endsAt, visit.timeZone)}</dd>
      ${
        visit.region
          ? html`<dt>${localize.t("visitRegion")}</dt>
              <dd><bdi>${visit.region}</bdi></dd>`
          : nothing
      }
    </dl>
    ${
      visit.languages.length + visit.interpretation.length > 0
        ? html`<p>${tripLanguages(visit, localize)}</p>`
        : nothing
    }
    ${renderAbout(visit)}
    ${
      visit.accessibilityNotes
        ? html`<section>
            <h3>${localize.t("accessibility")}</h3>
            <p
              lang=${visit.langs.accessibilityNotes}
              dir=${directionOf(visit.langs.accessibilityNotes)}
            >
              ${visit.accessibilityNotes}
            </p>
          </section>`
        : nothing
    }
    ${renderDay(visit, localize, 3)}
    <p>
      <a part="button" class="button secondary" href=${visit.calendarUrl} download>
        ${localize.t("addToCalendar")}
      </a>
    </p>
    ${renderChoices(visit, localize, options)}
  </article>`;
}
