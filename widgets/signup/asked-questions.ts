/**
 * Which of the organisers' questions a form asks, and their names on it: needed by every form,
 * also one for an event that asks none, so kept apart from the questions' own code (drawing,
 * reading and checking them), which loads only for an event that asks some.
 */
import type { PublicEvent } from "../../schema/contracts/events.js";
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
