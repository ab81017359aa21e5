import type { AnswerValue, PublicQuestion } from "../../schema/contracts/questions.js";
import { checkAnswer } from "../../schema/rules/question-answers.js";
import type { MessageKey } from "../i18n/messages.js";
import type { AnswerField } from "./question-answers.js";
import { answerField, answerProblemKey } from "./question-answers.js";

/**
 * The rule the server applies to each answer, in the words the form shows. Apart from the rest of
 * the questions' code so the sign-up form loads it with its other checks, once someone answers.
 */
export function checkQuestionAnswers(
  questions: readonly PublicQuestion[],
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
