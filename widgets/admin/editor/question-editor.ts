import { nothing } from "lit";
import { property, state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import { maxQuestions } from "../../../schema/contracts/questions.js";
import { html } from "../../shared/fallback-text.js";
import { Task } from "../../shared/task.js";
import { getQuestions, saveQuestions } from "../events/events-api.js";
import { AdminElement } from "../shared/admin-element.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, fieldErrorsOf, renderLoadError, renderLoading } from "../shared/errors.js";
import { moved } from "../visits/itinerary-draft.js";
import { editorStyles } from "./event-editor.styles.js";
import type { QuestionDraft } from "./question-draft.js";
import {
  emptyChoice,
  emptyQuestion,
  questionDraftsOf,
  questionsInputOf,
  withQuestionValue,
} from "./question-draft.js";
import type { QuestionFieldsContext } from "./question-fields.js";
import { renderQuestionFields } from "./question-fields.js";

/** After a move, focus stays on the button pressed, unless it is now disabled at an end. */
function buttonAfterMove(to: number, count: number, by: -1 | 1): "up" | "down" {
  const edge = to === 0 || to === count - 1;
  return edge ? (by === -1 ? "down" : "up") : by === -1 ? "up" : "down";
}

/**
 * The organisers' own questions on a saved event's sign-up form: what kind of answer each takes,
 * its words in every language side by side, its choices, whether it must be answered, whether the
 * answer is sensitive, and (for a visit) whom it asks. Saved on its own as the whole list
 * (`PUT …/questions`). A question that seems to ask for very personal data gets a gentle warning.
 *
 * @tag hearth-admin-question-editor
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminQuestionEditor extends AdminElement {
  static override styles = editorStyles;

  @property() org = "";
  /** The saved event the questions belong to (its id and kind). */
  @property({ attribute: false }) event: AdminEvent | undefined;
  /** The organisation's content languages, default first. */
  @property({ attribute: false }) locales: readonly string[] = ["en"];
  /** Read-only for roles that cannot change events. */
  @property({ type: Boolean }) disabled = false;

  @state() private drafts: QuestionDraft[] = [];
  @state() private errors: FieldErrors = {};
  @state() private formError = "";
  @state() private status = "";
  @state() private busy = false;

  private readonly loadTask = new Task(this, {
    task: async ([org, eventId], { signal }) => {
      if (!eventId) return;
      const { questions } = await getQuestions(org, eventId, signal);
      this.drafts = questionDraftsOf(questions);
      this.errors = {};
    },
    args: () => [this.org, this.event?.id] as const,
  });

  override render() {
    if (!this.event) return nothing;
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<section class="questions" aria-labelledby="questions-title">
        <h2 id="questions-title">${t("questionsTitle")}</h2>
        <p class="hint muted">${t("questionsHint")}</p>
        ${this.loadTask.render({
          initial: () => renderLoading(this.localize),
          pending: () => renderLoading(this.localize),
          complete: () => this.renderForm(),
          error: (error) => renderLoadError(error, this.localize, () => void this.loadTask.run()),
        })}
      </section>`,
    );
  }

  private renderForm() {
    const t = this.localize.t.bind(this.localize);
    const context: QuestionFieldsContext = {
      localize: this.localize,
      errors: this.errors,
      locales: this.locales,
      disabled: this.disabled,
      audiences: this.event?.kind === "visit",
      moveQuestion: this.moveQuestion,
      removeQuestion: this.removeQuestion,
      addChoice: this.addChoice,
      moveChoice: this.moveChoice,
      removeChoice: this.removeChoice,
    };
    const listError = this.errors.questions;
    return html`<p class="live notice" role="status">${this.status}</p>
      <div class="live alert summary" role="alert" tabindex="-1">${this.formError}</div>
      <form novalidate @input=${this.onInput} @change=${this.onInput} @submit=${this.onSave}>
        ${listError ? html`<p class="error">${listError}</p>` : nothing}
        ${this.drafts.length === 0 ? html`<p class="muted">${t("questionsEmpty")}</p>` : nothing}
        ${renderQuestionFields(context, this.drafts)}
        ${
          this.disabled
            ? nothing
            : html`<div class="actions">
                <button
                  type="button"
                  class="button secondary add-question"
                  ?disabled=${this.drafts.length >= maxQuestions}
                  @click=${this.addQuestion}
                >
                  ${t("addQuestion")}
                </button>
                <button class="button" type="submit" ?disabled=${this.busy}>
                  ${t(this.busy ? "savingQuestions" : "saveQuestions")}
                </button>
              </div>`
        }
      </form>`;
  }

  private onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (!control.name) return;
    const value = control.type === "checkbox" ? control.checked : control.value;
    this.drafts = withQuestionValue(this.drafts, control.name, value);
  }

  /** Errors name questions and choices by position: a change of order or number leaves them. */
  private changeList(drafts: QuestionDraft[]): void {
    this.drafts = drafts;
    this.errors = {};
  }

  private readonly addQuestion = () => {
    this.changeList([...this.drafts, emptyQuestion()]);
    void this.focusOn(".question:last-of-type select");
  };

  private readonly removeQuestion = (index: number) => {
    this.changeList(this.drafts.filter((_, i) => i !== index));
    void this.focusOn(".add-question");
  };

  private readonly moveQuestion = (index: number, by: -1 | 1) => {
    const drafts = moved(this.drafts, index, by);
    this.changeList(drafts);
    const to = index + by;
    this.status = this.localize.t("questionMoved", { number: this.localize.number(to + 1) });
    const button = buttonAfterMove(to, drafts.length, by);
    void this.focusOn(`.question:nth-of-type(${to + 1}) > .actions [data-move="${button}"]`);
  };

  private withChoices(index: number, change: (draft: QuestionDraft) => QuestionDraft) {
    this.changeList(this.drafts.map((draft, i) => (i === index ? change(draft) : draft)));
  }

  private readonly addChoice = (index: number) => {
    this.withChoices(index, (draft) => ({ ...draft, choices: [...draft.choices, emptyChoice()] }));
    void this.focusOn(`.question:nth-of-type(${index + 1}) .choice-item:last-of-type input`);
  };

  private readonly removeChoice = (index: number, choice: number) => {
    this.withChoices(index, (draft) => ({
      ...draft,
      choices: draft.choices.filter((_, i) => i !== choice),
    }));
    void this.focusOn(`.question:nth-of-type(${index + 1}) .add-choice`);
  };

  private readonly moveChoice = (index: number, choice: number, by: -1 | 1) => {
    this.withChoices(index, (draft) => ({ ...draft, choices: moved(draft.choices, choice, by) }));
    const to = choice + by;
    const count = this.drafts[index]?.choices.length ?? 0;
    this.status = this.localize.t("choiceMoved", { number: this.localize.number(to + 1) });
    const choiceItem = `.question:nth-of-type(${index + 1}) .choice-item:nth-of-type(${to + 1})`;
    void this.focusOn(`${choiceItem} [data-move="${buttonAfterMove(to, count, by)}"]`);
  };

  private async onSave(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    const event = this.event;
    if (!event || this.busy) return;
    this.busy = true;
    this.status = "";
    this.formError = "";
    try {
      const { questions } = await saveQuestions(this.org, event.id, questionsInputOf(this.drafts));
      this.drafts = questionDraftsOf(questions);
      this.errors = {};
      this.status = this.localize.t("questionsSaved");
    } catch (error) {
      this.errors = fieldErrorsOf(error, this.localize);
      this.formError = errorText(error, this.localize);
      await this.updateComplete;
      const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
      (first ?? this.renderRoot.querySelector<HTMLElement>(".summary"))?.focus();
    } finally {
      this.busy = false;
    }
  }
}
