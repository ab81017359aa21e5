import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type { PublicQuestion } from "../../schema/contracts/questions.js";
import type { ResolvedText } from "../../i18n/content.js";
import type { AskedQuestion } from "./check-answers.js";

/**
 * A question as a form shows it: its words and choices through `text` (the reader's language, or
 * what it falls back to), `labelLang` saying which language they really are in. An event's and a
 * mentoring season's alike; the audience stays as the question has it.
 */
export function toPublicQuestion<Q extends AskedQuestion>(
  question: Q,
  text: (value: LocaleText) => ResolvedText,
): Omit<PublicQuestion, "audience"> & { audience: Q["audience"] } {
  const label = text(question.label);
  return {
    id: question.id,
    kind: question.kind,
    label: label.text,
    labelLang: label.lang,
    choices: question.choices.map((choice) => ({ id: choice.id, label: text(choice.label).text })),
    required: question.required,
    sensitive: question.sensitive,
    audience: question.audience,
  };
}
