import { genders } from "../../schema/rules/mentoring/pair-fit.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import type { IntakeDraft } from "./intake-draft.js";
import { renderChoices, renderTextField } from "./intake-fields.js";
import type { IntakeErrors } from "./intake-steps.js";
import { genderWords } from "./answer-words.js";

/**
 * Wishes that help a good match, every one optional and said to be: the person's gender and age,
 * and their partner's. "I'd rather not say" and "No preference" are choices like any other.
 */
export function renderPreferencesStep(
  localize: LocalizeController,
  draft: IntakeDraft,
  errors: IntakeErrors,
) {
  const genderChoices = genders.map((gender) => ({
    value: gender,
    label: localize.t(genderWords[gender]),
  }));
  return html`<p class="notice">${localize.t("mentoringPreferencesHint")}</p>
    ${renderChoices(errors, {
      name: "gender",
      legend: localize.t("mentoringGender"),
      choices: [...genderChoices, { value: "", label: localize.t("mentoringRatherNotSay") }],
      chosen: new Set([draft.gender]),
      multiple: false,
    })}
    ${renderTextField(errors, {
      name: "age",
      label: localize.t("mentoringAge"),
      value: draft.age,
      inputmode: "numeric",
      short: true,
    })}
    ${renderChoices(errors, {
      name: "wantsGender",
      legend: localize.t("mentoringWantsGender"),
      choices: [...genderChoices, { value: "", label: localize.t("mentoringNoPreference") }],
      chosen: new Set([draft.wantsGender]),
      multiple: false,
    })}
    <fieldset class="choices age-range">
      <legend part="label">${localize.t("mentoringWantsAge")}</legend>
      <div class="pair">
        ${renderTextField(errors, {
          name: "wantsAgeMin",
          label: localize.t("mentoringAgeFrom"),
          value: draft.wantsAgeMin,
          inputmode: "numeric",
          short: true,
        })}
        ${renderTextField(errors, {
          name: "wantsAgeMax",
          label: localize.t("mentoringAgeTo"),
          value: draft.wantsAgeMax,
          inputmode: "numeric",
          short: true,
        })}
      </div>
    </fieldset>`;
}
