import type { AdminQuestion } from "./questions.js";
import { questionListSchemaFor } from "./questions.js";

/** Whom a season's own question is for (null: mentors and learners alike). */
export const seasonQuestionAudiences = ["mentor", "learner"] as const;
export type SeasonQuestionAudience = (typeof seasonQuestionAudiences)[number];

/**
 * A season's own question on its intake form, as the coordinator wrote it (every language): the
 * same kinds, choices, `required` and `sensitive` as an event's questions, for mentors, learners
 * or both.
 */
export interface SeasonQuestion extends Omit<AdminQuestion, "audience"> {
  audience: SeasonQuestionAudience | null;
}

/** The same question as the intake form shows it (its schema is in `mentoring-responses.ts`). */
export type { PublicSeasonQuestion } from "./mentoring-responses.js";

/** The season's questions as the dashboard sends them (in the season's body), in order. */
export const seasonQuestionsInputSchema = questionListSchemaFor(seasonQuestionAudiences);
