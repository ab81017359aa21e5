import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import { ifDefined } from "lit/directives/if-defined.js";
import type { Requirement } from "../../schema/contracts/volunteers.js";
import type { MessageKey } from "../i18n/messages.js";
import type { LocalizeController } from "../shared/localize.js";
import { renderField } from "../signup/signup-fields.js";
import { renderConsent, renderLanguageChoices } from "../visits/visit-fields.js";

export type VolunteerField =
  | "name"
  | "email"
  | "phone"
  | "languages"
  | "foodHygiene"
  | "drivingLicence"
  | "introduction"
  | "age"
  | "consent";

/** Form order, so the first invalid field is the one that gets focus. */
export const volunteerFields: readonly VolunteerField[] = [
  "name",
  "email",
  "phone",
  "languages",
  "foodHygiene",
  "drivingLicence",
  "introduction",
  "age",
  "consent",
];

export type VolunteerErrors = Partial<Record<VolunteerField, MessageKey>>;

type Declaration = "foodHygiene" | "drivingLicence" | "introduction";

export const declarations: ReadonlyArray<[Requirement, Declaration, MessageKey]> = [
  ["food_hygiene", "foodHygiene", "volunteerDeclareFoodHygiene"],
  ["driving_licence", "drivingLicence", "volunteerDeclareDriving"],
  ["introduction", "introduction", "volunteerDeclareIntroduction"],
];

function renderDeclaration(
  localize: LocalizeController,
  errors: VolunteerErrors,
  name: Declaration,
  label: MessageKey,
) {
  const error = errors[name];
  return html`<div class="field">
    <label class="choice">
      <input
        part="input"
        type="checkbox"
        id=${name}
        name=${name}
        value="yes"
        aria-describedby=${ifDefined(error ? `${name}-error` : undefined)}
        aria-invalid=${error ? "true" : "false"}
      />
      <span part="label">${localize.t(label)}</span>
    </label>
    ${error ? html`<p id="${name}-error" part="error" class="error">${localize.t(error)}</p>` : nothing}
  </div>`;
}

/** Name, contact, languages, only the declarations the chosen roles need, and consent. */
export function renderAboutYou(
  localize: LocalizeController,
  errors: VolunteerErrors,
  needs: ReadonlySet<Requirement>,
  retentionDays: number,
) {
  const asked = declarations.filter(([requirement]) => needs.has(requirement));
  return html`<fieldset class="group about">
    <legend part="label">${localize.t("volunteerAboutYou")}</legend>
    ${renderField(localize, errors, { name: "name", label: "name", hint: "nameHint", autocomplete: "nickname" })}
    ${renderField(localize, errors, { name: "email", label: "email", hint: "volunteerEmailHint", type: "email", inputmode: "email", autocomplete: "email" })}
    ${renderField(localize, errors, { name: "phone", label: "phone", type: "tel", inputmode: "tel", autocomplete: "tel" })}
    ${renderLanguageChoices(localize, {}, { legend: "volunteerLanguages" })}
    ${
      asked.length > 0 || needs.has("min_age")
        ? html`<fieldset class="group declarations">
            <legend part="label">${localize.t("volunteerDeclarations")}</legend>
            ${asked.map(([, name, label]) => renderDeclaration(localize, errors, name, label))}
            ${
              needs.has("min_age")
                ? renderField(localize, errors, {
                    name: "age",
                    label: "volunteerAge",
                    inputmode: "numeric",
                  })
                : nothing
            }
          </fieldset>`
        : nothing
    }
    ${renderConsent(
      localize,
      { ...(errors.consent ? { consent: errors.consent } : {}) },
      retentionDays,
    )}
  </fieldset>`;
}

/** Where focus goes after a refusal: the shift list, then a refused shift, then the first field. */
export function firstInvalidSelector(
  listError: unknown,
  shiftErrors: Record<string, string>,
  errors: VolunteerErrors,
): string | undefined {
  const shiftError = Object.keys(shiftErrors)[0];
  if (listError) return '[name="shiftIds"]:not(:disabled)';
  if (shiftError) return `[name="shiftIds"][value="${CSS.escape(shiftError)}"]`;
  return volunteerFields.filter((name) => errors[name]).map((name) => `[name="${name}"]`)[0];
}
