import type { FieldCode } from "../contracts/errors.js";
import type { AnswerValue, QuestionKind } from "../contracts/questions.js";
import { hasForbiddenCharacters, withoutBidiControls } from "../contracts/text-rules.js";

/** The longest answer to a short and to a long text question. */
export const answerMaxLength = { short_text: 200, long_text: 2000 } as const;

/** What a question needs to check an answer: the widgets' form and the worker share this. */
export interface AnswerableQuestion {
  kind: QuestionKind;
  required: boolean;
  choices: { id: string }[];
}

const isEmpty = (value: AnswerValue | undefined) =>
  value === undefined ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0);

/**
 * The answer to keep (trimmed text, choices in the question's order), null for no answer, or
 * what is wrong with it as a field code (`required`, `too_long`, `invalid_choice`, …).
 */
export function checkAnswer(
  question: AnswerableQuestion,
  value: AnswerValue | undefined,
): { answer: AnswerValue | null } | { problem: FieldCode } {
  if (isEmpty(value)) return question.required ? { problem: "required" } : { answer: null };
  const choiceIds = new Set(question.choices.map((choice) => choice.id));
  switch (question.kind) {
    case "short_text":
    case "long_text": {
      if (typeof value !== "string") return { problem: "invalid" };
      const text = withoutBidiControls(value).trim();
      const lines = question.kind === "short_text" ? "single-line" : "multi-line";
      if (hasForbiddenCharacters(text, lines)) return { problem: "control_characters" };
      if (text.length > answerMaxLength[question.kind]) return { problem: "too_long" };
      return { answer: text };
    }
    case "one_choice":
      return typeof value === "string" && choiceIds.has(value)
        ? { answer: value }
        : { problem: "invalid_choice" };
    case "many_choices": {
      if (!Array.isArray(value) || !value.every((id) => choiceIds.has(id))) {
        return { problem: "invalid_choice" };
      }
      const chosen = new Set(value);
      return { answer: question.choices.map((c) => c.id).filter((id) => chosen.has(id)) };
    }
    case "yes_no":
      return typeof value === "boolean" ? { answer: value } : { problem: "invalid" };
    case "number":
      return typeof value === "number" && Number.isFinite(value) && Math.abs(value) <= 1e9
        ? { answer: value }
        : { problem: "invalid" };
  }
}
