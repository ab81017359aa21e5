import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminQuestion, AnswerValue } from "../../../schema/contracts/questions.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import { pickLocale, pickText } from "../shared/locale-text.js";

/** The organiser's words in the dashboard's language (or the nearest one written), tagged with it. */
export function localeText(text: AdminQuestion["label"], locales: readonly string[]) {
  return html`<span lang=${pickLocale(text, locales) ?? nothing}>${pickText(text, locales)}</span>`;
}

/** Marks a sensitive question or its answer, so nobody copies it on without noticing. */
export function sensitiveTag(localize: AdminLocalizeController) {
  return html`<span class="badge sensitive">${localize.t("answerSensitive")}</span>`;
}

/**
 * One answer as the organiser reads it: choices by their labels (a choice removed since is left
 * out), yes/no in the dashboard's words, numbers formatted, text as the person wrote it.
 */
function answerOf(
  question: AnsweredQuestion,
  value: AnswerValue,
  localize: AdminLocalizeController,
  locales: readonly string[],
) {
  if (typeof value === "boolean") return localize.t(value ? "answerYes" : "answerNo");
  if (typeof value === "number") return localize.number(value);
  if (question.kind === "one_choice" || question.kind === "many_choices") {
    const ids = Array.isArray(value) ? value : [value];
    const chosen = question.choices.filter((choice) => ids.includes(choice.id));
    if (chosen.length === 0) return undefined;
    return chosen.map(
      (choice, index) => html`${index > 0 ? ", " : ""}${localeText(choice.label, locales)}`,
    );
  }
  const written = Array.isArray(value) ? value.join(", ") : value;
  return written ? html`<span dir="auto">${written}</span>` : undefined;
}

/** An event's question or a mentoring season's: whom it asks does not matter here. */
type AnsweredQuestion = Omit<AdminQuestion, "audience">;

/**
 * A person's answers to the event's (or season's) own questions, in the order of the form; the
 * answers to sensitive questions are tagged, so nobody copies them on without noticing.
 */
export function renderAnswers(
  entry: { erased?: boolean; answers: Readonly<Record<string, AnswerValue>> },
  questions: readonly AnsweredQuestion[],
  localize: AdminLocalizeController,
  locales: readonly string[],
) {
  if (entry.erased) return nothing;
  const answered = questions.flatMap((question) => {
    const value = entry.answers[question.id];
    const answer = value === undefined ? undefined : answerOf(question, value, localize, locales);
    return answer === undefined ? [] : [{ question, answer }];
  });
  if (answered.length === 0) return nothing;
  return html`<dl class="answers">
    ${answered.map(
      ({ question, answer }) =>
        html`<dt>${localeText(question.label, locales)}</dt>
          <dd>${answer} ${question.sensitive ? sensitiveTag(localize) : nothing}</dd>`,
    )}
  </dl>`;
}
