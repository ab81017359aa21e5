import type { PropertyDeclarations } from "lit";
import { Task, TaskStatus } from "../shared/task.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { alertRegion, statusRegion } from "../shared/live-regions.js";
import type { RegistrationView } from "../../schema/contracts/registrations.js";
import type { MessageKey } from "../i18n/messages.js";
import { ApiError } from "../shared/api-client.js";
import {
  cancelRegistration,
  eraseRegistration,
  getRegistration,
} from "../shared/registrations-api.js";
import { errorMessageKey } from "../shared/error-message.js";
import { HearthElement } from "../shared/hearth-element.js";
import { PersonalDataController } from "../shared/personal-data.js";
import { personalDataStyles } from "../shared/personal-data.styles.js";
import { renderBookingActions } from "./booking-actions.js";
import { renderBookingCard } from "./booking-card.js";
import type { BookingOfferController, OfferAnswers } from "./booking-offer.js";
import { bookingStyles } from "./booking.styles.js";
import strings from "virtual:hearth-strings/common+booking+mydata+form";
import type { BookingChangeController } from "./booking-change.js";
import { lazyPart } from "../shared/lazy.js";
import { FirstScreenHandover } from "../shared/first-screen-takeover.js";
import changeStrings from "./booking-change.strings.js";
import offerStrings from "./booking-offer.strings.js";

/**
 * The manage page for one sign-up: see it, take or give away a place held for it, change its time
 * or party, add it to a calendar, cancel it, download or erase the data.
 *
 * @tag hearth-booking
 * Reads `registration` from the page's query string and `token` from its fragment (which never
 * reaches a server log) unless given as attributes.
 *
 * @fires hearth-changed - The time or the party changed, or a place held for the person was
 * taken. `detail.registration`.
 * @fires hearth-cancelled - The sign-up was cancelled (also by giving a held place away).
 * `detail.registration`.
 * @fires hearth-erased - The person's data was erased. `detail.registrationId`.
 * @fires hearth-error - Loading or changing the sign-up failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart offer - A freed place held for the person, until when, and their answer.
 * @csspart card - The sign-up's details.
 * @csspart my-data - Download or erase the person's data.
 * @csspart button - Every button.
 * @csspart status - The live region announcing what changed.
 * @csspart error - Error messages.
 *
 * @cssproperty --hearth-color-primary - Buttons and links. Default #0b57d0.
 * @cssproperty --hearth-color-danger - Cancel and erase buttons, errors. Default #b3261e.
 * @cssproperty --hearth-color-text - Body text. Default #1f2328.
 * @cssproperty --hearth-color-surface - Card background. Default #ffffff.
 * @cssproperty --hearth-radius - Corner radius. Default 0.5rem.
 * @cssproperty --hearth-space - Spacing unit. Default 1rem.
 */
export class HearthBooking extends HearthElement {
  static override strings = strings;

  static override styles = [bookingStyles, personalDataStyles];

  static override properties: PropertyDeclarations = {
    registration: {},
    token: {},
    confirming: { state: true },
    changed: { state: true },
    outcome: { state: true },
    actionError: { state: true },
  };

  /** Id of the sign-up; read from `?registration=` when empty. */
  registration = "";

  /** Secret manage token; read from `#token=` when empty. */
  token = "";

  private confirming = false;
  private changed: RegistrationView | undefined;
  /** What the last action did, said in the live region. */
  private outcome: MessageKey | undefined;
  private actionError: MessageKey | undefined;

  /** The "Change" step, loaded the first time someone opens it (not part of the first render). */
  private change: BookingChangeController | undefined;
  private readonly changeStep = lazyPart(
    this.localize,
    changeStrings,
    () => import("./booking-change.js"),
  );

  /** Answering a place held for the person: its code loads only for a sign-up that has one. */
  private offer: BookingOfferController | undefined;
  private readonly offerStep = lazyPart(
    this.localize,
    offerStrings,
    () => import("./booking-offer.js"),
  );

