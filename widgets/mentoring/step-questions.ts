import type { PublicSeason } from "../../schema/contracts/mentoring.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import { renderQuestions } from "../signup/signup-questions.js";
import type { IntakeDraft } from "./intake-draft.js";
import type { IntakeErrors } from "./intake-steps.js";
import { questionsForRole } from "./season-questions.js";

/**
 * The season's own questions for the person's role, drawn as the sign-up form draws an event's
 * (each in the language the coordinator wrote it, "(optional)" and the sensitive note in the
 * reader's), showing what the draft holds.
 */
export function renderQuestionsStep(
  localize: LocalizeController,
  draft: IntakeDraft,
  errors: IntakeErrors,
  season: PublicSeason,
) {
  return html`<p class="hint muted">${localize.t("mentoringQuestionsHint")}</p>
    ${renderQuestions(
      localize,
      questionsForRole(season.questions, draft.role),
      (field) => errors[field],
      draft.answers,
    )}`;
}
