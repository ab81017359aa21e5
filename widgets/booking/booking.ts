import { Task, TaskStatus } from "@lit/task";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type { RegistrationView } from "../../schema/contracts/registrations.js";
import type { MessageKey, PublicFeature } from "../i18n/messages.js";
import {
  ApiError,
  cancelRegistration,
  eraseRegistration,
  getRegistration,
} from "../shared/api-client.js";
import { directionOf } from "../../i18n/languages.js";
import { errorMessageKey } from "../shared/error-message.js";
import { HearthElement } from "../shared/hearth-element.js";
import { PersonalDataController, personalDataStyles } from "../shared/personal-data.js";
import { bookingStyles } from "./booking.styles.js";

/**
 * The manage page for one sign-up: see it, add it to a calendar, cancel it, download or erase the data.
 *
 * @tag hearth-booking
 * Reads `registration` from the page's query string and `token` from its fragment (which never
 * reaches a server log) unless given as attributes.
 *
 * @fires hearth-cancelled - The sign-up was cancelled. `detail.registration`.
 * @fires hearth-erased - The person's data was erased. `detail.registrationId`.
 * @fires hearth-error - Loading or changing the sign-up failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
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
  static override features: readonly PublicFeature[] = ["common", "booking", "mydata"];

  static override styles = [bookingStyles, personalDataStyles];

  /** Id of the sign-up; read from `?registration=` when empty. */
  @property() registration = "";

  /** Secret manage token; read from `#token=` when empty. */
  @property() token = "";

  @state() private confirming = false;
  @state() private changed: RegistrationView | undefined;
  @state() private actionError: MessageKey | undefined;

  private readonly loadTask = new Task(this, {
    task: async ([id, token, api], { signal }) => {
      if (!id || !token) throw new ApiError(401, "unauthorized", "missing link");
      this.changed = undefined;
      const { registration } = await getRegistration(id, token, { api, signal });
      // The manage link carries no language; speak the one the person signed up in.
      if (!this.hasAttribute("lang")) this.lang = registration.locale;
      return registration;
    },
    args: () => [this.registration, this.token, this.apiOverride] as const,
  });

  private readonly cancelTask = new Task<[], void>(this, {
    autoRun: false,
    task: async () => {
      this.actionError = undefined;
      try {
        const { registration } = await cancelRegistration(this.registration, this.token, {
          api: this.apiOverride,
        });
        this.changed = registration;
        this.confirming = false;
        this.emit("hearth-cancelled", { registration });
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        this.actionError = errorMessageKey(error);
        this.emit("hearth-error", { status: error.status, code: error.code });
      }
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(".outcome")?.focus();
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
      this.changed = registration;
      this.confirming = false;
      this.emit("hearth-erased", { registrationId: registration.id });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(".outcome")?.focus();
    },
    confirmKey: "eraseConfirm",
    onError: (error) => this.emit("hearth-error", { status: error.status, code: error.code }),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.registration ||= new URLSearchParams(location.search).get("registration") ?? "";
    this.token ||= new URLSearchParams(location.hash.slice(1)).get("token") ?? "";
  }

  override render() {
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
    const { event } = view;
    const outcome = view.erased ? "erased" : view.status === "cancelled" ? "cancelled" : undefined;
    return html`<div part="status" class="status" role="status">
        ${
          this.changed && outcome
            ? html`<p class="outcome" tabindex="-1">${t.t(outcome)}</p>`
            : nothing
        }
      </div>
      <div part="error" class="error-box" role="alert">
        ${this.actionError ? html`<p>${t.t(this.actionError)}</p>` : nothing}
      </div>
      <article part="card" class="card panel">
        <h2>${t.t("bookingHeading")}</h2>
        <p class="event-title" lang=${event.contentLocale} dir=${directionOf(event.contentLocale)}>
          ${event.title}
        </p>
        <dl class="facts">
          <dt>${t.t("when")}</dt>
          <dd>${t.dateRange(view.slot.startsAt, view.slot.endsAt, event.timeZone)}</dd>
          ${
            event.venueName || event.venueAddress
              ? html`<dt>${t.t("where")}</dt>
                  <dd>
                    <bdi>${[event.venueName, event.venueAddress].filter(Boolean).join(", ")}</bdi>
                  </dd>`
              : event.onlineUrl
                ? html`<dt>${t.t("where")}</dt>
                    <dd>${t.t("online")}</dd>`
                : nothing
          }
          ${
            view.erased
              ? nothing
              : html`<dt>${t.t("name")}</dt>
                  <dd>${view.name}</dd>
                  <dt>${t.t("people")}</dt>
                  <dd>
                    ${t.list([
                      t.plural("adultsCount", view.adults),
                      ...(view.children > 0 ? [t.plural("childrenCount", view.children)] : []),
                    ])}
                  </dd>`
          }
          ${view.erased ? nothing : this.renderVisitFacts(view)}
          <dt>${t.t("status")}</dt>
          <dd class="state ${view.status}">${this.statusText(view)}</dd>
          ${
            view.shortCode && view.status !== "cancelled"
              ? html`<dt>${t.t("code")}</dt>
                  <dd><bdi class="code" lang="en">${view.shortCode}</bdi></dd>`
              : nothing
          }
        </dl>
      </article>
      ${this.renderActions(view)}`;
  }

  /** A visit sign-up's own answers: the group's languages, its pick-up, a host's offer. */
  private renderVisitFacts({ visit, event }: RegistrationView) {
    const t = this.localize;
    const { languages, pickupPoint, offer, wheelchairPlaces } = visit;
    return html`${
      languages && languages.length > 0
        ? html`<dt>${t.t("bookingLanguages")}</dt>
            <dd>${t.list(languages.map((code) => t.languageName(code)))}</dd>`
        : nothing
    }
    ${
      pickupPoint
        ? html`<dt>${t.t("bookingPickup")}</dt>
            <dd>
              ${
                pickupPoint.departsAt
                  ? t.t("bookingPickupAt", {
                      place: pickupPoint.name ?? "",
                      time: t.time(pickupPoint.departsAt, event.timeZone),
                    })
                  : html`<bdi>${pickupPoint.name}</bdi>`
              }
            </dd>`
        : nothing
    }
    ${
      offer
        ? html`<dt>${t.t("bookingOffer")}</dt>
            <dd dir="auto">${offer}</dd>`
        : nothing
    }
    ${
      wheelchairPlaces > 0
        ? html`<dt>${t.t("wheelchairPlaces")}</dt>
            <dd>${t.number(wheelchairPlaces)}</dd>`
        : nothing
    }`;
  }

  private statusText(view: RegistrationView): string {
    if (view.status === "confirmed") return this.localize.t("statusConfirmed");
    if (view.status === "waitlisted") {
      return this.localize.t("statusWaitlisted", {
        position: this.localize.number(view.position ?? 0),
      });
    }
    return this.localize.t("statusCancelled");
  }

  private renderActions(view: RegistrationView) {
    const t = (key: MessageKey) => this.localize.t(key);
    const active = view.status !== "cancelled";
    const actions = active
      ? html`<div class="actions">
          <a part="button" class="button secondary" href=${view.calendarUrl} download>
            ${t("addToCalendar")}
          </a>
          <button
            type="button"
            part="button"
            class="button danger cancel"
            @click=${() => void this.askToCancel()}
          >
            ${t("cancel")}
          </button>
        </div>`
      : nothing;
    return html`${this.confirming ? this.renderConfirm() : actions}
    ${view.erased ? nothing : this.personalData.render()}`;
  }

  private renderConfirm() {
    const t = (key: MessageKey) => this.localize.t(key);
    const busy = this.cancelTask.status === TaskStatus.PENDING;
    return html`<div class="confirm panel" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text" class="confirm-text" tabindex="-1">${t("cancelConfirm")}</p>
      <div class="actions">
        <button
          type="button"
          part="button"
          class="button danger"
          ?disabled=${busy}
          @click=${() => void this.cancelTask.run([])}
        >
          ${t(busy ? "loading" : "cancelYes")}
        </button>
        <button
          type="button"
          part="button"
          class="button secondary"
          ?disabled=${busy}
          @click=${() => (this.confirming = false)}
        >
          ${t("keep")}
        </button>
      </div>
    </div>`;
  }

  private async askToCancel(): Promise<void> {
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(".confirm-text")?.focus();
  }
}
