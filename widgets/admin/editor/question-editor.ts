import { nothing } from "lit";
import { property, state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import { html } from "../../shared/fallback-text.js";
import { Task } from "../../shared/task.js";
import { getQuestions, saveQuestions } from "../events/events-api.js";
import { AdminElement } from "../shared/admin-element.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, fieldErrorsOf, renderLoadError, renderLoading } from "../shared/errors.js";
import { editorStyles } from "./event-editor.styles.js";
import type { QuestionAudience, QuestionDraft } from "./question-draft.js";
import { questionDraftsOf, questionsInputOf, withQuestionValue } from "./question-draft.js";
import { visitAudiences } from "./question-fields.js";
import { questionListActions, renderQuestionList } from "./question-list.js";

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
    const context = {
      localize: this.localize,
      errors: this.errors,
      locales: this.locales,
      disabled: this.disabled,
      audiences: this.event?.kind === "visit" ? visitAudiences : [],
      ...this.actions,
    };
    return html`<p class="live notice" role="status">${this.status}</p>
      <div class="live alert summary" role="alert" tabindex="-1">${this.formError}</div>
      <form novalidate @input=${this.onInput} @change=${this.onInput} @submit=${this.onSave}>
        ${renderQuestionList(context, this.drafts)}
        ${
          this.disabled
            ? nothing
            : html`<div class="actions">
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

  /** The add, move and remove buttons of the list. */
  private readonly actions = questionListActions<QuestionAudience>({
    localize: this.localize,
    questions: () => this.drafts,
    changeQuestions: (drafts) => {
      this.drafts = drafts;
      this.errors = {};
    },
    announce: (words) => void (this.status = words),
    focusOn: (selector) => this.focusOn(selector),
  });

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
