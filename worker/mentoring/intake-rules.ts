import type { ValidIntake } from "../../schema/contracts/mentoring.js";
import type { AnswerValue } from "../../schema/contracts/questions.js";
import { levelInRange } from "../../schema/rules/mentoring/levels.js";
import type { FieldProblems } from "../http/errors.js";
import { ApiError, problem } from "../http/errors.js";
import { questionAnswerProblems } from "../questions/check-answers.js";
import type { SeasonRow } from "./season-queries.js";

type IntakeAnswers = Pick<ValidIntake, "modes" | "region" | "level" | "capacity"> & {
  role: "mentor" | "learner";
  /** Answers to the season's own questions; left out (a change that keeps them), not checked. */
  answers?: Record<string, AnswerValue> | undefined;
};

/**
 * What the contract cannot know: the season's own limits. A learner outside the season's levels,
 * a way to meet it does not offer, in person without a region, more learners than a mentor may
 * take, and the answers to the season's own questions for the person's role (required ones given,
 * each fitting its question, none to a question not asked) — each named on its field (422,
 * `answers.<questionId>` for the questions), all at once. Returns the answers to keep.
 */
export function checkIntakeAgainstSeason(
  answers: IntakeAnswers,
  season: SeasonRow,
): Record<string, AnswerValue> | undefined {
  const asked = answers.answers
    ? questionAnswerProblems(season.questions, answers.role, answers.answers)
    : undefined;
  const problems: FieldProblems = { ...asked?.problems };
  const notOffered = answers.modes.filter((mode) => !season.modes.includes(mode));
  if (notOffered.length > 0) {
    problems.modes = problem(
      "mode_not_offered",
      `This season's pairs meet ${season.modes.join(", ")} only.`,
      { modes: season.modes.join(", ") },
    );
  }
  if (answers.modes.includes("in_person") && !answers.region?.trim()) {
    problems.region = problem("region_required", "Say where you can meet in person.");
  }
  const range = { min: season.learnerLevelMin, max: season.learnerLevelMax };
  if (answers.role === "learner" && !levelInRange(answers.level, range)) {
    problems.level = problem(
      "level_out_of_range",
      `This season is for learners from ${range.min} to ${range.max}.`,
      range,
    );
  }
  if (answers.role === "mentor" && answers.capacity > season.maxLearnersPerMentor) {
    problems.capacity = problem(
      "too_large",
      `A mentor takes ${season.maxLearnersPerMentor} learners at most this season.`,
      { max: season.maxLearnersPerMentor },
    );
  }
  if (Object.keys(problems).length > 0) {
    throw new ApiError(422, "validation_failed", "Some answers do not fit this season.", problems);
  }
  return asked?.kept;
}

export const intakeClosed = (season: SeasonRow) =>
  new ApiError(
    409,
    "signup_closed",
    `Sign-ups for this season closed on ${new Date(season.intakeClosesAt).toISOString().slice(0, 10)}.`,
  );
