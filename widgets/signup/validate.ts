import type { PublicEvent } from "../../schema/contracts/events.js";
import { signUpBodySchema } from "../../schema/contracts/registrations.js";
import { partyProblem } from "../../schema/rules/party.js";
import { wordIssues } from "../shared/answer-issues.js";
import { contractIssues } from "../shared/contract-issues.js";
import type { Answers, FieldErrors } from "./answers.js";
import { known, toBody } from "./answers.js";

/**
 * The API's own rules (the sign-up contract, checked here first so people get answers in their
 * language), then what only this event can say: the time is one of its times and the party fits.
 * The answers to the organisers' questions are checked with the questions' own code
 * (`QuestionsController`), which only a form that asks some loads.
 */
export function validate(answers: Answers, event: PublicEvent): FieldErrors {
  const body = { ...toBody(answers, "en", "", 0), consent: answers.consent };
  const errors: FieldErrors = wordIssues(
    contractIssues(signUpBodySchema, body),
    known,
    "errorTooLong",
  );
  const slot = event.slots.find((candidate) => candidate.id === answers.slotId);
  if (!slot) errors.slotId = "errorSlot";
  if (!errors.adults && !errors.children) {
    const problem = partyProblem(body.adults, body.children ?? 0, slot?.capacity ?? null);
    if (problem === "empty") errors.adults = "errorPeople";
    if (problem === "too_large") errors.adults = "errorPartyTooLarge";
  }
  return errors;
}
