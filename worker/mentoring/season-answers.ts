import type { SeasonQuestion } from "../../schema/contracts/mentoring-questions.js";
import type { AnswerValue } from "../../schema/contracts/questions.js";
import { questionAnswerProblems } from "../questions/check-answers.js";

/**
 * A person's stored answers that the season still asks their role, as a view shows them: the
 * coordinator may remove a question, change its kind or choices, or ask the other side after
 * people answered; what no longer fits is left out (and erased with the person).
 */
export function answersStillAsked(
  questions: readonly SeasonQuestion[],
  role: "mentor" | "learner",
  answers: Readonly<Record<string, AnswerValue>>,
): Record<string, AnswerValue> {
  return questionAnswerProblems(questions, role, { ...answers }, { required: false }).kept;
}
