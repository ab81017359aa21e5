import { nothing } from "lit";
import { live } from "lit/directives/live.js";
import { repeat } from "lit/directives/repeat.js";
import { isChoiceKind, questionKinds } from "../../../schema/contracts/questions.js";
import { html } from "../../shared/fallback-text.js";
import type { AdminMessageKey } from "../i18n/messages.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { FieldErrors } from "../shared/errors.js";
import { idFor } from "../shared/field.js";
import { renderLanguageFields } from "../shared/language-fields.js";
import { asksForPersonalData } from "./personal-questions.js";
import type { ChoiceDraft, QuestionAudience, QuestionDraft } from "./question-draft.js";

export interface QuestionFieldsContext {
  localize: AdminLocalizeController;
  errors: FieldErrors;
  /** The organisation's content languages, default first. */
  locales: readonly string[];
  disabled: boolean;
  /**
   * Whom a question may ask ("" for everyone), each worded `questionAudience_<audience>`: a visit
   * asks its visitors, hosts and interpreters apart, a mentoring season its mentors and learners;
   * none (other events) shows no choice.
   */
  audiences: readonly string[];
  moveQuestion: (index: number, by: -1 | 1) => void;
  removeQuestion: (index: number) => void;
  addChoice: (index: number) => void;
  moveChoice: (index: number, choice: number, by: -1 | 1) => void;
  removeChoice: (index: number, choice: number) => void;
}

/** A visit's people; "" asks everyone who signs up. */
export const visitAudiences: readonly ("" | Exclude<QuestionAudience, "attendee">)[] = [
  "",
  "visitor",
  "host",
  "interpreter",
];

/** The server's error for a whole item (`questions.2`, `questions.0.choices`), under its legend. */
function groupError(errors: FieldErrors, path: string) {
  const error = errors[path];
  return error ? html`<p id=${idFor(`${path}-item`)} class="error">${error}</p>` : nothing;
}

const describedBy = (errors: FieldErrors, path: string) =>
  errors[path] ? idFor(`${path}-item`) : nothing;

