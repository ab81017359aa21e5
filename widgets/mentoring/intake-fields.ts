import { nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { html } from "../shared/fallback-text.js";
import type { IntakeErrors, IntakeField } from "./intake-steps.js";

/*
 * The intake's controls: label (or legend), hint, control and error side by side in one shadow
 * root, tied with ids. Words come in already translated, since many carry values (the language
 * practised, a number).
 */

export interface Choice {
  value: string;
  label: string;
  /** A second line in smaller type, e.g. a level's code. */
  detail?: string;
  /** The label's own language, when it is not the form's (a language's name in itself). */
  lang?: string;
  dir?: "ltr" | "rtl";
}

const describedBy = (name: string, hint: unknown, error: unknown) =>
  [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;

export function renderError(name: string, error: string | undefined) {
  return error ? html`<p id="${name}-error" part="error" class="error">${error}</p>` : nothing;
}

function renderHint(name: string, hint: string | undefined) {
  return hint ? html`<p id="${name}-hint" class="hint muted">${hint}</p>` : nothing;
}

/** A one-line text field, or a text box with `multiline`. */
export function renderTextField(
  errors: IntakeErrors,
  options: {
    name: IntakeField;
    label: string;
    hint?: string;
    value: string;
    type?: "text" | "email";
    autocomplete?: string;
    inputmode?: "numeric" | "email";
    multiline?: boolean;
    short?: boolean;
  },
) {
  const { name, hint } = options;
  const error = errors[name];
  const describe = describedBy(name, hint, error);
  const control = options.multiline
    ? html`<textarea
        part="input"
        id=${name}
        name=${name}
        rows="3"
        dir="auto"
        .value=${options.value}
        aria-describedby=${ifDefined(describe)}
        aria-invalid=${error ? "true" : "false"}
      ></textarea>`
    : html`<input
        part="input"
        id=${name}
        name=${name}
        type=${options.type ?? "text"}
        dir=${options.inputmode === "numeric" ? "ltr" : "auto"}
        .value=${options.value}
        inputmode=${ifDefined(options.inputmode)}
        autocomplete=${ifDefined(options.autocomplete)}
        aria-describedby=${ifDefined(describe)}
        aria-invalid=${error ? "true" : "false"}
      />`;
  return html`<div class="field ${options.short ? "short" : ""}">
    <label part="label" for=${name}>${options.label}</label>
    ${renderHint(name, hint)} ${control} ${renderError(name, error)}
  </div>`;
}

/** Radio buttons (`multiple: false`) or checkboxes in a fieldset, the legend naming the question. */
export function renderChoices(
  errors: IntakeErrors,
  options: {
    name: IntakeField;
    legend: string;
    hint?: string;
    choices: readonly Choice[];
    chosen: ReadonlySet<string>;
    multiple: boolean;
    columns?: boolean;
  },
) {
  const { name, hint } = options;
  const error = errors[name];
  return html`<fieldset
    class="choices ${options.columns ? "columns" : ""}"
    id="${name}-group"
    aria-describedby=${ifDefined(describedBy(name, hint, error))}
  >
    <legend part="label">${options.legend}</legend>
    ${renderHint(name, hint)}
    ${options.choices.map(
      (choice) =>
        html`<label class="choice">
          <input
            part="input"
            type=${options.multiple ? "checkbox" : "radio"}
            name=${name}
            .value=${choice.value}
            .checked=${options.chosen.has(choice.value)}
            aria-invalid=${error ? "true" : "false"}
          />
          <span>
            <span lang=${ifDefined(choice.lang)} dir=${ifDefined(choice.dir)}>${choice.label}</span>
            ${choice.detail ? html`<span class="muted detail">${choice.detail}</span>` : nothing}
          </span>
        </label>`,
    )}
    ${renderError(name, error)}
  </fieldset>`;
}

/** A labelled select whose first option asks to choose, so nothing is picked by accident. */
export function renderSelect(options: {
  id: string;
  name: string;
  label: string;
  choose: string;
  choices: readonly Choice[];
  value: string;
  error?: string | undefined;
  /** Ids of hints or errors outside the field that describe it. */
  describedBy?: string;
}) {
  const { id, error } = options;
  const describe = [options.describedBy ?? "", error ? `${id}-error` : ""].filter(Boolean);
  return html`<div class="field">
    <label part="label" for=${id}>${options.label}</label>
    <select
      part="input"
      id=${id}
      name=${options.name}
      aria-describedby=${ifDefined(describe.join(" ") || undefined)}
      aria-invalid=${error ? "true" : "false"}
    >
      <option value="" ?selected=${options.value === ""}>${options.choose}</option>
      ${options.choices.map(
        (choice) =>
          html`<option
            value=${choice.value}
            lang=${ifDefined(choice.lang)}
            dir=${ifDefined(choice.dir)}
            ?selected=${choice.value === options.value}
          >
            ${choice.label}
          </option>`,
      )}
    </select>
    ${renderError(id, error)}
  </div>`;
}
