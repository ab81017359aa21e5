import { applicationInputSchema } from "../../schema/contracts/festivals.js";
import type { Draft } from "../../schema/rules/cook-draft.js";
import { messageForField } from "../../schema/rules/cook-field-errors.js";
import { toInput, unreadableDishFields } from "../../schema/rules/cook-draft.js";
import { contractIssues } from "../shared/contract-issues.js";
import type { DraftErrors } from "./draft.js";

/** Which of the contract's field paths each step asks for. */
const stepFields: Readonly<Record<string, (path: string) => boolean>> = {
  name: (path) => path === "displayName" || path === "consent",
  contact: (path) => path === "email" || path === "phone",
  cuisine: (path) => path === "cuisine",
  dishes: (path) => path.startsWith("dishes."),
  hygiene: (path) => path === "hygieneExpiresOn",
  public: (path) => path === "story",
};

/*
 * What a step's own answers must get right before it can be saved: the API's own contract (the
 * application schema), then what only the form can tell, a price or a number of portions that is
 * not one. Whether the application is complete is the submit endpoint's call. Loaded once someone
 * starts answering: showing a step needs neither valibot nor the schema.
 */
export function checkStep(step: string, draft: Draft): DraftErrors {
  const inStep = stepFields[step];
  if (!inStep) return {};
  const errors: DraftErrors = {};
  const input = { ...toInput(draft, "en"), consent: draft.consent };
  for (const { path, type } of contractIssues(applicationInputSchema, input)) {
    if (inStep(path))
      errors[path] ??= type === "max_length" ? "errorTooLong" : messageForField(path);
  }
  if (step === "dishes") {
    for (const path of unreadableDishFields(draft)) errors[path] = messageForField(path);
  }
  return errors;
}
