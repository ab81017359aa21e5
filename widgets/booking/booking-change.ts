import { directionOf } from "../../i18n/languages.js";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { PublicSlot } from "../../schema/contracts/events.js";
import type { RegistrationView } from "../../schema/contracts/registrations.js";
import type { MessageKey } from "../i18n/messages.js";
import type { LocalizeController } from "../shared/localize.js";
import { renderField } from "../signup/signup-fields.js";
import { ApiError } from "../shared/api-error.js";
import { errorMessageKey } from "../shared/error-message.js";
import { getEvent } from "../shared/events-api.js";
import { changeRegistration } from "../shared/registrations-api.js";
import type { ChangeRegistrationBody } from "../../schema/contracts/registrations.js";
import { renderWaitOffer } from "./booking-change-wait.js";
import { changeStyles } from "./booking-change.styles.js";
import { adoptLater } from "../shared/lazy.js";

/** The fields of a change, and what is wrong with each (already in the reader's words). */
export type ChangeField = "slotId" | "adults" | "children";
export type ChangeErrors = Partial<Record<ChangeField, string>>;

/** What the change form shows and what its buttons do. */
interface BookingChange {
  /** The event's times of the same kind as the booked one; empty until they are read. */
  slots: readonly PublicSlot[];
  timeZone: string;
  errors: ChangeErrors;
  busy: boolean;
  /** Set once the server said the chosen time is full but its waitlist has room. */
  waitOffer: boolean;
  save(form: HTMLFormElement): void;
  keep(): void;
  wait(): void;
}

/** The places a party could have at `slot`: those left, plus its own where it holds them. */
export function placesFor(slot: PublicSlot, view: RegistrationView): number {
  const own = view.status === "confirmed" && view.slot.id === slot.id;
  return slot.remaining + (own ? view.adults + view.children : 0);
}

function renderTimes(view: RegistrationView, localize: LocalizeController, on: BookingChange) {
  if (on.slots.length < 2 || view.status !== "confirmed") {
    return html`<input type="hidden" name="slotId" .value=${view.slot.id} />`;
  }
  const error = on.errors.slotId;
  return html`<fieldset class="slots" aria-describedby=${error ? "slotId-error" : nothing}>
    <legend part="label">${localize.t("slotLegend")}</legend>
    ${on.slots.map((slot) => {
      const places = placesFor(slot, view);
      // A full time whose waitlist has room can still be chosen: the person is asked to wait.
      const canWait = places === 0 && slot.waitlistRemaining > 0;
      return html`<label class="choice">
        <input
          type="radio"
          name="slotId"
          value=${slot.id}
          ?checked=${slot.id === view.slot.id}
          ?disabled=${places === 0 && !canWait}
        />
        <span>
          <span lang=${slot.labelLang} dir=${directionOf(slot.labelLang)}>${slot.label}</span>
          <span class="muted">${localize.dateRange(slot.startsAt, slot.endsAt, on.timeZone)}</span>
          <span class="muted"
            >${canWait ? localize.t("changeSlotWaitlist") : localize.plural("seatsLeft", places)}</span
          >
        </span>
      </label>`;
    })}
    ${error ? html`<p id="slotId-error" part="error" class="error">${error}</p>` : nothing}
  </fieldset>`;
}

/**
 * "Change my sign-up": another time of the event (for someone with a place), and the number of
 * adults and children. Saving changes nothing unless the places are there; the server says what
 * fits, beside the field.
 */
export function renderBookingChange(
  view: RegistrationView,
  localize: LocalizeController,
  on: BookingChange,
) {
  const errors = on.errors;
  const keyed = (field: ChangeField): Partial<Record<ChangeField, MessageKey>> =>
    errors[field] ? { [field]: "formHasErrors" } : {};
  return html`<form
    class="change panel"
    aria-labelledby="change-heading"
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      on.save(event.currentTarget as HTMLFormElement);
    }}
  >
    <h3 id="change-heading" tabindex="-1">${localize.t("changeHeading")}</h3>
    ${renderTimes(view, localize, on)}
    <div class="party">
      ${renderField<ChangeField>(localize, keyed("adults"), {
        name: "adults",
        label: "adults",
        type: "number",
        inputmode: "numeric",
        value: String(view.adults),
        errorText: errors.adults,
      })}
      ${renderField<ChangeField>(localize, keyed("children"), {
        name: "children",
        label: "children",
        type: "number",
        inputmode: "numeric",
        value: String(view.children),
        errorText: errors.children,
      })}
    </div>
    ${on.waitOffer ? renderWaitOffer(localize, on) : nothing}
    <div class="actions" ?hidden=${on.waitOffer}>
      <button type="submit" part="button" class="button" ?disabled=${on.busy}>
        ${localize.t(on.busy ? "submitting" : "changeSave")}
      </button>
      <button
        type="button"
        part="button"
        class="button secondary"
        ?disabled=${on.busy}
        @click=${() => on.keep()}
      >
        ${localize.t("changeKeep")}
      </button>
    </div>
  </form>`;
}

/** Reads a whole number from the form, or undefined when the field is empty or not a number. */
function wholeNumber(form: HTMLFormElement, name: string): number | undefined {
  const value = String(new FormData(form).get(name) ?? "").trim();
  return /^\d+$/.test(value) ? Number(value) : undefined;
}

/**
 * The manage page's "Change" step: opens the form with the event's times read fresh, checks the
 * numbers, sends only what changed, and puts the server's refusal beside its field in the
 * reader's words ("There are not enough places at this time for everyone. 3 seats left").
 */
