/**
 * The organisers' questions as a form names them (which ones it asks is a rule of its own,
 * `schema/rules/questions-asked.ts`): needed by every form, also one for an event that asks none, so kept apart from the questions' own code (drawing,
 * reading and checking them), which loads only for an event that asks some.
 */
import type { PublicQuestion } from "../../schema/contracts/questions.js";

/**
 * A question as a form draws, reads and checks it: an event's, or a mentoring season's (whose
 * audiences are mentors and learners) — whom it asks is decided before.
 */
export type ShownQuestion = Omit<PublicQuestion, "audience">;

/** The organisers' own questions, named on the form (and in the API's errors) by their path. */
export type AnswerField = `answers.${string}`;

export const answerField = (question: Pick<PublicQuestion, "id">): AnswerField =>
  `answers.${question.id}`;
