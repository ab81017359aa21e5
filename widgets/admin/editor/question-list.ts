import { nothing } from "lit";
import { maxQuestions } from "../../../schema/contracts/questions.js";
import { html } from "../../shared/fallback-text.js";
import { moved } from "../visits/itinerary-draft.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { ChoiceDraft, QuestionDraft } from "./question-draft.js";
import { emptyChoice, emptyQuestion } from "./question-draft.js";
import type { QuestionFieldsContext } from "./question-fields.js";
import { renderQuestionFields } from "./question-fields.js";

/** What a form that edits a list of questions (an event's, a season's) lends the buttons. */
export interface QuestionListHost<A extends string> {
  readonly localize: AdminLocalizeController;
  /** The list as it stands. */
  questions(): readonly QuestionDraft<A>[];
  /** A new order or number: errors name questions and choices by position, so they go. */
  changeQuestions(questions: QuestionDraft<A>[]): void;
  /** Said in the form's live region (where a moved item went). */
  announce(words: string): void;
  focusOn(selector: string): Promise<void>;
}

export type QuestionListActions = Pick<
  QuestionFieldsContext,
  "moveQuestion" | "removeQuestion" | "addChoice" | "moveChoice" | "removeChoice"
> & { addQuestion(): void };

/** After a move, focus stays on the button pressed, unless it is now disabled at an end. */
function buttonAfterMove(to: number, count: number, by: -1 | 1): "up" | "down" {
  const edge = to === 0 || to === count - 1;
  return edge ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down";
}

/**
 * The buttons of a list of questions: add, move and remove questions and their choices, focus
 * following the item (or the button that added it), and each move said aloud.
 */
export function questionListActions<A extends string>(
  host: QuestionListHost<A>,
): QuestionListActions {
  const withChoices = (index: number, change: (choices: readonly ChoiceDraft[]) => ChoiceDraft[]) =>
    host.changeQuestions(
      host
        .questions()
        .map((draft, i) => (i === index ? { ...draft, choices: change(draft.choices) } : draft)),
    );
  const question = (index: number) => `.question:nth-of-type(${index + 1})`;
  return {
    addQuestion: () => {
      host.changeQuestions([...host.questions(), emptyQuestion<A>()]);
      void host.focusOn(".question:last-of-type select");
    },
    removeQuestion: (index) => {
      host.changeQuestions(host.questions().filter((_, i) => i !== index));
      void host.focusOn(".add-question");
    },
    moveQuestion: (index, by) => {
      const drafts = moved(host.questions(), index, by);
      host.changeQuestions(drafts);
      const to = index + by;
      host.announce(host.localize.t("questionMoved", { number: host.localize.number(to + 1) }));
      const button = buttonAfterMove(to, drafts.length, by);
      void host.focusOn(`${question(to)} > .actions [data-move="${button}"]`);
    },
    addChoice: (index) => {
      withChoices(index, (choices) => [...choices, emptyChoice()]);
      void host.focusOn(`${question(index)} .choice-item:last-of-type input`);
    },
    removeChoice: (index, choice) => {
      withChoices(index, (choices) => choices.filter((_, i) => i !== choice));
      void host.focusOn(`${question(index)} .add-choice`);
    },
    moveChoice: (index, choice, by) => {
      const count = host.questions()[index]?.choices.length ?? 0;
      withChoices(index, (choices) => moved(choices, choice, by));
      const to = choice + by;
      host.announce(host.localize.t("choiceMoved", { number: host.localize.number(to + 1) }));
      const choiceItem = `${question(index)} .choice-item:nth-of-type(${to + 1})`;
      void host.focusOn(`${choiceItem} [data-move="${buttonAfterMove(to, count, by)}"]`);
    },
  };
}

/**
 * A form's own questions: the list's error, a note while there are none, each question's fields,
 * and the button that adds one (up to `maxQuestions`).
 */
export function renderQuestionList(
  context: QuestionFieldsContext & Pick<QuestionListActions, "addQuestion">,
  drafts: readonly QuestionDraft<string>[],
) {
  const t = context.localize.t.bind(context.localize);
  const listError = context.errors.questions;
  return html`${listError ? html`<p class="error">${listError}</p>` : nothing}
  ${drafts.length === 0 ? html`<p class="muted">${t("questionsEmpty")}</p>` : nothing}
  ${renderQuestionFields(context, drafts)}
  ${
    context.disabled
      ? nothing
      : html`<div class="actions">
          <button
            type="button"
            class="button secondary add-question"
            ?disabled=${drafts.length >= maxQuestions}
            @click=${context.addQuestion}
          >
            ${t("addQuestion")}
          </button>
        </div>`
  }`;
}