  /** Declining a held place is cancelling; taking it confirms the sign-up. */
  private readonly offerAnswers: OfferAnswers = {
    answered: (registration, accepted) => {
      if (accepted) this.emit("hearth-changed", { registration });
      else this.emit("hearth-cancelled", { registration });
      void this.settle(registration, accepted ? "offerAccepted" : "offerDeclined");
    },
    gone: (error, registration) => {
      this.changed = registration ?? this.changed;
      this.outcome = undefined;
      this.actionError = error.code === "offer_expired" ? "offerExpired" : undefined;
      this.emit("hearth-error", { status: error.status, code: error.code });
      // The answers are gone: the reader lands on why, or on the sign-up as it is now.
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(".error-box p, #booking-heading")?.focus(),
      );
    },
    failed: (error) => {
      this.actionError = errorMessageKey(error);
      this.emit("hearth-error", { status: error.status, code: error.code });
    },
  };

  /**
   * The panel for a place held for the person (status `offered`), loaded with the sign-up so the
   * page first shows with it; a page that could not fetch it says so, with "Try again".
   */
  private async loadOffer(): Promise<void> {
    const step = await this.offerStep().catch(() => {
      throw new ApiError(0, "network", "network");
    });
    this.offer ??= new step.BookingOfferController(
      this,
      this.localize,
      () => ({ id: this.registration, token: this.token, api: this.apiOverride }),
      this.offerAnswers,
    );
  }

  private async startChange(view: RegistrationView): Promise<void> {
    this.outcome = undefined;
    if (!this.change) {
      const step = await this.changeStep().catch(() => null);
      if (!step) {
        this.actionError = "errorNetwork";
        return;
      }
      this.change ??= new step.BookingChangeController(
        this,
        this.localize,
        () => ({ id: this.registration, token: this.token, api: this.apiOverride }),
        (registration) => {
          this.emit("hearth-changed", { registration });
          void this.settle(registration, "changeSaved");
        },
        (key, error) => {
          this.actionError = key;
          this.emit("hearth-error", { status: error.status, code: error.code });
        },
      );
    }
    await this.change.start(view);
  }

  private readonly loadTask = new Task(this, {
    task: async ([id, token, api], { signal }) => {
      if (!id || !token) throw new ApiError(401, "unauthorized", "missing link");
      // Another sign-up: nothing done to the last one stays (a first screen's cancel does).
      if (this.changed?.id !== id) {
        this.changed = undefined;
        this.outcome = undefined;
      }
      const { registration } = await getRegistration(id, token, { api, signal });
      // The manage link carries no language; speak the one the person signed up in.
      if (!this.hasAttribute("lang")) this.lang = registration.locale;
      if (registration.status === "offered") await this.loadOffer();
      return registration;
    },
    args: () => [this.registration, this.token, this.apiOverride] as const,
  });

  /**
   * The worker's drawing of this page, which embed.js may have shown while this code loaded: it
   * stands until the page is drawn, then hands over where the person was — its "Do you want to
   * cancel?" step open, or the sign-up they cancelled on it (said, as the widget says it) — and
   * what they pressed that only this code does.
   */
  private readonly firstScreen = new FirstScreenHandover(
    this,
    () => this.loadTask.status === TaskStatus.COMPLETE || this.loadTask.status === TaskStatus.ERROR,
    ({ pressed }) => this.carryOn(pressed),
    (done) => {
      if (!("cancelled" in done)) return;
      this.changed = done.cancelled;
      this.outcome = "cancelled";
      this.emit("hearth-cancelled", { registration: done.cancelled });
    },
  );

  private readonly cancelTask = new Task<[], void>(this, {
    autoRun: false,
    task: async () => {
      this.actionError = undefined;
      try {
        const { registration } = await cancelRegistration(this.registration, this.token, {
          api: this.apiOverride,
        });
        this.emit("hearth-cancelled", { registration });
        await this.settle(registration, "cancelled");
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        this.actionError = errorMessageKey(error);
        this.emit("hearth-error", { status: error.status, code: error.code });
      }
    },
  });

  /** The sign-up as the server holds it is everything kept about the person: their export. */
  private readonly personalData = new PersonalDataController(this, this.localize, {
    exportData: async () => this.changed ?? this.loadTask.value,
    fileName: () => `hearth-sign-up-${this.registration}.json`,
    erase: async () => {
      const { registration } = await eraseRegistration(this.registration, this.token, {
        api: this.apiOverride,
      });
      this.emit("hearth-erased", { registrationId: registration.id });
      await this.settle(registration, "erased");
    },
    confirmKey: "eraseConfirm",
    onError: (error) => this.emit("hearth-error", { status: error.status, code: error.code }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.registration ||= new URLSearchParams(location.search).get("registration") ?? "";
    this.token ||= new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
  }

  override willUpdate(): void {
    // The "Do you want to cancel?" step, as the first screen has it until the widget takes over.
    const noted = this.firstScreen.noted;
    if (noted) this.confirming = noted.confirming !== undefined;
  }

  override render() {
    if (this.firstScreen.waiting) return nothing;
    return this.renderBase(
      this.loadTask.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        complete: (loaded) => this.renderView(this.changed ?? loaded),
        error: (error) => this.renderLoadError(error),
      }),
    );
  }

  private renderLoading() {
    return html`<p part="status" role="status">${this.localize.t("loading")}</p>`;
  }

  private renderLoadError(error: unknown) {
    const canRetry = error instanceof ApiError && error.code === "network";
    const key =
      error instanceof ApiError && (error.status === 401 || error.status === 404)
        ? "badLink"
        : errorMessageKey(error);
    return html`<div part="error" class="error-box" role="alert">
      <p>${this.localize.t(key)}</p>
      ${
        canRetry
          ? html`<button
              type="button"
              part="button"
              class="button"
              @click=${() => void this.loadTask.run()}
            >
              ${this.localize.t("retry")}
            </button>`
          : nothing
      }
    </div>`;
  }

  private renderView(view: RegistrationView) {
    const t = this.localize;
    return html`${statusRegion(
      this.outcome ? html`<p class="outcome" tabindex="-1">${t.t(this.outcome)}</p>` : nothing,
    )}
    ${alertRegion(this.actionError ? html`<p tabindex="-1">${t.t(this.actionError)}</p>` : nothing)}
    ${this.offer?.render(view)} ${renderBookingCard(view, t)}
    ${this.change?.open ? this.change.render(view) : nothing}
    ${renderBookingActions(view, t, {
      changing: this.change?.open ?? false,
      change: () => void this.startChange(view),
      confirming: this.confirming,
      busy: this.cancelTask.status === TaskStatus.PENDING,
      personalData: () => this.personalData.render(),
      askToCancel: () => void this.askToCancel(),
      cancel: () => void this.cancelTask.run([]),
      keep: () => (this.confirming = false),
    })}`;
  }

  /** Shows the sign-up an action left, says what happened and takes the reader there. */
  private async settle(registration: RegistrationView, outcome: MessageKey): Promise<void> {
    this.changed = registration;
    this.outcome = outcome;
    this.actionError = undefined;
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(".outcome")?.focus();
  }

  /** Change, download or erase, pressed on the first screen before this code came: done now. */
  private carryOn(pressed: string | undefined): void {
    const view = this.changed ?? this.loadTask.value;
    if (!view) return;
    if (pressed === "change") void this.startChange(view);
    else if (pressed === "download") void this.personalData.download();
    else if (pressed === "erase") void this.personalData.askToConfirm();
  }

  private async askToCancel(): Promise<void> {
    this.outcome = undefined;
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(".confirm-text")?.focus();
  }
}
