import { renderAbout } from "../shared/content-text.js";
import { html } from "../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type { PublicEvent, SignUpSites } from "../../schema/contracts/events.js";
import { directionOf } from "../../i18n/languages.js";
import type { LocalizeController } from "../shared/localize.js";
import { languagesOf, placeOf } from "./event-card.js";
import { repeat } from "lit/directives/repeat.js";
import { renderShareButton } from "./share-button.js";
import type { HearthSignup } from "../signup/signup.js";

export interface DetailOptions {
  org: string;
  api: string | undefined;
  back: () => void;
  /**
   * For a date of a series: its place in the series and the other dates the list has loaded (the
   * list draws them, as it draws its cards' dates).
   */
  series: unknown;
  /** Under the title: in a network's catalogue, who organises the event. */
  byline?: unknown;
  /** A network's websites, which may send sign-ups for the event too. */
  sites?: SignUpSites | undefined;
  /**
   * The event's sign-up form as the first screen showed it, to keep (what was typed or booked on
   * it stays), given the same properties; else a new one is drawn.
   */
  form?: ((event: PublicEvent) => HearthSignup | undefined) | undefined;
}

/** The first screen's form, kept, with what a new one would be given. */
function keptForm(
  form: HearthSignup | undefined,
  event: PublicEvent,
  options: DetailOptions,
): HearthSignup | undefined {
  if (form)
    Object.assign(form, {
      eventData: event,
      catalogueSites: options.sites,
      api: options.api ?? "",
    });
  return form;
}

/** The event's full page: description, access notes, calendar file and the sign-up form. */
export function renderEventDetail(
  event: PublicEvent,
  localize: LocalizeController,
  options: DetailOptions,
) {
  const address = [placeOf(event, localize), event.venueAddress].filter(Boolean).join(", ");
  return html`<article part="detail" class="detail">
    <button type="button" part="button" class="button secondary back" @click=${options.back}>
      ${localize.t("back")}
    </button>
    <h2
      class="detail-title"
      tabindex="-1"
      lang=${event.langs.title}
      dir=${directionOf(event.langs.title)}
    >
      ${event.title}
    </h2>
    ${options.byline}
    <dl class="facts">
      <dt>${localize.t("when")}</dt>
      <dd>${localize.dateRange(event.startsAt, event.endsAt, event.timeZone)}</dd>
      ${
        address
          ? html`<dt>${localize.t("where")}</dt>
              <dd><bdi>${address}</bdi></dd>`
          : null
      }
    </dl>
    ${options.series}
    ${event.languages.length > 0 ? html`<p>${languagesOf(event, localize)}</p>` : null}
    ${
      event.interpretation.length > 0
        ? html`<p>
            ${localize.t("interpretation", {
              list: localize.list(event.interpretation.map((code) => localize.languageName(code))),
            })}
          </p>`
        : null
    }
    ${renderAbout(event)}
    ${
      event.accessibilityNotes
        ? html`<section class="access">
            <h3>${localize.t("accessibility")}</h3>
            <p
              lang=${event.langs.accessibilityNotes}
              dir=${directionOf(event.langs.accessibilityNotes)}
            >
              ${event.accessibilityNotes}
            </p>
          </section>`
        : null
    }
    <p>
      <a part="button" class="button secondary" href=${event.calendarUrl} download>
        ${localize.t("addToCalendar")}
      </a>
    </p>
    ${renderShareButton(event, options.org, localize)}
    ${
      /*
       * Another date of a series gets a form of its own: nothing typed or booked carries over.
       * Keyed with `repeat` over the one event: the sign-up form loads it anyway (`keyed` would
       * cost a chunk of its own).
       */
      repeat(
        [event],
        (shown) => shown.id,
        (shown) =>
          keptForm(options.form?.(shown), shown, options) ??
          html`<hearth-signup
            org=${options.org}
            event=${shown.id}
            lang=${localize.requested}
            api=${ifDefined(options.api)}
            .eventData=${shown}
            .catalogueSites=${options.sites}
            exportparts="form, label, input, button, status, error"
          ></hearth-signup>`,
      )
    }
  </article>`;
}
