import type { PublicEvent } from "../contracts/events.js";
import type { PublicQuestion } from "../contracts/questions.js";

/**
 * The organisers' questions a sign-up form asks for the chosen time, in order: those for everyone
 * and those for its audience. Before a time is chosen, the audience all the times share (an
 * ordinary event's "attendee"). The widget's form and the worker's first screen of it both ask
 * with this rule.
 */
export function questionsFor(
  event: Pick<PublicEvent, "slots" | "questions">,
  slotId: string | undefined,
): PublicQuestion[] {
  const chosen = event.slots.find((slot) => slot.id === slotId);
  const audiences = new Set((chosen ? [chosen] : event.slots).map((slot) => slot.audience));
  const [audience] = audiences;
  return event.questions.filter(
    (question) =>
      question.audience === null || (audiences.size === 1 && question.audience === audience),
  );
}
