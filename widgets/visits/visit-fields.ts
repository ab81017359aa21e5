import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type { MessageKey } from "../i18n/messages.js";
import { directionOf } from "../../i18n/languages.js";
import type { LocalizeController } from "../shared/localize.js";
import { visitLanguages } from "../../schema/rules/visit-languages.js";
import type { VisitErrors, VisitField } from "./visit-validate.js";

const errorLine = (
  localize: LocalizeController,
  name: VisitField,
  error: MessageKey | undefined,
) =>
  error ? html`<p id="${name}-error" part="error" class="error">${localize.t(error)}</p>` : nothing;

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

/** A labelled select with a first "Choose …" option, so nothing is picked by accident. */
export function renderSelect(
  localize: LocalizeController,
  errors: VisitErrors,
  options: { name: VisitField; label: MessageKey; choose: MessageKey; choices: SelectOption[] },
) {
  const { name } = options;
  const error = errors[name];
  return html`<div class="field">
    <label part="label" for=${name}>${localize.t(options.label)}</label>
    <select
      part="input"
      id=${name}
      name=${name}
      aria-describedby=${ifDefined(error ? `${name}-error` : undefined)}
      aria-invalid=${error ? "true" : "false"}
    >
      <option value="">${localize.t(options.choose)}</option>
      ${options.choices.map(
        (choice) =>
          html`<option value=${choice.value} ?disabled=${choice.disabled ?? false}>
            ${choice.label}
          </option>`,
      )}
    </select>
    ${errorLine(localize, name, error)}
  </div>`;
}

/** Languages as checkboxes, each named in its own language and marked up as such. */
export function renderLanguageChoices(
  localize: LocalizeController,
  errors: VisitErrors,
  options: { legend: MessageKey; hint?: MessageKey },
) {
  const error = errors.languages;
  const describedBy = [options.hint ? "languages-hint" : "", error ? "languages-error" : ""]
    .filter(Boolean)
    .join(" ");
  return html`<fieldset class="group" aria-describedby=${ifDefined(describedBy || undefined)}>
    <legend part="label">${localize.t(options.legend)}</legend>
    ${
      options.hint
        ? html`<p id="languages-hint" class="hint muted">${localize.t(options.hint)}</p>`
        : nothing
    }
    <div class="language-choices">
      ${visitLanguages.map(
        ({ code, name }) =>
          // The row follows the form's direction; only the name is in its own language and script.
          html`<label class="choice">
            <input
              part="input"
              type="checkbox"
              name="languages"
              value=${code}
              aria-invalid=${error ? "true" : "false"}
            />
            <span lang=${code} dir=${directionOf(code)}>${name}</span>
          </label>`,
      )}
    </div>
    ${errorLine(localize, "languages", error)}
  </fieldset>`;
}

/** The consent box, saying how many days after the event the answers are erased. */
export function renderConsent(
  localize: LocalizeController,
  errors: VisitErrors,
  retentionDays: number,
) {
  const error = errors.consent;
  return html`<div class="field consent">
    <label class="choice">
      <input
        part="input"
        type="checkbox"
        id="consent"
        name="consent"
        value="yes"
        aria-describedby=${ifDefined(error ? "consent-error" : undefined)}
        aria-invalid=${error ? "true" : "false"}
      />
      <span part="label">${localize.plural("consent", retentionDays)}</span>
    </label>
    ${errorLine(localize, "consent", error)}
  </div>`;
}
