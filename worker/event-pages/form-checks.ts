import * as v from "valibot";
import type { ErrorEnvelope, FieldCode, FieldIssue } from "../../schema/contracts/errors.js";
import type { PublicQuestion } from "../../schema/contracts/questions.js";
import type { SignUpBody } from "../../schema/contracts/registrations.js";
import { signUpBodySchema } from "../../schema/contracts/registrations.js";
import type { PublicSlot } from "../../schema/contracts/events.js";
import { partyProblem } from "../../schema/rules/party.js";
import { checkAnswer } from "../../schema/rules/question-answers.js";
import { answerFieldName } from "./form-values.js";

/** Valibot's issue types the page words apart from a field's own words. */
const issueCodes: Partial<Record<string, FieldCode>> = {
  max_length: "too_long",
  control_characters: "control_characters",
};

/**
 * Everything wrong with the answers at once, by the rules the API applies — its contract, the
 * party against the chosen time, each organiser's question — as the widget checks before sending
 * (`widgets/signup/validate.ts`): the API stops at the contract's problems before it reads the
 * questions, and a person should not fix a form twice. Null when the API may have the form.
 */
export function checkForm(
  body: SignUpBody,
  slots: readonly PublicSlot[],
  questions: readonly PublicQuestion[],
  /** What a form's own rules found (a visit's pick-up point), said with the contract's. */
  own: Readonly<Record<string, FieldIssue>> = {},
): ErrorEnvelope["error"] | null {
  const fieldCodes: Record<string, FieldIssue> = { ...own };
  const result = v.safeParse(signUpBodySchema, body, { abortPipeEarly: true });
  for (const issue of result.issues ?? []) {
    const path = v.getDotPath(issue) ?? "";
    fieldCodes[path] ??= {
      code:
        issue.input === null || issue.input === undefined
          ? "required"
          : (issueCodes[issue.type] ?? "invalid"),
    };
  }
  const slot = slots.find((candidate) => candidate.id === body.slotId);
  if (!slot) fieldCodes.slotId ??= { code: "slot_unknown" };
  if (!fieldCodes.adults && !fieldCodes.children) {
    const party = partyProblem(body.adults, body.children ?? 0, slot?.capacity ?? null);
    if (party) fieldCodes.adults = { code: party === "empty" ? "party_empty" : "party_too_large" };
  }
  for (const question of questions) {
    const checked = checkAnswer(question, body.answers?.[question.id]);
    if ("problem" in checked) fieldCodes[answerFieldName(question)] ??= { code: checked.problem };
  }
  const paths = Object.keys(fieldCodes);
  if (paths.length === 0) return null;
  return {
    code: "validation_failed",
    message: "Some answers need a fix.",
    fields: Object.fromEntries(paths.map((path) => [path, ""])),
    fieldCodes,
  };
}
