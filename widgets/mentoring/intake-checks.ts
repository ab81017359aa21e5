import type { PublicSeason } from "../../schema/contracts/mentoring.js";
import { intakeBodySchema } from "../../schema/contracts/mentoring.js";
import { contractIssues } from "../shared/contract-issues.js";
import { answersOf, checkQuestionAnswers } from "../signup/question-answers.js";
import type { LocalizeController } from "../shared/localize.js";
import { intakeBody } from "./intake-body.js";
import type { IntakeDraft } from "./intake-draft.js";
import { wordIssue } from "./intake-errors.js";
import type { IntakeErrors, IntakeStep } from "./intake-steps.js";
import { fieldOfPath, stepInfo } from "./intake-steps.js";
import { questionsForRole } from "./season-questions.js";

/**
 * One step's answers checked before going on: the API's own contract (the schema the worker
 * checks with, so the two never disagree), then what the season allows, which the worker checks
 * too; the season's own questions by the rule the sign-up form and the worker share, in the sign-up
 * form's words. Loaded once someone starts answering: showing the form needs neither valibot nor
 * the schema.
 */
export function checkStep(
  step: IntakeStep,
  draft: IntakeDraft,
  season: PublicSeason,
  localize: LocalizeController,
): IntakeErrors {
  const fields = stepInfo[step].fields;
  const errors: IntakeErrors = {};
  const body = intakeBody(draft, { locale: "en", website: "", fillMs: 0 }, season.questions);
  for (const issue of contractIssues(intakeBodySchema, body)) {
    const field = fieldOfPath(issue.path);
    if (!field || field === "answers" || !fields.includes(field) || errors[field]) continue;
    errors[field] =
      field === "email" && draft.email.trim() !== ""
        ? localize.t("errorEmail")
        : wordIssue(localize, season, field, { code: issue.type });
  }
  if (fields.includes("capacity") && draft.role === "mentor") {
    if (draft.capacity > season.maxLearnersPerMentor) {
      errors.capacity = wordIssue(localize, season, "capacity", { code: "too_large" });
    }
  }
  if (fields.includes("modes")) {
    if (draft.modes.some((mode) => !season.modes.includes(mode))) {
      errors.modes = wordIssue(localize, season, "modes", { code: "mode_not_offered" });
    }
    if (draft.modes.includes("in_person") && draft.region.trim() === "") {
      errors.region = wordIssue(localize, season, "region", { code: "region_required" });
    }
  }
  if (fields.includes("answers")) {
    const asked = questionsForRole(season.questions, draft.role);
    const answers = answersOf(asked, (name) => draft.answers[name] ?? []);
    for (const [path, key] of Object.entries(checkQuestionAnswers(asked, answers))) {
      if (key) errors[path as `answers.${string}`] = localize.t(key);
    }
  }
  const { ageMin, ageMax } = body.wants ?? {};
  if (fields.includes("wantsAgeMax") && !errors.wantsAgeMin && !errors.wantsAgeMax) {
    if (typeof ageMin === "number" && typeof ageMax === "number" && ageMin > ageMax) {
      errors.wantsAgeMax = localize.t("mentoringErrorAgeRange");
    }
  }
  return errors;
}
