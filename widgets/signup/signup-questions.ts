import { nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { repeat } from "lit/directives/repeat.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import { preset } from "../shared/preset.js";
import type { AnswerField, ShownQuestion } from "./asked-questions.js";
import { answerField } from "./asked-questions.js";

/**
 * What a form that keeps its answers itself (the mentoring intake, whose screens come and go)
 * puts back in the controls: the values by control name, as `FormData` would give them.
 */
export type ShownValues = Readonly<Record<string, readonly string[]>>;

/** One question as the form draws it: its control's name and id, its error, what describes it. */
interface Shown {
  question: ShownQuestion;
  name: string;
  id: string;
  error: string | undefined;
  describedBy: string | undefined;
  /** Undefined: the form keeps what is typed in its controls. */
  values: readonly string[] | undefined;
}

/** Question ids come from the server; ids listed in `aria-describedby` must hold no spaces. */
const idOf = (question: ShownQuestion) => `q-${question.id.replace(/[^\w-]/g, "-")}`;

const isGroup = (question: ShownQuestion) =>
  question.kind === "one_choice" || question.kind === "many_choices" || question.kind === "yes_no";

/** The organisers' words in the language they wrote them in, then "(optional)" in the reader's. */
function renderLabel(localize: LocalizeController, question: ShownQuestion) {
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
  const { question, name, id, error, describedBy, values } = shown;
  const required = question.required ? "true" : undefined;
  const typed = values ? { value: values[0] ?? "" } : undefined;
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
          ${preset(typed)}
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
          ${preset(typed)}
        />`;
  return html`<div class="field question">
    <label part="label" for=${id}>${renderLabel(localize, question)}</label>
    ${renderHints(localize, shown)} ${control} ${renderError(shown)}
  </div>`;
}

/** One choice, several choices, or yes and no: radio buttons or checkboxes under a legend. */
function renderGroup(localize: LocalizeController, shown: Shown) {
  const { question, name, error, describedBy, values } = shown;
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
            ${preset(values ? { checked: values.includes(option.id) } : undefined)}
          />
          <span lang=${ifDefined(option.lang)} dir=${option.lang ? "auto" : nothing}
            >${option.label}</span
          >
        </label>`,
    )}
    ${renderError(shown)}
  </fieldset>`;
}

function renderQuestion(
  localize: LocalizeController,
  question: ShownQuestion,
  error: string | undefined,
  values: ShownValues | undefined,
) {
  const id = idOf(question);
  const describedBy = [
    question.sensitive ? `${id}-note` : "",
    question.kind === "many_choices" ? `${id}-many` : "",
    error ? `${id}-error` : "",
  ].filter(Boolean);
  const name = answerField(question);
  const shown: Shown = {
    question,
    name,
    id,
    error,
    describedBy: describedBy.length > 0 ? describedBy.join(" ") : undefined,
    values: values ? (values[name] ?? []) : undefined,
  };
  return isGroup(question) ? renderGroup(localize, shown) : renderTyped(localize, shown);
}

/**
 * The organisers' own questions for the chosen time (or a mentoring season's for the person's
 * role), in their order, each with its error in the reader's words (`errorOf`). Keyed by id, so
 * what was typed stays with its question when choosing another time shows other questions. With
 * `values`, the controls show them (a form that keeps its answers itself). A chunk of its own,
 * loaded only for a form that asks questions (`QuestionsController`).
 */
export function renderQuestions(
  localize: LocalizeController,
  questions: readonly ShownQuestion[],
  errorOf: (field: AnswerField) => string | undefined,
  values?: ShownValues,
) {
  return repeat(
    questions,
    (question) => question.id,
    (question) => renderQuestion(localize, question, errorOf(answerField(question)), values),
  );
}
