import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { RegistrationView } from "../../schema/contracts/registrations.js";
import type { MessageKey } from "../i18n/messages.js";
import type { LocalizeController } from "../shared/localize.js";

/** What the actions under the card show, and what their buttons do. */
export interface BookingActions {
  /** The "really cancel?" step is open. */
  confirming: boolean;
  /** The cancellation is on its way to the server. */
  busy: boolean;
  /** The change form is open (it has its own buttons). */
  changing: boolean;
  change(): void;
  /** Renders the "Your data" section. */
  personalData(): unknown;
  askToCancel(): void;
  cancel(): void;
  keep(): void;
}

function renderConfirm(localize: LocalizeController, on: BookingActions) {
  const t = (key: MessageKey) => localize.t(key);
  const { busy } = on;
  return html`<div class="confirm panel" role="group" aria-labelledby="confirm-text">
    <p id="confirm-text" class="confirm-text" tabindex="-1">${t("cancelConfirm")}</p>
    <div class="actions">
      <button
        type="button"
        part="button"
        class="button danger"
        ?disabled=${busy}
        @click=${() => on.cancel()}
      >
        ${t(busy ? "loading" : "cancelYes")}
      </button>
      <button
        type="button"
        part="button"
        class="button secondary"
        ?disabled=${busy}
        @click=${() => on.keep()}
      >
        ${t("keep")}
      </button>
    </div>
  </div>`;
}

/**
 * Under the card: add to a calendar (the file, or Google Calendar's or Outlook's form, named as
 * they name themselves) and cancel (with its confirm step) while the sign-up is active, then the
 * person's data unless it was erased. A held place is answered above the card, so it has no
 * "Change" (the party can change once the place is taken) and no second way to give it away.
 */
export function renderBookingActions(
  view: RegistrationView,
  localize: LocalizeController,
  on: BookingActions,
) {
  const t = (key: MessageKey) => localize.t(key);
  const active = view.status !== "cancelled";
  const offered = view.status === "offered";
  const actions =
    active && !on.changing
      ? html`<div class="actions">
          ${
            offered
              ? nothing
              : html`<button
                  type="button"
                  part="button"
                  class="button change"
                  @click=${() => on.change()}
                >
                  ${t("changeBooking")}
                </button>`
          }
          <a part="button" class="button secondary" href=${view.calendarUrl} download>
            ${t("addToCalendar")}
          </a>
          <a part="button" class="button secondary" href=${view.calendarLinks.google} lang="en">
            Google Calendar
          </a>
          <a part="button" class="button secondary" href=${view.calendarLinks.outlook} lang="en">
            Outlook
          </a>
          ${
            offered
              ? nothing
              : html`<button
                  type="button"
                  part="button"
                  class="button danger cancel"
                  @click=${() => on.askToCancel()}
                >
                  ${t("cancel")}
                </button>`
          }
        </div>`
      : nothing;
  return html`${on.confirming ? renderConfirm(localize, on) : actions}
  ${view.erased ? nothing : on.personalData()}`;
}
