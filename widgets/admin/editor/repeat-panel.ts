import type { PropertyValues } from "lit";
import { nothing } from "lit";
import { property, state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import { ApiError } from "../../shared/api-client.js";
import { html } from "../../shared/fallback-text.js";
import { createSeries } from "../events/events-api.js";
import { AdminElement } from "../shared/admin-element.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText } from "../shared/errors.js";
import { editorStyles } from "./event-editor.styles.js";
import type { RepeatDraft } from "./repeat-draft.js";
import {
  bodyOf,
  emptyRepeat,
  firstDateOf,
  previewOf,
  ruleProblems,
  withRepeatValue,
} from "./repeat-draft.js";
import { dateCountRange, renderRepeatPreview } from "./repeat-preview.js";
import { renderRepeatFields } from "./repeat-rule-fields.js";
import { seriesErrorsOf } from "./save-errors.js";
import { seriesStyles } from "./series.styles.js";

/**
 * Makes a saved meetup or course repeat: weekly on chosen days or monthly on the nth weekday,
 * every N weeks or months, until a date or for a number of dates, minus skipped dates. A sentence
 * and the list of dates show what the rule makes before anything is sent; "Create the dates"
 * makes them all at once, as copies of the event as last saved.
 *
 * @tag hearth-admin-repeat-panel
 *
 * @fires hearth-admin-series-created - The dates were made. `detail.series`: the series, every date.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminRepeatPanel extends AdminElement {
  static override styles = [editorStyles, seriesStyles];

  @property() org = "";
  /** The saved event that becomes the first date. */
  @property({ attribute: false }) event: AdminEvent | undefined;

  @state() private draft: RepeatDraft | undefined;
  @state() private errors: FieldErrors = {};
  @state() private formError = "";
  @state() private busy = false;
  /** The event's own day, on its clock: the rule's defaults and its preview start there. */
  private firstDate = "";

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has("event") || !this.event) return;
    const firstDate = firstDateOf(this.event);
    if (firstDate === this.firstDate) return;
    this.firstDate = firstDate;
    this.draft = emptyRepeat(firstDate);
    this.errors = {};
  }

  override render() {
    const draft = this.draft;
    if (!draft) return nothing;
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<section class="repeat" aria-labelledby="repeat-title">
        <h2 id="repeat-title">${t("repeatTitle")}</h2>
        <p class="hint muted">${t("repeatHint")}</p>
        <div class="live alert summary" role="alert" tabindex="-1">${this.formError}</div>
        <form novalidate @input=${this.onInput} @change=${this.onInput} @submit=${this.onCreate}>
          ${renderRepeatFields({
            draft,
            errors: this.errors,
            localize: this.localize,
            addException: this.addException,
            removeException: this.removeException,
          })}
          ${renderRepeatPreview(draft, this.firstDate, this.localize)}
          <div class="actions">
            <button
              class="button"
              type="submit"
              aria-describedby="repeat-preview"
              ?disabled=${this.busy}
            >
              ${t("repeatCreate")}
            </button>
          </div>
        </form>
      </section>`,
    );
  }

  private onInput(event: Event): void {
    const control = event.target as HTMLInputElement;
    if (!this.draft || !control.name) return;
    this.draft = withRepeatValue(this.draft, control.name, control.value, control.checked);
  }

  /** Errors name skipped dates by position: adding or removing one leaves them. */
  private changeExceptions(exceptions: string[]): void {
    if (!this.draft) return;
    this.draft = { ...this.draft, exceptions };
    this.errors = {};
  }

  private readonly addException = () => {
    this.changeExceptions([...(this.draft?.exceptions ?? []), ""]);
    void this.focusOn(".skip-date:last-of-type input");
  };

  private readonly removeException = (index: number) => {
    this.changeExceptions((this.draft?.exceptions ?? []).filter((_, i) => i !== index));
    void this.focusOn(".add-skip");
  };

  /** What the contract and the rule refuse, worded here before a request would be refused. */
  private problemsOf(draft: RepeatDraft): FieldErrors {
    const t = this.localize.t.bind(this.localize);
    const range = dateCountRange(this.localize);
    const words = {
      end: t(draft.end === "count" ? "repeatCountRange" : "repeatUntilMissing", range),
      invalid: t("fieldError_invalid"),
    };
    const problems = Object.entries(ruleProblems(draft)).map(([path, kind]) => [path, words[kind]]);
    const preview = previewOf(draft, this.firstDate);
    if (problems.length === 0 && preview !== "incomplete" && !preview.ok) {
      const code = preview.code === "too_many" ? "repeatErrorTooMany" : "repeatErrorNoDates";
      problems.push([`rule.${draft.end}`, t(code, range)]);
    }
    return Object.fromEntries(problems);
  }

  private async onCreate(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    const { draft, event } = this;
    if (!draft || !event || this.busy) return;
    this.formError = "";
    this.errors = this.problemsOf(draft);
    if (Object.keys(this.errors).length > 0) {
      await this.focusOn('[aria-invalid="true"]');
      return;
    }
    this.busy = true;
    try {
      const { series } = await createSeries(this.org, event.id, bodyOf(draft, event.version));
      this.emit("hearth-admin-series-created", { series });
    } catch (error) {
      await this.showFailure(error);
    } finally {
      this.busy = false;
    }
  }

  private async showFailure(error: unknown): Promise<void> {
    const { kind, ...errors } = seriesErrorsOf(error, this.localize);
    this.errors = errors;
    const alreadyInSeries = error instanceof ApiError && error.code === "already_in_series";
    this.formError =
      kind ??
      (alreadyInSeries
        ? this.localize.t("repeatAlreadyInSeries")
        : errorText(error, this.localize));
    await this.updateComplete;
    const first = this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]');
    (first ?? this.renderRoot.querySelector<HTMLElement>(".summary"))?.focus();
  }
}
