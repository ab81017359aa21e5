import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { LocaleText } from "../../../schema/contracts/locale-text.js";
import type { Requirement } from "../../../schema/contracts/volunteers.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { FieldErrors } from "../shared/errors.js";
import { renderField } from "../shared/field.js";
import { renderLanguageInputs } from "../shared/language-fields.js";

/** A role as the form holds it: the minimum age as typed, "" for none. */
export interface RoleDraft {
  id?: string;
  name: LocaleText;
  description: LocaleText;
  requirements: Requirement[];
  minimumAge: string;
}

/** Ticked requirements; a minimum age is a number of its own, so it has no box. */
export const checkedRequirements = ["food_hygiene", "driving_licence", "introduction"] as const;

export interface RoleFieldsContext {
  localize: AdminLocalizeController;
  locales: readonly string[];
  errors: FieldErrors;
  disabled: boolean;
}

/**
 * One role: its name and description per language side by side, the requirements volunteers
 * declare when they sign up, and a minimum age. Controls are named like the server's field paths.
 */
export function renderRoleFields(
  context: RoleFieldsContext,
  role: RoleDraft,
  index: number,
  remove: (index: number) => void,
) {
  const { localize, locales, errors, disabled } = context;
  const t = localize.t.bind(localize);
  const name = (key: string) => `roles.${index}.${key}`;
  const number = localize.number(index + 1);
  const perLocale = (field: "name" | "description", label: string, multiline: boolean) =>
    renderLanguageInputs({
      name: name(field),
      labelPrefix: label,
      values: role[field],
      locales,
      errors,
      localize,
      multiline,
      disabled,
    });
  return html`<fieldset class="role" data-role=${role.id ?? ""}>
    <legend>${t("roleNumber", { number })}</legend>
    ${errors[name("name")] ? html`<p class="error">${errors[name("name")]}</p>` : nothing}
    ${perLocale("name", t("roleName"), false)}
    ${perLocale("description", t("roleDescription"), true)}
    <fieldset>
      <legend>${t("roleRequirements")}</legend>
      <div class="actions">
        ${checkedRequirements.map(
          (requirement) =>
            html`<label class="choice">
              <input
                type="checkbox"
                name=${name(`requirements.${requirement}`)}
                .checked=${role.requirements.includes(requirement)}
                ?disabled=${disabled}
              />
              ${t(`requirement_${requirement}`)}
            </label>`,
        )}
      </div>
      ${renderField({
        name: name("minimumAge"),
        type: "number",
        label: t("requirement_min_age"),
        hint: t("minimumAgeHint"),
        value: role.minimumAge,
        disabled,
        error: errors[name("minimumAge")],
      })}
    </fieldset>
    ${
      disabled
        ? nothing
        : html`<button
            type="button"
            class="button secondary small remove-role"
            @click=${() => remove(index)}
          >
            ${t("removeRole", { number })}
          </button>`
    }
  </fieldset>`;
}
