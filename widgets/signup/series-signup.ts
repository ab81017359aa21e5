import type { ReactiveControllerHost } from "lit";
import { nothing } from "lit";
import type { PublicEvent } from "../../schema/contracts/events.js";
import type { SignUpBody, SignUpResponse } from "../../schema/contracts/registrations.js";
import type { SeriesSignUpResponse } from "../../schema/contracts/series.js";
import type { ApiError } from "../shared/api-client.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import { renderRegistrationLinks } from "../shared/registration-result.js";
import type { Answers } from "./answers.js";
import { signUpForSeries } from "./series-api.js";

type SeriesRegistration = SeriesSignUpResponse["registrations"][number];

/** One booked date, as `hearth-registered` tells the host page about every sign-up. */
export interface SignedUp {
  eventId: string;
  registration: SignUpResponse["registration"];
}

/**
 * Signing up for every coming date of a series at once, where its organisers allow it: the
 * choice above the submit button (only this date by default), the request, the dates it booked
 * with their links, and what to do when one date has no room. All or nothing and never the
 * waitlist: each date needs places for the whole party at its first time. Its code loads only for
 * such a series.
 */
export class SeriesSignup {
  /** "Every date of the series" is chosen. */
  every = false;
  /** What the sign-up booked, soonest first, once it has. */
  registrations: readonly SeriesRegistration[] | undefined;
  /** The last try found a date without room for the party, so nothing was booked. */
  private full = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly localize: LocalizeController,
  ) {}

  /** The answers as the server reads them for every date: the party at the first time. */
  forEveryDate(answers: Answers, event: PublicEvent): Answers {
    const first = event.slots.find((slot) => slot.audience === "attendee");
    return { ...answers, slotId: first?.id ?? "" };
  }

  /** Books every coming date; the answers' time is left out, the server takes each date's first. */
  async signUp(
    org: string,
    event: PublicEvent,
    { slotId: _slotId, ...body }: SignUpBody,
    key: string,
    api: string | undefined,
  ): Promise<SignedUp[]> {
    this.full = false;
    const seriesId = event.series?.id ?? "";
    const { registrations } = await signUpForSeries(org, seriesId, body, key, { api });
    this.registrations = registrations;
    return registrations.map(({ eventId, startsAt: _startsAt, ...registration }) => ({
      eventId,
      registration: { ...registration, status: "confirmed", position: null },
    }));
  }

  /** Whether `error` is a date without room for every date: the choice then offers this date. */
  refusedFull(error: ApiError): boolean {
    this.full = this.every && error.code === "slot_full";
    return this.full;
  }

  private readonly choose = (change: Event): void => {
    this.every = (change.target as HTMLInputElement).value === "every";
    this.full = false;
    this.host.requestUpdate();
  };

  /**
   * "Only {date}" or "Every date of the series"; after a refusal, why, and a button that signs
   * up for this date alone (`onlyThisDate`).
   */
  renderChoice(event: PublicEvent, onlyThisDate: () => void) {
    const { localize } = this;
    const date = localize.dateRange(event.startsAt, event.endsAt, event.timeZone, "short");
    const only = () => {
      this.every = false;
      this.full = false;
      this.host.requestUpdate();
      onlyThisDate();
    };
    return html`<fieldset class="choices series-choice">
      <legend part="label">${localize.t("seriesChoiceLegend")}</legend>
      <label class="choice">
        <input
          part="input"
          type="radio"
          name="seriesDates"
          value="one"
          .checked=${!this.every}
          @change=${this.choose}
        />
        <span>${localize.t("seriesOnlyThisDate", { date })}</span>
      </label>
      <label class="choice">
        <input
          part="input"
          type="radio"
          name="seriesDates"
          value="every"
          .checked=${this.every}
          aria-describedby="series-every-hint"
          @change=${this.choose}
        />
        <span>${localize.t("seriesEveryDate")}</span>
      </label>
      <p id="series-every-hint" class="hint muted">${localize.t("seriesEveryDateHint")}</p>
      ${
        this.full
          ? html`<p id="series-full" part="error" class="error">${localize.t("seriesErrorFull")}</p>
              <button
                type="button"
                part="button"
                class="button secondary series-only"
                aria-describedby="series-full"
                @click=${only}
              >
                ${localize.t("seriesSignUpOnly", { date })}
              </button>`
          : nothing
      }
    </fieldset>`;
  }

  /** Each date booked with its door code, manage link and calendar file. */
  renderResult(event: PublicEvent, emailGiven: boolean) {
    const { localize, registrations = [] } = this;
    return html`<h3 class="result-title" tabindex="-1">
        ${localize.plural("seriesConfirmed", registrations.length)}
      </h3>
      <p>${localize.t(emailGiven ? "emailOnItsWay" : "seriesNoEmail")}</p>
      <p>${localize.t("seriesKeepLinks")}</p>
      <ul class="series-dates">
        ${registrations.map(
          (registration) =>
            html`<li>
              <p class="choice-label">
                ${localize.dateTime(registration.startsAt, event.timeZone)}
              </p>
              ${
                registration.shortCode
                  ? html`<p>${localize.t("doorCode", { code: registration.shortCode })}</p>`
                  : nothing
              }
              ${renderRegistrationLinks(registration, localize)}
            </li>`,
        )}
      </ul>`;
  }
}
