import type { MentoringRole } from "../../schema/contracts/mentoring.js";
import type { PublicSeasonQuestion } from "../../schema/contracts/mentoring-questions.js";

/**
 * The season's own questions a person answers: those for everyone and those for their role. Before
 * the role is chosen, every question (so the count of steps only shrinks once it is).
 */
export function questionsForRole<Q extends Pick<PublicSeasonQuestion, "audience">>(
  questions: readonly Q[],
  role: MentoringRole | "",
): Q[] {
  return questions.filter(
    (question) => question.audience === null || role === "" || question.audience === role,
  );
}
