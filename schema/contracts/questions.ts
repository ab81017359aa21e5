import * as v from "valibot";
import { localeSchema } from "./locale-text.js";
import type { LocaleText } from "./locale-text.js";
import { singleLineText } from "./text-fields.js";

/** The kinds of question an organiser can add to an event's sign-up form. */
export const questionKinds = [
  "short_text",
  "long_text",
  "one_choice",
  "many_choices",
  "yes_no",
  "number",
] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** The places a question can be limited to (null: everyone who signs up for the event). */
export const questionAudiences = ["attendee", "visitor", "host", "interpreter"] as const;

/** At most this many questions per event, and choices per question. */
export const maxQuestions = 20;
export const maxChoices = 20;

const labelPerLocale = /* @__NO_SIDE_EFFECTS__ */ (max: number, missing: string) =>
  v.pipe(
    v.record(localeSchema, singleLineText(max)),
    v.check((text) => Object.values(text).some((value) => value.length > 0), missing),
  );

const choiceInputSchema = v.object({
  id: v.optional(v.pipe(v.string(), v.maxLength(64))),
  label: labelPerLocale(100, "Write the choice in at least one language."),
});

/**
 * One question as an editor sends it, asking everyone (null) or one of `audiences`: an event's
 * places (`PUT …/events/:eventId/questions`) or a mentoring season's sides.
 */
/* @__NO_SIDE_EFFECTS__ */
export function questionInputSchemaFor<const A extends readonly [string, ...string[]]>(
  audiences: A,
) {
  return v.pipe(
    v.object({
      id: v.optional(v.pipe(v.string(), v.maxLength(64))),
      kind: v.picklist(questionKinds, "Choose what kind of answer the question takes."),
      label: labelPerLocale(200, "Write the question in at least one language."),
      choices: v.optional(
        v.pipe(
          v.array(choiceInputSchema),
          v.maxLength(maxChoices, `Use ${maxChoices} choices or fewer.`),
        ),
        [],
      ),
      required: v.optional(v.boolean(), false),
      sensitive: v.optional(v.boolean(), false),
      audience: v.optional(
        v.nullable(v.picklist(audiences, "Choose who the question is for.")),
        null,
      ),
    }),
    v.forward(
      v.check(
        (question) =>
          isChoiceKind(question.kind)
            ? question.choices.length >= 2
            : question.choices.length === 0,
        "Give at least two choices; only choice questions have choices.",
      ),
      ["choices"],
    ),
  );
}

/** A whole list of questions, in order: `maxQuestions` at most. */
/* @__NO_SIDE_EFFECTS__ */
export function questionListSchemaFor<const A extends readonly [string, ...string[]]>(
  audiences: A,
) {
  return v.pipe(
    v.array(questionInputSchemaFor(audiences)),
    v.maxLength(maxQuestions, `Use ${maxQuestions} questions or fewer.`),
  );
}

export const questionInputSchema = questionInputSchemaFor(questionAudiences);

export const questionsInputSchema = v.object({
  questions: questionListSchemaFor(questionAudiences),
});

export type QuestionInput = v.InferInput<typeof questionInputSchema>;
export type QuestionsInput = v.InferInput<typeof questionsInputSchema>;

export function isChoiceKind(kind: QuestionKind): boolean {
  return kind === "one_choice" || kind === "many_choices";
}

/** A question as organisers see it: every language. */
export interface AdminQuestion {
  id: string;
  kind: QuestionKind;
  label: LocaleText;
  choices: { id: string; label: LocaleText }[];
  required: boolean;
  sensitive: boolean;
  audience: (typeof questionAudiences)[number] | null;
}

export interface QuestionsResponse {
  questions: AdminQuestion[];
}

/** A question as a sign-up form shows it (the answers' schemas are in `events-responses.ts`). */
export type { PublicQuestion } from "./events-responses.js";

/** An answer as sent: text, a choice id, choice ids, yes/no or a number. */
export type AnswerValue = string | string[] | boolean | number;

/** The answers of a sign-up, by question id. Checked against the event's questions. */
export const answersSchema = v.optional(
  v.pipe(
    v.record(
      v.pipe(v.string(), v.maxLength(64)),
      v.union(
        [
          v.string(),
          v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(maxChoices)),
          v.boolean(),
          v.number(),
        ],
        "Answer with text, a choice, yes or no, or a number.",
      ),
    ),
    v.check(
      (answers) => Object.keys(answers).length <= maxQuestions,
      `Send ${maxQuestions} answers or fewer.`,
    ),
  ),
  {},
);
