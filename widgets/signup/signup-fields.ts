import { directionOf } from "../../i18n/languages.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import type { MessageKey } from "../i18n/messages.js";
import { slotAvailability } from "../shared/availability.js";
import type { LocalizeController } from "../shared/localize.js";
import type { Field, FieldErrors } from "./answers.js";

/** Generic over the field names so other forms (the visit forms) share the same markup. */
export interface FieldOptions<F extends string = Field> {
  name: F;
  label: MessageKey;
  hint?: MessageKey;
  type?: "text" | "email" | "tel" | "number";
  autocomplete?: string;
  inputmode?: "numeric" | "email" | "tel";
  value?: string;
  multiline?: boolean;
  /** Already translated text for the error, when it needs values (e.g. "Only 3 seats left"). */
  errorText?: string | undefined;
}

const describedBy = (name: string, hint: boolean, error: boolean) =>
  [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;

/** Label, hint, control and error side by side in one shadow root, tied with ids. */
export function renderField<F extends string = Field>(
  localize: LocalizeController,
  errors: Partial<Record<F, MessageKey>>,
  options: FieldOptions<F>,
) {
  const { name } = options;
  const key = errors[name];
  const error = key ? (options.errorText ?? localize.t(key)) : undefined;
  const describe = describedBy(name, Boolean(options.hint), Boolean(error));
  const control = options.multiline
    ? html`<textarea
        part="input"
        id=${name}
        name=${name}
        rows="2"
        dir="auto"
        aria-describedby=${ifDefined(describe)}
        aria-invalid=${error ? "true" : "false"}
      ></textarea>`
    : html`<input
        part="input"
        id=${name}
        name=${name}
        type=${options.type ?? "text"}
        dir=${options.type === "number" ? "ltr" : "auto"}
        .value=${options.value ?? ""}
        min=${ifDefined(options.type === "number" ? "0" : undefined)}
        max=${ifDefined(options.type === "number" ? "50" : undefined)}
        inputmode=${ifDefined(options.inputmode)}
        autocomplete=${ifDefined(options.autocomplete)}
        aria-describedby=${ifDefined(describe)}
        aria-invalid=${error ? "true" : "false"}
      />`;
  return html`<div class="field ${options.type === "number" ? "short" : ""}">
    <label part="label" for=${name}>${localize.t(options.label)}</label>
    ${
      options.hint
        ? html`<p id="${name}-hint" class="hint muted">${localize.t(options.hint)}</p>`
        : nothing
    }
    ${control}
    ${error ? html`<p id="${name}-error" part="error" class="error">${error}</p>` : nothing}
  </div>`;
}

/** One slot needs no choice; several become a radio group showing places left for each. */
export function renderSlots(event: PublicEvent, localize: LocalizeController, errors: FieldErrors) {
  const [only] = event.slots;
  if (event.slots.length === 1 && only) {
    return html`<input type="hidden" name="slotId" .value=${only.id} />`;
  }
  const error = errors.slotId;
  return html`<fieldset
    class="slots"
    aria-describedby=${ifDefined(error ? "slotId-error" : undefined)}
  >
    <legend part="label">${localize.t("slotLegend")}</legend>
    ${event.slots.map((slot) => {
      const availability = slotAvailability(slot, localize);
      return html`<label class="choice">
        <input
          type="radio"
          name="slotId"
          value=${slot.id}
          ?disabled=${availability.tone === "closed"}
          aria-invalid=${error ? "true" : "false"}
        />
        <span>
          <span class="choice-label" lang=${slot.labelLang} dir=${directionOf(slot.labelLang)}
            >${slot.label}</span
          >
          <span class="muted"
            >${localize.dateRange(slot.startsAt, slot.endsAt, event.timeZone)}</span
          >
          <span class="availability ${availability.tone}">${availability.text}</span>
        </span>
      </label>`;
    })}
    ${error ? html`<p id="slotId-error" part="error" class="error">${localize.t(error)}</p>` : nothing}
  </fieldset>`;
}
