import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type { MessageKey } from "../i18n/messages.js";
import type { LocalizeController } from "../shared/localize.js";
import type { DishDraft, Draft } from "../../schema/rules/cook-draft.js";
import type { DraftErrors } from "./draft.js";

/** What every step's fields need: the answers, their errors and a way to change them. */
export interface StepContext {
  localize: LocalizeController;
  draft: Draft;
  errors: DraftErrors;
  /** Days after the festival that the organisers keep the cook's data, for the consent box. */
  retentionDays: number;
  edit: (patch: Partial<Draft>) => void;
  editDish: (index: number, patch: Partial<DishDraft>) => void;
  addDish: () => void;
  removeDish: (index: number) => void;
}

export interface TextFieldOptions {
  id: string;
  /** The API's field path, for errors; defaults to `id`. */
  path?: string;
  label: MessageKey;
  labelValues?: Record<string, string>;
  hint?: MessageKey;
  value: string;
  onInput: (value: string) => void;
  type?: "text" | "email" | "tel" | "date";
  inputmode?: "numeric" | "decimal" | "email" | "tel";
  autocomplete?: string;
  multiline?: boolean;
  maxlength?: number;
}

const valueOf = (event: Event) => (event.target as HTMLInputElement | HTMLTextAreaElement).value;
export const checkedOf = (event: Event) => (event.target as HTMLInputElement).checked;

export function errorLine(context: StepContext, id: string, path: string) {
  const key = context.errors[path];
  return key
    ? html`<p id="${id}-error" part="error" class="error">${context.localize.t(key)}</p>`
    : nothing;
}

export function describedBy(context: StepContext, id: string, path: string, hint: boolean) {
  return (
    [hint ? `${id}-hint` : "", context.errors[path] ? `${id}-error` : ""]
      .filter(Boolean)
      .join(" ") || undefined
  );
}

/**
 * Label, hint, control and error in one place, tied with ids. `dir="auto"` because cooks
 * write in their own language, which need not run the way the interface does.
 */
export function textField(context: StepContext, options: TextFieldOptions) {
  const { id } = options;
  const path = options.path ?? id;
  const invalid = context.errors[path] ? "true" : "false";
  const describe = describedBy(context, id, path, Boolean(options.hint));
  const onInput = (event: Event) => options.onInput(valueOf(event));
  const control = options.multiline
    ? html`<textarea
        part="input"
        id=${id}
        name=${id}
        rows="3"
        dir="auto"
        maxlength=${ifDefined(options.maxlength)}
        .value=${options.value}
        aria-describedby=${ifDefined(describe)}
        aria-invalid=${invalid}
        @input=${onInput}
      ></textarea>`
    : html`<input
        part="input"
        id=${id}
        name=${id}
        type=${options.type ?? "text"}
        dir=${options.type === "date" ? "ltr" : "auto"}
        maxlength=${ifDefined(options.maxlength)}
        inputmode=${ifDefined(options.inputmode)}
        autocomplete=${ifDefined(options.autocomplete)}
        .value=${options.value}
        aria-describedby=${ifDefined(describe)}
        aria-invalid=${invalid}
        @input=${onInput}
      />`;
  return html`<div class="field">
    <label part="label" for=${id}>${context.localize.t(options.label, options.labelValues)}</label>
    ${
      options.hint
        ? html`<p id="${id}-hint" class="hint muted">${context.localize.t(options.hint)}</p>`
        : nothing
    }
    ${control} ${errorLine(context, id, path)}
  </div>`;
}

/** A checkbox whose label is a picture (hidden from screen readers) and a word. */
export function checkbox(options: {
  id: string;
  checked: boolean;
  label: string;
  icon?: string;
  onChange: (checked: boolean) => void;
  invalid?: boolean;
}) {
  return html`<label class="choice" for=${options.id}>
    <input
      part="input"
      type="checkbox"
      id=${options.id}
      name=${options.id}
      value="on"
      .checked=${options.checked}
      aria-invalid=${options.invalid ? "true" : "false"}
      @change=${(event: Event) => options.onChange(checkedOf(event))}
    />
    ${options.icon ? html`<span class="icon" aria-hidden="true">${options.icon}</span>` : nothing}
    <span>${options.label}</span>
  </label>`;
}
