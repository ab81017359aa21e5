import { nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { repeat } from "lit/directives/repeat.js";
import type { PublicQuestion } from "../../schema/contracts/questions.js";
import type { MessageKey } from "../i18n/messages.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import { answerField } from "./asked-questions.js";

/** One question as the form draws it: its control's name and id, its error, what describes it. */
interface Shown {
  question: PublicQuestion;
  name: string;
  id: string;
  error: string | undefined;
  describedBy: string | undefined;
}

/** Question ids come from the server; ids listed in `aria-describedby` must hold no spaces. */
const idOf = (question: PublicQuestion) => `q-${question.id.replace(/[^\w-]/g, "-")}`;

const isGroup = (question: PublicQuestion) =>
  question.kind === "one_choice" || question.kind === "many_choices" || question.kind === "yes_no";

/** The organisers' words in the language they wrote them in, then "(optional)" in the reader's. */
function renderLabel(localize: LocalizeController, question: PublicQuestion) {
  return html`<span lang=${question.labelLang} dir="auto">${question.label}</span>${
      question.required ? nothing : html` ${localize.t("questionOptional")}`
    }`;
}

/** Under the label: who sees a sensitive answer, and that several choices may be ticked. */
function renderHints(localize: LocalizeController, { question, id }: Shown) {
  return html`${
    question.sensitive
      ? html`<p id="${id}-note" class="hint muted">${localize.t("questionSensitiveNote")}</p>`
      : nothing
  }${
    question.kind === "many_choices"
      ? html`<p id="${id}-many" class="hint muted">${localize.t("questionManyHint")}</p>`
      : nothing
  }`;
}

function renderError({ id, error }: Shown) {
  return error ? html`<p id="${id}-error" part="error" class="error">${error}</p>` : nothing;
}

/** Short and long text, and numbers (typed as text, so any digits and a decimal comma work). */
function renderTyped(localize: LocalizeController, shown: Shown) {
  const { question, name, id, error, describedBy } = shown;
  const required = question.required ? "true" : undefined;
  const control =
    question.kind === "long_text"
      ? html`<textarea
          part="input"
          id=${id}
          name=${name}
          rows="3"
          dir="auto"
          aria-required=${ifDefined(required)}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${error ? "true" : "false"}
        ></textarea>`
      : html`<input
          part="input"
          id=${id}
          name=${name}
          type="text"
          dir=${question.kind === "number" ? "ltr" : "auto"}
          inputmode=${ifDefined(question.kind === "number" ? "decimal" : undefined)}
          autocomplete="off"
          aria-required=${ifDefined(required)}
          aria-describedby=${ifDefined(describedBy)}
          aria-invalid=${error ? "true" : "false"}
        />`;
  return html`<div class="field question">
    <label part="label" for=${id}>${renderLabel(localize, question)}</label>
    ${renderHints(localize, shown)} ${control} ${renderError(shown)}
  </div>`;
}

/** One choice, several choices, or yes and no: radio buttons or checkboxes under a legend. */
function renderGroup(localize: LocalizeController, shown: Shown) {
  const { question, name, error, describedBy } = shown;
  const options =
    question.kind === "yes_no"
      ? [
          { id: "yes", label: localize.t("questionYes"), lang: undefined },
          { id: "no", label: localize.t("questionNo"), lang: undefined },
        ]
      : question.choices.map((choice) => ({ ...choice, lang: question.labelLang }));
  const type = question.kind === "many_choices" ? "checkbox" : "radio";
  return html`<fieldset class="question choices" aria-describedby=${ifDefined(describedBy)}>
    <legend part="label">${renderLabel(localize, question)}</legend>
    ${renderHints(localize, shown)}
    ${options.map(
      (option) =>
        html`<label class="choice">
          <input
            part="input"
            type=${type}
            name=${name}
            value=${option.id}
            aria-invalid=${error ? "true" : "false"}
          />
          <span lang=${ifDefined(option.lang)} dir=${option.lang ? "auto" : nothing}
            >${option.label}</span
          >
        </label>`,
    )}
    ${renderError(shown)}
  </fieldset>`;
}

function renderQuestion(localize: LocalizeController, question: PublicQuestion, key?: MessageKey) {
  const id = idOf(question);
  const describedBy = [
    question.sensitive ? `${id}-note` : "",
    question.kind === "many_choices" ? `${id}-many` : "",
    key ? `${id}-error` : "",
  ].filter(Boolean);
  const shown: Shown = {
    question,
    name: answerField(question),
    id,
    error: key ? localize.t(key) : undefined,
    describedBy: describedBy.length > 0 ? describedBy.join(" ") : undefined,
  };
  return isGroup(question) ? renderGroup(localize, shown) : renderTyped(localize, shown);
}

/**
 * The organisers' own questions for the chosen time, in their order. Keyed by id, so what was
 * typed stays with its question when choosing another time shows other questions. A chunk of its
 * own, loaded only for a form that asks questions (`QuestionsController`).
 */
export function renderQuestions(
  localize: LocalizeController,
  questions: readonly PublicQuestion[],
  errors: Readonly<Partial<Record<string, MessageKey>>>,
) {
  return repeat(
    questions,
    (question) => question.id,
    (question) => renderQuestion(localize, question, errors[answerField(question)]),
  );
}
