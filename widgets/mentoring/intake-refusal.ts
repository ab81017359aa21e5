import type { PublicSeason } from "../../schema/contracts/mentoring.js";
import type { ApiError } from "../shared/api-client.js";
import { errorMessage, errorText } from "../shared/error-message.js";
import { serverAnswerErrors } from "../signup/question-answers.js";
import type { LocalizeController } from "../shared/localize.js";
import { wordIssue } from "./intake-errors.js";
import type { IntakeErrors } from "./intake-steps.js";
import { fieldOfPath } from "./intake-steps.js";

/** What a refused sign-up or change means for the form, and the words that say so. */
export interface IntakeRefusal {
  alert: string;
  /** Beside the refused fields; the form goes back to the first step with one. */
  errors: IntakeErrors;
  /** The intake closed meanwhile: nothing more can be sent. */
  closed: boolean;
}

/**
 * The server's field codes beside their fields, in the reader's language; the answers to the
 * season's own questions in the sign-up form's words.
 */
function fieldErrors(error: ApiError, season: PublicSeason, localize: LocalizeController) {
  const errors: IntakeErrors = {};
  const answers = serverAnswerErrors(error.fields, error.fieldCodes, season.questions);
  for (const [path, key] of Object.entries(answers)) {
    if (key) errors[path as `answers.${string}`] = localize.t(key);
  }
  for (const path of new Set([...Object.keys(error.fieldCodes), ...Object.keys(error.fields)])) {
    const field = fieldOfPath(path);
    if (!field || field === "answers" || errors[field]) continue;
    const issue = error.fieldCodes[path];
    errors[field] = wordIssue(localize, season, field, issue ?? {});
  }
  return errors;
}

export function intakeRefusalOf(
  error: ApiError,
  season: PublicSeason,
  localize: LocalizeController,
): IntakeRefusal {
  const refusal = (alert: string, closed = false): IntakeRefusal => ({
    alert,
    errors: {},
    closed,
  });
  switch (error.code) {
    case "signup_closed":
      return refusal(localize.t("mentoringClosed"), true);
    case "forbidden_origin":
      return refusal(localize.t("mentoringErrorForbidden"));
    case "not_found":
      return refusal(localize.t("mentoringErrorNotFound"));
  }
  if (error.status !== 422) return refusal(errorText(localize, errorMessage(error)));
  if ("fillMs" in error.fields) return refusal(localize.t("errorTooFast"));
  const errors = fieldErrors(error, season, localize);
  return Object.keys(errors).length > 0
    ? { alert: localize.t("formHasErrors"), errors, closed: false }
    : refusal(errorText(localize, errorMessage(error)));
}
