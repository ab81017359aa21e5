import type { FieldCode } from "../../schema/contracts/errors.js";
import type { AdminQuestion, AnswerValue } from "../../schema/contracts/questions.js";
import { answerMaxLength, checkAnswer } from "../../schema/rules/question-answers.js";
import type { FieldProblems } from "../http/errors.js";
import { ApiError, problem } from "../http/errors.js";

/** What each problem says (for developers; the widgets word the code in the reader's language). */
function describe(code: FieldCode, max: number | undefined): string {
  switch (code) {
    case "required":
      return "Answer this question.";
    case "too_long":
      return `Use ${max} characters or fewer.`;
    case "control_characters":
      return "Remove the hidden characters; they can come with copied text.";
    case "invalid_choice":
      return "Choose from the answers given.";
    default:
      return "Give the kind of answer the question asks for.";
  }
}

/** A question as asking needs it: an event's (its places) or a season's (mentors, learners). */
export type AskedQuestion = Omit<AdminQuestion, "audience"> & { audience: string | null };

/**
 * The answers to keep, checked against the questions that apply to `audience` (an event's time's
 * audience, a mentoring season's role): each answer by the shared rule (`checkAnswer`), required
 * ones present, and nothing else answered; each problem named `answers.<questionId>`.
 * `required: false` (an organiser adding someone, who may not know every answer) checks what is
 * given but asks for nothing.
 */
export function questionAnswerProblems(
  questions: readonly AskedQuestion[],
  audience: string,
  answers: Record<string, AnswerValue>,
  options: { required: boolean } = { required: true },
): { kept: Record<string, AnswerValue>; problems: FieldProblems } {
  const applies = questions.filter(
    (question) => question.audience === null || question.audience === audience,
  );
  const problems: FieldProblems = {};
  const kept: Record<string, AnswerValue> = {};
  for (const id of Object.keys(answers)) {
    if (!applies.some((question) => question.id === id)) {
      problems[`answers.${id}`] = problem(
        "invalid",
        "This question is not on this form (any more). Reload the page.",
      );
    }
  }
  for (const question of applies) {
    if (!options.required && answers[question.id] === undefined) continue;
    const checked = checkAnswer(question, answers[question.id]);
    if ("problem" in checked) {
      const max = answerMaxLength[question.kind as keyof typeof answerMaxLength];
      const params = checked.problem === "too_long" ? { max } : undefined;
      problems[`answers.${question.id}`] = problem(
        checked.problem,
        describe(checked.problem, max),
        params,
      );
    } else if (checked.answer !== null) {
      kept[question.id] = checked.answer;
    }
  }
  return { kept, problems };
}

/** The answers to keep (`questionAnswerProblems`), or 422 naming each `answers.<questionId>`. */
export function checkQuestionAnswers(
  questions: readonly AskedQuestion[],
  audience: string,
  answers: Record<string, AnswerValue>,
  options: { required: boolean } = { required: true },
): Record<string, AnswerValue> {
  const { kept, problems } = questionAnswerProblems(questions, audience, answers, options);
  if (Object.keys(problems).length > 0) {
    throw new ApiError(422, "validation_failed", "Check your answers to the questions.", problems);
  }
  return kept;
}
