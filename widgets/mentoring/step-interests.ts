import { interestKeys } from "../../schema/contracts/mentoring.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import type { IntakeDraft } from "./intake-draft.js";
import { renderChoices, renderTextField } from "./intake-fields.js";
import type { IntakeErrors } from "./intake-steps.js";
import { interestWords } from "./answer-words.js";

/** What the person likes, to talk about or do together; more in their own words. */
export function renderInterestsStep(
  localize: LocalizeController,
  draft: IntakeDraft,
  errors: IntakeErrors,
) {
  return html`${renderChoices(errors, {
    name: "interests",
    legend: localize.t("mentoringInterests"),
    hint: localize.t("mentoringInterestsHint"),
    choices: interestKeys.map((key) => ({ value: key, label: localize.t(interestWords[key]) })),
    chosen: new Set(draft.interests),
    multiple: true,
    columns: true,
  })}
  ${renderTextField(errors, {
    name: "interestsOther",
    label: localize.t("mentoringInterestsOther"),
    value: draft.interestsOther,
    multiline: true,
  })}`;
}
