import { directionOf } from "../../i18n/languages.js";
import type { PublicQuestion } from "../../schema/contracts/questions.js";
import { escapeHtml } from "../messages/html.js";
import { choiceGroup, textField } from "./field-html.js";
import type { FormValues } from "./form-values.js";
import { answerFieldName } from "./form-values.js";
import type { PageWords } from "./page-words.js";

/** The organisers' words in the language they are written in, then "(optional)" in the reader's. */
function labelHtml(question: PublicQuestion, words: PageWords): string {
  const label = `<span lang="${escapeHtml(question.labelLang)}" dir="${directionOf(question.labelLang)}">${escapeHtml(question.label)}</span>`;
  return question.required ? label : `${label} ${escapeHtml(words.t("questionOptional"))}`;
}

/** Under the label: who sees a sensitive answer, and that several choices may be ticked. */
function hintOf(question: PublicQuestion, words: PageWords): string | undefined {
  const hints = [
    question.sensitive ? words.t("questionSensitiveNote") : "",
    question.kind === "many_choices" ? words.t("questionManyHint") : "",
  ].filter(Boolean);
  return hints.length > 0 ? hints.join(" ") : undefined;
}

function questionField(
  question: PublicQuestion,
  values: FormValues,
  errors: Readonly<Record<string, string>>,
  words: PageWords,
): string {
  const name = answerFieldName(question);
  const typed = values.answers[question.id] ?? "";
  const common = { hint: hintOf(question, words), error: errors[name] };
  if (question.kind === "one_choice" || question.kind === "many_choices") {
    const chosen = new Set(Array.isArray(typed) ? typed : [typed]);
    return choiceGroup({
      ...common,
      name,
      legendHtml: labelHtml(question, words),
      type: question.kind === "one_choice" ? "radio" : "checkbox",
      options: question.choices.map((choice) => ({
        value: choice.id,
        labelHtml: `<span lang="${escapeHtml(question.labelLang)}" dir="auto">${escapeHtml(choice.label)}</span>`,
        checked: chosen.has(choice.id),
      })),
    });
  }
  if (question.kind === "yes_no") {
    return choiceGroup({
      ...common,
      name,
      legendHtml: labelHtml(question, words),
      type: "radio",
      options: [
        { value: "yes", labelHtml: escapeHtml(words.t("questionYes")), checked: typed === "yes" },
        { value: "no", labelHtml: escapeHtml(words.t("questionNo")), checked: typed === "no" },
      ],
    });
  }
  return textField({
    ...common,
    name,
    label: question.label,
    labelHtml: labelHtml(question, words),
    value: Array.isArray(typed) ? "" : typed,
    multiline: question.kind === "long_text",
    numeric: question.kind === "number" ? "decimal" : undefined,
    required: question.required,
    autocomplete: "off",
  });
}

/** The organisers' own questions, in their order, after the needs and before consent. */
export function renderQuestionFields(
  questions: readonly PublicQuestion[],
  values: FormValues,
  errors: Readonly<Record<string, string>>,
  words: PageWords,
): string {
  return questions.map((question) => questionField(question, values, errors, words)).join("");
}