export class BookingChangeController implements ReactiveController {
  open = false;
  private slots: readonly PublicSlot[] = [];
  private timeZone = "UTC";
  private errors: ChangeErrors = {};
  private busy = false;
  /** The change the server refused for want of places, to send again as "wait there instead". */
  private waitFor: ChangeRegistrationBody | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly localize: LocalizeController,
    private readonly access: () => { id: string; token: string; api: string | undefined },
    private readonly onSaved: (view: RegistrationView) => void,
    private readonly onError: (key: MessageKey, error: ApiError) => void,
  ) {
    host.addController(this);
    if (host.renderRoot instanceof ShadowRoot) adoptLater(host.renderRoot, changeStyles);
  }

  hostConnected(): void {}

  /** Opens the form and reads the event's times (places change: read fresh). */
  async start(view: RegistrationView): Promise<void> {
    this.open = true;
    this.errors = {};
    this.host.requestUpdate();
    try {
      const { event } = await getEvent(
        view.event.organisation,
        view.event.id,
        this.localize.locale,
        {
          api: this.access().api,
          fresh: true,
        },
      );
      const audience = event.slots.find((slot) => slot.id === view.slot.id)?.audience;
      this.slots = event.slots.filter((slot) => slot.audience === audience);
      this.timeZone = event.timeZone;
    } catch {
      this.slots = []; // the party can still change on the booked time
    }
    this.host.requestUpdate();
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>("#change-heading")?.focus();
  }

  keep(): void {
    this.open = false;
    this.errors = {};
    this.waitFor = null;
    this.host.requestUpdate();
  }

  /** Sends the refused change again, to wait at that time and give up the place held now. */
  wait(view: RegistrationView): Promise<void> {
    const change = this.waitFor;
    this.waitFor = null;
    return change ? this.send(view, { ...change, joinWaitlist: true }, change) : Promise.resolve();
  }

  async save(view: RegistrationView, form: HTMLFormElement): Promise<void> {
    const adults = wholeNumber(form, "adults");
    const children = wholeNumber(form, "children");
    const slotId = String(new FormData(form).get("slotId") ?? view.slot.id);
    const errors: ChangeErrors = {};
    if (adults === undefined) errors.adults = this.localize.t("errorNumber");
    if (children === undefined) errors.children = this.localize.t("errorNumber");
    if (adults !== undefined && children !== undefined && adults + children === 0) {
      errors.adults = this.localize.t("errorPeople");
    }
    this.errors = errors;
    if (Object.keys(errors).length > 0 || adults === undefined || children === undefined) {
      this.host.requestUpdate();
      return this.focusError();
    }
    const change = {
      ...(slotId !== view.slot.id ? { slotId } : {}),
      ...(adults !== view.adults ? { adults } : {}),
      ...(children !== view.children ? { children } : {}),
    };
    if (Object.keys(change).length === 0) return this.keep();
    return this.send(view, change, null);
  }

  /** Sends a change; a full time with room on its waitlist turns into the question to wait. */
  private async send(
    view: RegistrationView,
    change: ChangeRegistrationBody,
    retried: ChangeRegistrationBody | null,
  ): Promise<void> {
    this.busy = true;
    this.host.requestUpdate();
    try {
      const { id, token, api } = this.access();
      const { registration } = await changeRegistration(id, token, change, { api });
      this.open = false;
      this.onSaved(registration);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (retried === null && error.code === "slot_full" && error.params.canJoinWaitlist === 1) {
        this.waitFor = change;
        this.errors = {};
      } else {
        this.errors = this.refusal(error, {
          adults: change.adults ?? view.adults,
          children: change.children ?? view.children,
        });
        if (Object.keys(this.errors).length === 0) this.onError(errorMessageKey(error), error);
      }
    } finally {
      this.busy = false;
      this.host.requestUpdate();
    }
    if (this.waitFor) return this.focus("#wait-offer-question");
    if (Object.keys(this.errors).length > 0) await this.focusError();
  }

  /** A refusal the person can act on, beside its field; empty when it belongs to no field. */
  private refusal(error: ApiError, party: { adults: number; children: number }): ChangeErrors {
    // More people than the time has places in all, whoever else comes.
    if (error.code === "party_too_large") return { adults: this.localize.t("errorPartyTooLarge") };
    if (error.code === "slot_full") {
      const left = error.params.placesLeft;
      const seats = typeof left === "number" ? ` ${this.localize.plural("seatsLeft", left)}` : "";
      return { adults: `${this.localize.t("changeNoRoom")}${seats}` };
    }
    if (error.fieldCodes.slotId) return { slotId: this.localize.t("errorSlot") };
    if (error.fieldCodes.adults && party.adults + party.children > 0) {
      return { adults: this.localize.t("errorNumber") };
    }
    return {};
  }

  private focusError(): Promise<void> {
    return this.focus('.change [aria-invalid="true"]');
  }

  private async focus(selector: string): Promise<void> {
    await (this.host as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    this.host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  render(view: RegistrationView) {
    return renderBookingChange(view, this.localize, {
      slots: this.slots,
      timeZone: this.timeZone,
      errors: this.errors,
      busy: this.busy,
      waitOffer: this.waitFor !== null,
      save: (form) => void this.save(view, form),
      keep: () => this.keep(),
      wait: () => void this.wait(view),
    });
  }
}
