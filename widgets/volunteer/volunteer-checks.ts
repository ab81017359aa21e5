import type { Requirement } from "../../schema/contracts/volunteers.js";
import { volunteerSignUpSchema } from "../../schema/contracts/volunteers.js";
import { wordIssues } from "../shared/answer-issues.js";
import { contractIssues } from "../shared/contract-issues.js";
import type { VolunteerErrors } from "./volunteer-form.js";
import { aboutYou, known } from "./about-you.js";
import { declarations } from "./volunteer-form.js";

/**
 * The API's own rules (the volunteer sign-up contract, checked here first so people get answers
 * in their language), then what the chosen roles ask: each declaration they need, and an age.
 * Loaded once someone starts answering: showing the form needs neither valibot nor the schema.
 */
export function checkAboutYou(
  form: HTMLFormElement,
  needs: ReadonlySet<Requirement>,
): VolunteerErrors {
  const data = new FormData(form);
  // The shifts are checked on their own list; one stands in for them here.
  const body = {
    ...aboutYou(form, needs),
    locale: "en",
    shiftIds: ["-"],
    consent: data.get("consent") === "yes",
  };
  const errors = wordIssues(contractIssues(volunteerSignUpSchema, body), known, "errorTooLong");
  for (const [requirement, field] of declarations) {
    if (needs.has(requirement) && data.get(field) !== "yes")
      errors[field] = "volunteerErrorDeclare";
  }
  if (needs.has("min_age") && String(data.get("age") ?? "").trim() === "") {
    errors.age = "volunteerErrorAge";
  }
  return errors;
}
