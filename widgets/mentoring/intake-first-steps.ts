import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import type { IntakeDraft } from "./intake-draft.js";
import { renderChoices, renderTextField } from "./intake-fields.js";
import type { IntakeErrors } from "./intake-steps.js";

/*
 * The first screens, in the first render: whether the person mentors or learns (unless the page
 * says), then their name and email. The later screens load while these are answered.
 */

/** "I want to help someone practise Estonian" or "I want to practise Estonian". */
export function renderRoleStep(
  localize: LocalizeController,
  draft: IntakeDraft,
  errors: IntakeErrors,
  language: string,
) {
  return renderChoices(errors, {
    name: "role",
    legend: localize.t("mentoringStepRole"),
    choices: [
      { value: "mentor", label: localize.t("mentoringRoleMentor", { language }) },
      { value: "learner", label: localize.t("mentoringRoleLearner", { language }) },
    ],
    chosen: new Set([draft.role]),
    multiple: false,
  });
}

/** First name or nickname, and the email the match is sent to (fixed once signed up). */
export function renderAboutStep(
  localize: LocalizeController,
  draft: IntakeDraft,
  errors: IntakeErrors,
  changing: boolean,
) {
  return html`${renderTextField(errors, {
    name: "firstName",
    label: localize.t("mentoringFirstName"),
    hint: localize.t("mentoringFirstNameHint"),
    value: draft.firstName,
    autocomplete: "given-name",
  })}
  ${
    changing
      ? html`<p class="muted">${localize.t("mentoringEmailFixed", { email: draft.email })}</p>`
      : renderTextField(errors, {
          name: "email",
          label: localize.t("mentoringEmail"),
          hint: localize.t("mentoringEmailHint"),
          value: draft.email,
          type: "email",
          inputmode: "email",
          autocomplete: "email",
        })
  }`;
}
