import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import type { LocalizeController } from "../shared/localize.js";
import type { FieldOptions } from "./signup-fields.js";
import { renderField, renderSlots } from "./signup-fields.js";
import type { FieldErrors } from "./answers.js";
import type { WaitlistState } from "./signup-waitlist.js";
import { waitlistNotice } from "./signup-waitlist.js";

/** What the form shows besides the event, and where its events go. */
export interface SignupFormState {
  errors: FieldErrors;
  /** The organisers' own questions the chosen time asks, drawn (nothing until their code is here). */
  questions: unknown;
  sending: boolean;
  /** Set when sending now would put the person on the waitlist. */
  waitlist: WaitlistState | null;
  /** For a series taking sign-ups for every date: the choice of dates, above the submit button. */
  dates: unknown;
  /** Every date of the series is chosen: each date's first time is taken, so no time is asked. */
  everyDate: boolean;
  /** `false` where the page around the form already has its heading. */
  heading: boolean;
  submit(event: SubmitEvent): unknown;
  change(event: Event): void;
  /** Someone started answering. */
  focus(): void;
}

function hasNeedsError(errors: FieldErrors): boolean {
  return Boolean(errors.interpreterLanguage || errors.accessibility || errors.dietary);
}

/**
 * The sign-up form for one event: the times, the party, contact details, needs, the organisers'
 * own questions, consent, a trap for bots and the submit button, worded for the waitlist when
 * that is where sending leads.
 */
export function renderSignupForm(
  localize: LocalizeController,
  event: PublicEvent,
  form: SignupFormState,
) {
  const { errors, sending, waitlist } = form;
  const field = (options: FieldOptions) => renderField(localize, errors, options);
  return html`<form
    part="form"
    class="form"
    novalidate
    @submit=${(e: SubmitEvent) => form.submit(e)}
    @change=${form.change}
    @focusin=${form.focus}
  >
    ${form.heading ? html`<h3>${localize.t(waitlist ? "signupJoinWaitlist" : "signupHeading")}</h3>` : nothing}
    ${form.everyDate ? nothing : renderSlots(event, localize, errors)}
    ${waitlist ? html`<p part="notice" class="notice waitlist">${waitlistNotice(localize, waitlist)}</p>` : nothing}
    <div class="party">
      ${field({ name: "adults", label: "adults", hint: "partyHint", type: "number", inputmode: "numeric", value: "1" })}
      ${field({ name: "children", label: "children", type: "number", inputmode: "numeric", value: "0" })}
    </div>
    ${field({ name: "name", label: "name", hint: "nameHint", autocomplete: "nickname" })}
    ${field({ name: "email", label: "email", hint: "emailHint", type: "email", inputmode: "email", autocomplete: "email" })}
    ${field({ name: "phone", label: "phone", type: "tel", inputmode: "tel", autocomplete: "tel" })}
    <details class="needs" ?open=${hasNeedsError(errors)}>
      <summary>${localize.t("needs")}</summary>
      <p class="muted">${localize.t("needsHint")}</p>
      ${field({ name: "interpreterLanguage", label: "interpreterLanguage" })}
      ${field({ name: "accessibility", label: "accessibilityNeeds", multiline: true })}
      ${field({ name: "dietary", label: "dietary", multiline: true })}
    </details>
    ${form.questions}
    <div class="field consent">
      <label class="choice">
        <input
          part="input"
          type="checkbox"
          id="consent"
          name="consent"
          value="yes"
          aria-describedby=${errors.consent ? "consent-error" : nothing}
          aria-invalid=${errors.consent ? "true" : "false"}
        />
        <span part="label">${localize.plural("consent", event.retentionDays)}</span>
      </label>
      ${
        errors.consent
          ? html`<p id="consent-error" part="error" class="error">${localize.t(errors.consent)}</p>`
          : nothing
      }
    </div>
    <!-- A trap for bots: people never see or reach it, so it stays empty. -->
    <div class="trap" aria-hidden="true">
      <label for="website">Website</label>
      <input id="website" name="website" tabindex="-1" autocomplete="off" />
    </div>
    ${form.dates}
    <button part="button" class="button submit" type="submit" ?disabled=${sending}>
      ${localize.t(sending ? "submitting" : waitlist ? "signupJoinWaitlist" : "submit")}
    </button>
  </form>`;
}