/** A select with its label and the server's error for it, tied with ids. */
function renderSelect(
  context: QuestionFieldsContext,
  name: string,
  label: string,
  options: readonly { value: string; label: string; selected: boolean }[],
) {
  const id = idFor(name);
  const error = context.errors[name];
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      name=${name}
      ?disabled=${context.disabled}
      aria-describedby=${error ? `${id}-error` : nothing}
      aria-invalid=${error ? "true" : "false"}
    >
      ${options.map(
        (option) =>
          html`<option value=${option.value} ?selected=${option.selected}>${option.label}</option>`,
      )}
    </select>
    ${error ? html`<p id="${id}-error" class="error">${error}</p>` : nothing}
  </div>`;
}

function renderMoveButtons(
  context: QuestionFieldsContext,
  labels: { up: string; down: string; remove: string },
  position: { index: number; count: number },
  actions: { move: (by: -1 | 1) => void; remove: () => void; removeClass: string },
) {
  if (context.disabled) return nothing;
  return html`<div class="actions">
    <button
      type="button"
      class="button secondary small"
      data-move="up"
      ?disabled=${position.index === 0}
      @click=${() => actions.move(-1)}
    >
      ${labels.up}
    </button>
    <button
      type="button"
      class="button secondary small"
      data-move="down"
      ?disabled=${position.index === position.count - 1}
      @click=${() => actions.move(1)}
    >
      ${labels.down}
    </button>
    <button
      type="button"
      class="button secondary small ${actions.removeClass}"
      @click=${actions.remove}
    >
      ${labels.remove}
    </button>
  </div>`;
}

function renderChoice(
  context: QuestionFieldsContext,
  question: number,
  choice: ChoiceDraft,
  index: number,
  count: number,
) {
  const t = context.localize.t.bind(context.localize);
  const number = context.localize.number(index + 1);
  return html`<div class="choice-item" data-key=${choice.key}>
    ${renderLanguageFields({
      name: `questions.${question}.choices.${index}.label`,
      legend: t("choiceNumber", { number }),
      className: "plain",
      values: choice.label,
      locales: context.locales,
      errors: context.errors,
      localize: context.localize,
      disabled: context.disabled,
    })}
    ${renderMoveButtons(
      context,
      {
        up: t("choiceMoveUp", { number }),
        down: t("choiceMoveDown", { number }),
        remove: t("choiceRemove", { number }),
      },
      { index, count },
      {
        move: (by) => context.moveChoice(question, index, by),
        remove: () => context.removeChoice(question, index),
        removeClass: "remove-choice",
      },
    )}
  </div>`;
}

function renderChoices(
  context: QuestionFieldsContext,
  draft: QuestionDraft<string>,
  index: number,
) {
  const t = context.localize.t.bind(context.localize);
  const path = `questions.${index}.choices`;
  return html`<fieldset class="choices" aria-describedby=${describedBy(context.errors, path)}>
    <legend>${t("questionChoices")}</legend>
    ${groupError(context.errors, path)}
    ${repeat(
      draft.choices,
      (choice) => choice.key,
      (choice, position) => renderChoice(context, index, choice, position, draft.choices.length),
    )}
    ${
      context.disabled
        ? nothing
        : html`<button
            type="button"
            class="button secondary small add-choice"
            @click=${() => context.addChoice(index)}
          >
            ${t("addChoice")}
          </button>`
    }
  </fieldset>`;
}

function renderCheckbox(
  context: QuestionFieldsContext,
  name: string,
  label: string,
  checked: boolean,
  hint?: string,
) {
  const id = idFor(name);
  return html`<div class="field">
    <label class="choice">
      <input
        type="checkbox"
        id=${id}
        name=${name}
        .checked=${live(checked)}
        ?disabled=${context.disabled}
        aria-describedby=${hint ? `${id}-hint` : nothing}
      />
      ${label}
    </label>
    ${hint ? html`<p id="${id}-hint" class="hint muted">${hint}</p>` : nothing}
  </div>`;
}

/** One question: its kind, its words in every language, choices, whom it asks, and its place. */
function renderQuestion(
  context: QuestionFieldsContext,
  draft: QuestionDraft<string>,
  index: number,
  count: number,
) {
  const { localize, errors } = context;
  const t = localize.t.bind(localize);
  const number = localize.number(index + 1);
  const name = (field: string) => `questions.${index}.${field}`;
  const personal = asksForPersonalData(draft.label);
  return html`<fieldset
    class="question"
    data-key=${draft.key}
    aria-describedby=${describedBy(errors, `questions.${index}`)}
  >
    <legend>${t("questionNumber", { number })}</legend>
    ${groupError(errors, `questions.${index}`)}
    <div class="fields">
      ${renderSelect(
        context,
        name("kind"),
        t("questionKind"),
        questionKinds.map((kind) => ({
          value: kind,
          label: t(`questionKind_${kind}`),
          selected: kind === draft.kind,
        })),
      )}
      ${
        context.audiences.length > 0
          ? renderSelect(
              context,
              name("audience"),
              t("questionAudience"),
              context.audiences.map((audience) => ({
                value: audience,
                label: t(`questionAudience_${audience || "all"}` as AdminMessageKey),
                selected: audience === draft.audience,
              })),
            )
          : nothing
      }
    </div>
    ${renderLanguageFields({
      name: name("label"),
      legend: t("questionText"),
      className: "plain",
      values: draft.label,
      locales: context.locales,
      errors,
      localize,
      disabled: context.disabled,
    })}
    <p class="live privacy-warning" role="status">
      ${personal ? t("questionPersonalWarning") : nothing}
    </p>
    ${isChoiceKind(draft.kind) ? renderChoices(context, draft, index) : nothing}
    ${renderCheckbox(context, name("required"), t("questionRequired"), draft.required)}
    ${renderCheckbox(
      context,
      name("sensitive"),
      t("questionSensitive"),
      draft.sensitive,
      t("questionSensitiveHint"),
    )}
    ${renderMoveButtons(
      context,
      {
        up: t("questionMoveUp", { number }),
        down: t("questionMoveDown", { number }),
        remove: t("questionRemove", { number }),
      },
      { index, count },
      {
        move: (by) => context.moveQuestion(index, by),
        remove: () => context.removeQuestion(index),
        removeClass: "remove-question",
      },
    )}
  </fieldset>`;
}

export function renderQuestionFields(
  context: QuestionFieldsContext,
  drafts: readonly QuestionDraft<string>[],
) {
  return repeat(
    drafts,
    (draft) => draft.key,
    (draft, index) => renderQuestion(context, draft, index, drafts.length),
  );
}
