import { ApiError } from "../shared/api-client.js";
import { errorMessage, errorText } from "../shared/error-message.js";
import type { LocalizeController } from "../shared/localize.js";
import type { DraftErrors } from "./draft.js";
import { fromServerFields } from "./draft-input.js";
import type { StepId } from "../../schema/rules/cook-steps.js";
import { stepInfo, steps } from "../../schema/rules/cook-steps.js";
import { firstStepNeeding } from "../../schema/rules/cook-steps.js";

/** What a refused save or submit means for the form, and the words that say so. */
export interface CookRefusal {
  alert: string;
  /** Applications closed: the answers stay, but can no longer change. */
  closed?: boolean;
  /** The step whose answers the server refused, with the refusals beside its fields. */
  step?: { id: StepId; errors: DraftErrors };
}

export function cookRefusalOf(error: ApiError, localize: LocalizeController): CookRefusal {
  if (error.code === "signup_closed") return { alert: localize.t("cookErrorClosed"), closed: true };
  const step = firstStepNeeding(Object.keys(error.fields));
  if (error.status === 422 && step) {
    return {
      alert: localize.t("cookNeedsAttention", {
        step: localize.number(steps.indexOf(step) + 1),
        total: localize.number(steps.length),
        section: localize.t(stepInfo[step].title),
      }),
      step: { id: step, errors: fromServerFields(error.fields) },
    };
  }
  return { alert: errorText(localize, errorMessage(error)) };
}
