import type { ReactiveController, ReactiveControllerHost } from "lit";
import { nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { html } from "../../shared/fallback-text.js";
import type { RosterEntry } from "../../../schema/contracts/admin/roster.js";
import type { ChangeRegistrationBody } from "../../../schema/contracts/registrations.js";
import type { AdminMessageKey } from "../i18n/messages.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { FieldErrors } from "../shared/errors.js";
import { fieldErrorsOf } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import type { RowsContext } from "./roster-rows.js";

type Need = keyof RosterEntry["needs"];

/** The needs as the contract names them, each with the "Add someone" form's label. */
const needFields: readonly { need: Need; label: AdminMessageKey; multiline: boolean }[] = [
  { need: "interpreterLanguage", label: "interpreterNeeded", multiline: false },
  { need: "accessibility", label: "accessibilityNeeds", multiline: true },
  { need: "dietary", label: "dietaryNeeds", multiline: true },
];

/**
 * Which row's change form is open and what the server refused in its last save, by field path
 * (`email`, `needs.dietary`) in the dashboard's words.
 */
export class RosterChangeController implements ReactiveController {
  row: string | undefined;
  errors: FieldErrors = {};

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly localize: AdminLocalizeController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Opens the row's form with no errors (closing any other), or closes it with `undefined`. */
  show(row: string | undefined): void {
    this.row = row;
    this.errors = {};
    this.host.requestUpdate();
  }

  /** Puts the refusal beside its fields, opening the part that holds the first, and focuses it. */
  async refused(error: unknown): Promise<void> {
    this.errors = fieldErrorsOf(error, this.localize);
    this.host.requestUpdate();
    await this.host.updateComplete;
    const field = this.host.renderRoot.querySelector<HTMLElement>(
      '.change-row [aria-invalid="true"]',
    );
    const part = field?.closest("details");
    if (part) part.open = true;
    field?.focus();
  }
}

/** A slot change, a party change, or neither (a name, contact or needs only). */
export const changesPlaces = (change: ChangeRegistrationBody) =>
  change.slotId !== undefined || change.adults !== undefined || change.children !== undefined;

/**
 * Only what the organiser changed: the server keeps what is left out. An emptied email, phone or
 * need is sent as null, which clears it; a count that is not a number is sent too (as null), so
 * the server names what is wrong beside it.
 */
export function changeOf(form: HTMLFormElement, entry: RosterEntry): ChangeRegistrationBody {
  const data = new FormData(form);
  const typed = (name: string) => String(data.get(name) ?? "").trim();
  const change: ChangeRegistrationBody = {};
  const slotId = data.get("slotId");
  if (slotId !== null && slotId !== entry.slotId) change.slotId = String(slotId);
  for (const count of ["adults", "children"] as const) {
    const value = Number(typed(count) || "NaN");
    if (value !== entry[count]) change[count] = value;
  }
  if (typed("name") !== entry.name) change.name = typed("name");
  for (const contact of ["email", "phone"] as const) {
    if (typed(contact) !== (entry[contact] ?? "")) change[contact] = typed(contact) || null;
  }
  const needs = needFields
    .map(({ need }) => [need, typed(`needs.${need}`)] as const)
    .filter(([need, value]) => value !== (entry.needs[need] ?? ""));
  if (needs.length > 0) {
    change.needs = Object.fromEntries(needs.map(([need, value]) => [need, value || null]));
  }
  return change;
}

interface FieldOptions {
  id: string;
  name: string;
  label: string;
  value: string;
  error: string | undefined;
  kind: "number" | "text" | "email" | "tel" | "multiline";
}

/**
 * Label, control and the server's error tied together. The value is bound once, not live, so a
 * refused save keeps what was typed. Text fields hold someone else's details, so the organiser's
 * browser must not fill in its own; phone numbers read left to right in every language, names and
 * emails in the typed script's direction.
 */
function field({ id, name, label, value, error, kind }: FieldOptions) {
  const errorId = `${id}-error`;
  const invalid = error ? "true" : "false";
  const describedBy = error ? errorId : undefined;
  const control =
    kind === "multiline"
      ? html`<textarea
          id=${id}
          name=${name}
          rows="2"
          dir="auto"
          .value=${value}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
        ></textarea>`
      : kind === "number"
        ? html`<input
            id=${id}
            name=${name}
            type="number"
            min="0"
            max="50"
            inputmode="numeric"
            .value=${value}
            aria-invalid=${invalid}
            aria-describedby=${ifDefined(describedBy)}
          />`
        : html`<input
            id=${id}
            name=${name}
            type=${kind}
            dir=${kind === "tel" ? "ltr" : "auto"}
            autocomplete="off"
            .value=${value}
            aria-invalid=${invalid}
            aria-describedby=${ifDefined(describedBy)}
          />`;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${control} ${error ? html`<p id=${errorId} class="error">${error}</p>` : nothing}
  </div>`;
}

/** Another time of the same kind, for someone who has a place. */
function renderTimes(entry: RosterEntry, context: RowsContext, id: string) {
  const audience = context.slots.find((slot) => slot.id === entry.slotId)?.audience;
  const times = context.slots.filter((slot) => slot.audience === audience);
  if (times.length < 2 || entry.status !== "confirmed") return nothing;
  const error = context.changeErrors.slotId;
  return html`<div class="field">
    <label for=${id}>${context.localize.t("colSlot")}</label>
    <select
      id=${id}
      name="slotId"
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
    >
      ${times.map(
        (slot) =>
          html`<option value=${slot.id} ?selected=${slot.id === entry.slotId}>
            ${pickText(slot.label, context.locales)}
          </option>`,
      )}
    </select>
    ${error ? html`<p id=${`${id}-error`} class="error">${error}</p>` : nothing}
  </div>`;
}

/**
 * The row's time and party, changed through the booking engine as the person could (also after
 * sign-up closed): the places of another time are taken only if they are there. Below them, folded
 * away, the name, contact and needs an organiser may correct.
 */
export function renderChange(entry: RosterEntry, context: RowsContext) {
  const { localize, act, changeErrors: errors } = context;
  const t = localize.t.bind(localize);
  const id = (name: string) => `change-${name.replace(".", "-")}-${entry.id}`;
  const text = (name: string, label: string, value: string | null, kind: FieldOptions["kind"]) =>
    field({ id: id(name), name, label, value: value ?? "", error: errors[name], kind });
  return html`<form
    class="change-row"
    aria-label=${`${t("changeRegistration")}: ${entry.name}`}
    novalidate
    @submit=${(event: SubmitEvent) => {
      event.preventDefault();
      const change = changeOf(event.currentTarget as HTMLFormElement, entry);
      // Nothing changed: saving it is keeping it.
      act(entry, Object.keys(change).length > 0 ? { type: "change", change } : { type: "keep" });
    }}
  >
    ${renderTimes(entry, context, id("slot"))}
    ${text("adults", t("adults"), String(entry.adults), "number")}
    ${text("children", t("children"), String(entry.children), "number")}
    <details>
      <summary>${t("changePersonDetails")}</summary>
      <div class="change-details">
        ${text("name", t("personName"), entry.name, "text")}
        ${text("email", t("emailOptional"), entry.email, "email")}
        ${text("phone", t("phoneOptional"), entry.phone, "tel")}
        ${needFields.map(({ need, label, multiline }) =>
          text(`needs.${need}`, t(label), entry.needs[need], multiline ? "multiline" : "text"),
        )}
      </div>
    </details>
    <div class="actions">
      <button type="submit" class="button small" ?disabled=${context.busy === entry.id}>
        ${t("save")}
      </button>
      <button
        type="button"
        class="button small secondary"
        @click=${() => act(entry, { type: "keep" })}
      >
        ${t("keepRegistration")}
      </button>
    </div>
  </form>`;
}
