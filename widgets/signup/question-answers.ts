/**
 * The answers to the organisers' own questions: read from the form, checked with the rule the
 * server applies, the server's refusals worded. A chunk of its own, loaded once someone starts
 * answering a form that asks questions (`QuestionsController`).
 */
import { toLatinDigits } from "../../i18n/digits.js";
import type { FieldCode, FieldIssue } from "../../schema/contracts/errors.js";
import type { AnswerValue } from "../../schema/contracts/questions.js";
import { checkAnswer } from "../../schema/rules/question-answers.js";
import type { MessageKey } from "../i18n/messages.js";
import type { AnswerField, ShownQuestion } from "./asked-questions.js";
import { answerField } from "./asked-questions.js";

/** A number as people type it: their own digits, a comma or a point before the decimals. */
function numberOf(text: string): number {
  return Number(toLatinDigits(text).replace(",", "."));
}

/**
 * The answers by question id from the controls' values (`valuesOf` a control's name: what
 * `FormData.getAll` gives); unanswered questions are left out.
 */
export function answersOf(
  questions: readonly ShownQuestion[],
  valuesOf: (name: string) => readonly string[],
): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (const question of questions) {
    const name = answerField(question);
    if (question.kind === "many_choices") {
      const chosen = [...valuesOf(name)];
      if (chosen.length > 0) answers[question.id] = chosen;
      continue;
    }
    const text = (valuesOf(name)[0] ?? "").trim();
    if (!text) continue;
    if (question.kind === "yes_no") answers[question.id] = text === "yes";
    else if (question.kind === "number") answers[question.id] = numberOf(text);
    else answers[question.id] = text;
  }
  return answers;
}

/** The answers on the form, by question id; unanswered questions are left out. */
export function readQuestionAnswers(
  form: HTMLFormElement,
  questions: readonly ShownQuestion[],
): Record<string, AnswerValue> {
  const data = new FormData(form);
  return answersOf(questions, (name) => data.getAll(name).map(String));
}

/** What is wrong with an answer, in the words the form shows beside the question. */
export function answerProblemKey(question: ShownQuestion, code: FieldCode): MessageKey {
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

/** The rule the server applies to each answer, in the words the form shows. */
export function checkQuestionAnswers(
  questions: readonly ShownQuestion[],
  answers: Readonly<Record<string, AnswerValue>>,
): Partial<Record<AnswerField, MessageKey>> {
  const errors: Partial<Record<AnswerField, MessageKey>> = {};
  for (const question of questions) {
    const result = checkAnswer(question, answers[question.id]);
    if ("problem" in result) {
      errors[answerField(question)] = answerProblemKey(question, result.problem);
    }
  }
  return errors;
}

/** The answers the server refused (`answers.<id>`), worded for the questions they belong to. */
export function serverAnswerErrors(
  fields: Readonly<Record<string, string>>,
  fieldCodes: Readonly<Record<string, FieldIssue>>,
  questions: readonly ShownQuestion[],
): Partial<Record<AnswerField, MessageKey>> {
  const errors: Partial<Record<AnswerField, MessageKey>> = {};
  for (const question of questions) {
    const path = answerField(question);
    if (!(path in fields) && !(path in fieldCodes)) continue;
    errors[path] = answerProblemKey(question, fieldCodes[path]?.code ?? "invalid");
  }
  return errors;
}
