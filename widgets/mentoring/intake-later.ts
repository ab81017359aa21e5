import type { PublicSeason } from "../../schema/contracts/mentoring.js";
import type { LocalizeController } from "../shared/localize.js";
import type { IntakeDraft } from "./intake-draft.js";
import type { IntakeErrors, IntakeStep } from "./intake-steps.js";
import type { LanguageRows } from "./step-language.js";
import { renderLanguageStep } from "./step-language.js";
import { renderMeetingStep } from "./step-meeting.js";
import { renderInterestsStep } from "./step-interests.js";
import { renderPreferencesStep } from "./step-preferences.js";
import { renderQuestionsStep } from "./step-questions.js";
import { renderTimesStep } from "./step-times.js";
import { renderConsentStep } from "./step-consent.js";

/*
 * Everything after the first screens, loaded while they are answered (never for the first
 * paint): the later steps, the answers as the API takes them, where a refusal belongs, the
 * signed-up screen and the key that makes a retried sign-up safe.
 */

export { AnswerKeys } from "../shared/idempotency-key.js";
export { intakeBody, intakeChange } from "./intake-body.js";
export { intakeRefusalOf } from "./intake-refusal.js";
export { renderSent } from "./intake-sent.js";
export { outsideSeason } from "./step-language.js";
export { laterStyles } from "./mentoring-later.styles.js";

/** A later step's fields; `rows` adds and removes rows of the languages list. */
export function renderLaterStep(
  step: Exclude<IntakeStep, "role" | "about">,
  localize: LocalizeController,
  answers: { draft: IntakeDraft; errors: IntakeErrors; season: PublicSeason; rows: LanguageRows },
) {
  const { draft, errors, season } = answers;
  switch (step) {
    case "language":
      return renderLanguageStep(localize, draft, errors, season, answers.rows);
    case "times":
      return renderTimesStep(localize, draft, errors);
    case "meeting":
      return renderMeetingStep(localize, draft, errors, season);
    case "interests":
      return renderInterestsStep(localize, draft, errors);
    case "preferences":
      return renderPreferencesStep(localize, draft, errors);
    case "questions":
      return renderQuestionsStep(localize, draft, errors, season);
    case "consent":
      return renderConsentStep(localize, draft, errors, season);
  }
}
