import type { TemplateResult } from "lit";
import { nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { repeat } from "lit/directives/repeat.js";
import { toLatinDigits } from "../../../i18n/digits.js";
import type { AdminSlot } from "../../../schema/contracts/admin/events.js";
import type { FieldCode, FieldIssue } from "../../../schema/contracts/errors.js";
import type { AdminQuestion, AnswerValue } from "../../../schema/contracts/questions.js";
import { answerMaxLength, checkAnswer } from "../../../schema/rules/question-answers.js";
import { html } from "../../shared/fallback-text.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { FieldErrors } from "../shared/errors.js";
import { fieldIssueText } from "../shared/errors.js";
import { idFor } from "../shared/field.js";
import { localeText, sensitiveTag } from "./roster-answers.js";

// The event's own questions in "Add someone": asked as the sign-up form asks them, but nothing is
// required of the organiser, who may not know every answer at the door.

/** A question's control, and its error in the API's answers (`answers.<questionId>`). */
export const answerField = (question: Pick<AdminQuestion, "id">) => `answers.${question.id}`;

/** The questions the chosen time asks, in order: those for everyone and those for its audience. */
export function questionsForSlot(
  questions: readonly AdminQuestion[],
  slot: AdminSlot | undefined,
): AdminQuestion[] {
  return questions.filter(
    (question) => question.audience === null || question.audience === slot?.audience,
  );
}

/** A number as people type it: their own digits, a comma or a point before the decimals. */
const numberOf = (text: string) => Number(toLatinDigits(text).replace(",", "."));

function valueOf(question: AdminQuestion, data: FormData): AnswerValue | undefined {
  const name = answerField(question);
  if (question.kind === "many_choices") return data.getAll(name).map(String);
  const text = String(data.get(name) ?? "").trim();
  if (!text) return undefined;
  if (question.kind === "yes_no") return text === "yes";
  if (question.kind === "number") return numberOf(text);
  return text;
}

function issueOf(question: AdminQuestion, code: FieldCode): FieldIssue {
  const { kind } = question;
  return code === "too_long" && (kind === "short_text" || kind === "long_text")
    ? { code, params: { max: answerMaxLength[kind] } }
    : { code };
}

/**
 * The answers on the form, checked with the sign-up's own rule (by question id, unanswered ones
 * left out), and what is wrong with any of them by field path.
 */
export function readAnswers(
  form: HTMLFormElement,
  questions: readonly AdminQuestion[],
  localize: AdminLocalizeController,
): { answers: Record<string, AnswerValue>; errors: Record<string, string> } {
  const data = new FormData(form);
  const answers: Record<string, AnswerValue> = {};
  const errors: Record<string, string> = {};
  for (const question of questions) {
    const checked = checkAnswer({ ...question, required: false }, valueOf(question, data));
    if ("problem" in checked) {
      errors[answerField(question)] = fieldIssueText(issueOf(question, checked.problem), localize);
    } else if (checked.answer !== null) {
      answers[question.id] = checked.answer;
    }
  }
  return { answers, errors };
}

export interface QuestionsContext {
  localize: AdminLocalizeController;
  /** The dashboard's language first: the organiser's words are picked in this order. */
  locales: readonly string[];
  errors: FieldErrors;
}

/** One question as drawn: its control's name and id, its error, and what describes it. */
interface Shown {
  question: AdminQuestion;
  name: string;
  id: string;
  error: string | undefined;
  describedBy: string | undefined;
}

/** The organiser's words, "(optional)" in the dashboard's, and the sensitive tag. */
function renderLabel({ question }: Shown, { localize, locales }: QuestionsContext) {
  return html`${localeText(question.label, locales)}${
    question.required ? nothing : html` ${localize.t("questionOptionalMark")}`
  }${question.sensitive ? html` ${sensitiveTag(localize)}` : nothing}`;
}

/** A required question says so, and that the organiser may leave it all the same. */
function renderHint({ question, id }: Shown, { localize }: QuestionsContext) {
  return question.required
    ? html`<p id="${id}-hint" class="hint muted">${localize.t("questionRequiredOnBehalf")}</p>`
    : nothing;
}

function renderError({ id, error }: Shown) {
  return error ? html`<p id="${id}-error" class="error">${error}</p>` : nothing;
}

/** Short and long text, and numbers (typed as text, so any digits and a decimal comma work). */
function renderTyped(shown: Shown, context: QuestionsContext) {
  const { question, name, id, error, describedBy } = shown;
  const control =
    question.kind === "long_text"
      ? html`<textarea
          id=${id}
          name=${name}
          rows="3"
          dir="auto"
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${error ? "true" : "false"}
        ></textarea>`
      : html`<input
          id=${id}
          name=${name}
          type="text"
          dir=${question.kind === "number" ? "ltr" : "auto"}
          inputmode=${ifDefined(question.kind === "number" ? "decimal" : undefined)}
          autocomplete="off"
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${error ? "true" : "false"}
        />`;
  return html`<div class="field">
    <label for=${id}>${renderLabel(shown, context)}</label>
    ${renderHint(shown, context)} ${control} ${renderError(shown)}
  </div>`;
}

/**
 * One choice, several choices, or yes and no. A single answer starts at "Not answered", so a
 * choice clicked by mistake can be taken back.
 */
function renderGroup(shown: Shown, context: QuestionsContext) {
  const { question, name, error, describedBy } = shown;
  const t = context.localize.t.bind(context.localize);
  const many = question.kind === "many_choices";
  const options =
    question.kind === "yes_no"
      ? [
          { value: "yes", label: t("answerYes") },
          { value: "no", label: t("answerNo") },
        ]
      : question.choices.map((choice) => ({
          value: choice.id,
          label: localeText(choice.label, context.locales),
        }));
  const option = (value: string, label: string | TemplateResult, checked = false) =>
    html`<label class="choice">
      <input
        type=${many ? "checkbox" : "radio"}
        name=${name}
        value=${value}
        ?checked=${checked}
        aria-invalid=${error ? "true" : "false"}
      />
      <span>${label}</span>
    </label>`;
  return html`<fieldset class="question" aria-describedby=${ifDefined(describedBy)}>
    <legend>${renderLabel(shown, context)}</legend>
    ${renderHint(shown, context)} ${many ? nothing : option("", t("notAnswered"), true)}
    ${options.map(({ value, label }) => option(value, label))} ${renderError(shown)}
  </fieldset>`;
}

function renderQuestion(question: AdminQuestion, context: QuestionsContext) {
  const name = answerField(question);
  const id = idFor(name);
  const error = context.errors[name];
  const describedBy = [question.required ? `${id}-hint` : "", error ? `${id}-error` : ""]
    .filter(Boolean)
    .join(" ");
  const shown: Shown = { question, name, id, error, describedBy: describedBy || undefined };
  return question.kind === "short_text" ||
    question.kind === "long_text" ||
    question.kind === "number"
    ? renderTyped(shown, context)
    : renderGroup(shown, context);
}

/**
 * The questions of the chosen time, in the event's order. Keyed by id, so what was answered
 * stays with its question when choosing another time shows other questions.
 */
export function renderQuestions(questions: readonly AdminQuestion[], context: QuestionsContext) {
  if (questions.length === 0) return nothing;
  return html`<div class="questions">
    <h3>${context.localize.t("questionsTitle")}</h3>
    ${repeat(
      questions,
      (question) => question.id,
      (question) => renderQuestion(question, context),
    )}
  </div>`;
}
