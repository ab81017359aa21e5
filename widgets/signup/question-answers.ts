import { toLatinDigits } from "../../i18n/digits.js";
import type { FieldCode, FieldIssue } from "../../schema/contracts/errors.js";
import type { PublicEvent } from "../../schema/contracts/events.js";
import type { AnswerValue, PublicQuestion } from "../../schema/contracts/questions.js";
import type { MessageKey } from "../i18n/messages.js";

/** The organisers' own questions, named on the form (and in the API's errors) by their path. */
export type AnswerField = `answers.${string}`;

export const answerField = (question: Pick<PublicQuestion, "id">): AnswerField =>
  `answers.${question.id}`;

/**
 * The questions the chosen time asks, in order: those for everyone and those for its audience.
 * Before a time is chosen, the audience all the times share (an ordinary event's "attendee").
 */
export function questionsFor(event: PublicEvent, slotId: string | undefined): PublicQuestion[] {
  const chosen = event.slots.find((slot) => slot.id === slotId);
  const audiences = new Set((chosen ? [chosen] : event.slots).map((slot) => slot.audience));
  const [audience] = audiences;
  return event.questions.filter(
    (question) =>
      question.audience === null || (audiences.size === 1 && question.audience === audience),
  );
}

/** A number as people type it: their own digits, a comma or a point before the decimals. */
function numberOf(text: string): number {
  return Number(toLatinDigits(text).replace(",", "."));
}

/** The answers on the form, by question id; unanswered questions are left out. */
export function readQuestionAnswers(
  form: HTMLFormElement,
  questions: readonly PublicQuestion[],
): Record<string, AnswerValue> {
  const data = new FormData(form);
  const answers: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const name = answerField(question);
    if (question.kind === "many_choices") {
      const chosen = data.getAll(name).map(String);
      if (chosen.length > 0) answers[question.id] = chosen;
      continue;
    }
    const text = String(data.get(name) ?? "").trim();
    if (!text) continue;
    if (question.kind === "yes_no") answers[question.id] = text === "yes";
    else if (question.kind === "number") answers[question.id] = numberOf(text);
    else answers[question.id] = text;
  }
  return answers;
}

/** What is wrong with an answer, in the words the form shows beside the question. */
export function answerProblemKey(question: PublicQuestion, code: FieldCode): MessageKey {
  switch (code) {
    case "required":
      return "questionErrorRequired";
    case "too_long":
      return "errorTooLong";
    case "control_characters":
      return "questionErrorCharacters";
    case "invalid_choice":
      return "questionErrorChoice";
    default:
      return question.kind === "number" ? "questionErrorNumber" : "questionErrorCheck";
  }
}

/** The answers the server refused (`answers.<id>`), worded for the questions they belong to. */
export function serverAnswerErrors(
  fields: Readonly<Record<string, string>>,
  fieldCodes: Readonly<Record<string, FieldIssue>>,
  questions: readonly PublicQuestion[],
): Partial<Record<AnswerField, MessageKey>> {
  const errors: Partial<Record<AnswerField, MessageKey>> = {};
  for (const question of questions) {
    const path = answerField(question);
    if (!(path in fields) && !(path in fieldCodes)) continue;
    errors[path] = answerProblemKey(question, fieldCodes[path]?.code ?? "invalid");
  }
  return errors;
}
