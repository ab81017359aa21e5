import type { ReactiveController, ReactiveControllerHost } from "lit";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type {
  RegistrationResponse,
  RegistrationView,
} from "../../schema/contracts/registrations.js";
import type { RequestOptions } from "../shared/api-request.js";
import { ApiError } from "../shared/api-error.js";
import type { LocalizeController } from "../shared/localize.js";
import { acceptOffer, cancelRegistration, getRegistration } from "../shared/registrations-api.js";

/** What the manage page does with the person's answer. */
export interface OfferAnswers {
  /** The place was taken (the sign-up is `confirmed` now) or given away (`cancelled`). */
  answered(registration: RegistrationView, accepted: boolean): void;
  /**
   * The offer is no longer open: its time ran out (`offer_expired`) or it was answered elsewhere.
   * `registration` is the sign-up as it is now, when it could be read again.
   */
  gone(error: ApiError, registration: RegistrationView | undefined): void;
  failed(error: ApiError): void;
}

type Send = (id: string, token: string, options: RequestOptions) => Promise<RegistrationResponse>;

/**
 * A freed place held for someone from the waitlist (status `offered`): says until when, and takes
 * the answer — "Yes, I'll take the place", or "No, give it to the next person" after a confirm
 * step (declining is cancelling). Its code loads only for such a sign-up.
 */
export class BookingOfferController implements ReactiveController {
  /** The "give it away?" step is open. */
  private declining = false;
  private busy = false;
  /**
   * The sign-up whose offer the server said is gone: no answers are asked for it, even while it
   * still reads `offered` (the scheduled job that ends offers may not have run yet).
   */
  private goneFor: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly localize: LocalizeController,
    private readonly access: () => { id: string; token: string; api: string | undefined },
    private readonly on: OfferAnswers,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  render(view: RegistrationView) {
    if (view.status !== "offered" || !view.offer || this.goneFor === view.id) return nothing;
    const t = this.localize;
    const deadline = t.dateTime(view.offer.expiresAt, view.event.timeZone);
    return html`<section part="offer" class="offer panel" aria-labelledby="offer-heading">
      <h2 id="offer-heading">${t.t("offerHeading")}</h2>
      <p class="offer-until">${t.t("offerUntil", { deadline })}</p>
      ${this.declining ? this.renderConfirm() : this.renderAnswers()}
    </section>`;
  }

  private renderAnswers() {
    const t = this.localize;
    return html`<div class="actions">
      <button
        type="button"
        part="button"
        class="button accept"
        ?disabled=${this.busy}
        @click=${() => void this.answer(acceptOffer, true)}
      >
        ${t.t(this.busy ? "loading" : "offerAccept")}
      </button>
      <button
        type="button"
        part="button"
        class="button secondary decline"
        ?disabled=${this.busy}
        @click=${() => void this.askToDecline()}
      >
        ${t.t("offerDecline")}
      </button>
    </div>`;
  }

  private renderConfirm() {
    const t = this.localize;
    return html`<div class="confirm" role="group" aria-labelledby="decline-text">
      <p id="decline-text" class="decline-text" tabindex="-1">${t.t("offerDeclineConfirm")}</p>
      <div class="actions">
        <button
          type="button"
          part="button"
          class="button danger"
          ?disabled=${this.busy}
          @click=${() => void this.answer(cancelRegistration, false)}
        >
          ${t.t(this.busy ? "loading" : "offerDeclineYes")}
        </button>
        <button
          type="button"
          part="button"
          class="button secondary"
          ?disabled=${this.busy}
          @click=${() => void this.keep()}
        >
          ${t.t("offerDeclineNo")}
        </button>
      </div>
    </div>`;
  }

  private async askToDecline(): Promise<void> {
    this.declining = true;
    await this.focusAfterUpdate(".decline-text");
  }

  private async keep(): Promise<void> {
    this.declining = false;
    await this.focusAfterUpdate(".offer .decline");
  }

  private async answer(send: Send, accepted: boolean): Promise<void> {
    const { id, token, api } = this.access();
    this.busy = true;
    this.host.requestUpdate();
    try {
      const { registration } = await send(id, token, { api });
      this.declining = false;
      this.on.answered(registration, accepted);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (error.status !== 409) {
        this.on.failed(error);
        return;
      }
      // Too late, or answered from the email meanwhile: show the sign-up as it is now.
      this.goneFor = id;
      const now = await getRegistration(id, token, { api }).catch(() => undefined);
      this.on.gone(error, now?.registration);
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
