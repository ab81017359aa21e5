import { nothing } from "lit";
import { property, state } from "lit/decorators.js";
import type { AdminSeason } from "../../../schema/contracts/admin/mentoring.js";
import { ApiError } from "../../shared/api-client.js";
import { html } from "../../shared/fallback-text.js";
import { Task } from "../../shared/task.js";
import { hrefFor, navigate } from "../app/routes.js";
import type { FieldErrors } from "../shared/errors.js";
import { errorText, fieldErrorsOf, renderLoadError, renderLoading } from "../shared/errors.js";
import { contentLocales, eachOnce } from "../shared/language-fields.js";
import { pickText } from "../shared/locale-text.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { questionEditorStyles } from "../editor/event-editor.styles.js";
import { questionListActions } from "../editor/question-list.js";
import { createSeason, listSeasons, updateSeason } from "./mentoring-api.js";
import { mentoringStyles } from "./mentoring.styles.js";
import type { SeasonDraft } from "./season-draft.js";
import {
  bodyOf,
  draftOf,
  emptySeason,
  seasonFieldOrder,
  seasonProblems,
  withSeasonValue,
} from "./season-draft.js";
import { renderSeasonFields } from "./season-fields.js";

/**
 * A Language Friend season's set-up, new or existing: its name in each language, the language
 * practised, dates and intake deadline, how pairs may meet and where, who may join, what makes a
 * good pair (five weights) and how partners reach each other. Checked with the API's own schema
 * before it is sent; a season someone else changed meanwhile is refused and the form kept.
 *
 * @tag hearth-admin-season-form
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminSeasonForm extends OrganisationPageElement {
  static override styles = [mentoringStyles, questionEditorStyles];

  /** Empty for a new season. */
  @property({ attribute: "season-id" }) seasonId = "";

  @state() private draft: SeasonDraft | undefined;
  /** The season as last saved: its name heads the page, its version guards the next save. */
  @state() private saved: AdminSeason | undefined;
  @state() private errors: FieldErrors = {};
  @state() private status = "";
  @state() private failure = "";
  @state() private conflict = false;
  @state() private busy = false;

  private readonly task = new Task(this, {
    task: async ([org, id], { signal }) => {
      // Just created here: the season is already on screen, the URL only caught up.
      if (id && this.saved?.id === id) return;
      if (!id) {
        this.saved = undefined;
        this.draft = emptySeason(this.organisation?.timeZone ?? "Europe/Tallinn");
        return;
      }
      const { seasons } = await listSeasons(org, signal);
      const season = seasons.find((candidate) => candidate.id === id);
      if (!season) throw new ApiError(404, "not_found", "No such season.");
      this.saved = season;
      this.draft = draftOf(season);
    },
    args: () => [this.org, this.seasonId] as const,
  });

  private get locales(): string[] {
    const own = this.organisation ? contentLocales(this.organisation) : [this.localize.locale];
    return eachOnce(own, Object.keys(this.draft?.name ?? {}));
  }

  override render() {
    return this.renderBase(
      this.task.render({
        initial: () => renderLoading(this.localize),
        pending: () => (this.draft ? this.renderForm(this.draft) : renderLoading(this.localize)),
        complete: () => (this.draft ? this.renderForm(this.draft) : nothing),
        error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
      }),
    );
  }

  private renderForm(draft: SeasonDraft) {
    const t = this.localize.t.bind(this.localize);
    const name = this.saved
      ? pickText(this.saved.name, [this.localize.locale, this.organisation?.defaultLocale ?? "en"])
      : "";
    return html`<h1 id="season-title" tabindex="-1">
        ${this.saved ? t("seasonEditTitle", { name }) : t("seasonNewTitle")}
      </h1>
      <p class="toolbar">
        <a href=${hrefFor({ name: "mentoring" }, this.org)}>${t("seasonsBack")}</a>
        ${
          this.saved
            ? html`<a href=${hrefFor({ name: "mentoring-workbench", id: this.saved.id }, this.org)}
                >${t("seasonOpenWorkbench")}</a
              >`
            : nothing
        }
      </p>
      <p class="live notice" role="status">${this.status}</p>
      <div class="live alert summary" role="alert" tabindex="-1">${this.failure}</div>
      ${
        this.conflict
          ? html`<div class="alert conflict" tabindex="-1">
              <p>${t("seasonConflict")}</p>
              <button type="button" class="button secondary" @click=${this.reload}>
                ${t("loadLatest")}
              </button>
            </div>`
          : nothing
      }
      <form novalidate @input=${this.onInput} @change=${this.onInput} @submit=${this.onSave}>
        ${renderSeasonFields({
          draft,
          errors: this.errors,
          locales: this.locales,
          localize: this.localize,
          questions: this.questionActions,
        })}
        <div class="actions">
          <button type="submit" class="button" ?disabled=${this.busy}>${t("seasonSave")}</button>
        </div>
      </form>`;
  }

  private onInput(event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    if (!this.draft || !control.name) return;
    const checked = control instanceof HTMLInputElement && control.checked;
    this.draft = withSeasonValue(this.draft, control.name, control.value, checked);
  }

  /** The add, move and remove buttons of the season's own questions. */
  private readonly questionActions = questionListActions({
    localize: this.localize,
    questions: () => this.draft?.questions ?? [],
    changeQuestions: (questions) => {
      if (!this.draft) return;
      this.draft = { ...this.draft, questions };
      // Their errors name questions by position, which just changed.
      this.errors = Object.fromEntries(
        Object.entries(this.errors).filter(([path]) => !path.startsWith("questions")),
      );
    },
    announce: (words) => void (this.status = words),
    focusOn: (selector) => this.focusOn(selector),
  });

  private readonly reload = () => {
    this.conflict = false;
    this.saved = undefined;
    this.status = "";
    void this.task.run();
  };

  private async onSave(submit: SubmitEvent): Promise<void> {
    submit.preventDefault();
    if (this.busy || !this.draft) return;
    this.status = "";
    this.failure = "";
    this.conflict = false;
    const body = bodyOf(this.draft, this.saved?.pairingVersion);
    this.errors = seasonProblems(body, this.localize);
    if (Object.keys(this.errors).length > 0) {
      this.failure = this.localize.t("errorValidation");
      await this.focusProblem();
      return;
    }
    this.busy = true;
    try {
      const { season } = this.saved
        ? await updateSeason(this.org, this.saved.id, body)
        : await createSeason(this.org, body);
      const created = !this.saved;
      this.saved = season;
      this.draft = draftOf(season);
      this.status = this.localize.t("seasonSaved");
      if (created) navigate({ name: "mentoring-edit", id: season.id }, this.org);
    } catch (error) {
      this.conflict = error instanceof ApiError && error.code === "version_conflict";
      this.errors = fieldErrorsOf(error, this.localize);
      this.failure = this.conflict ? "" : errorText(error, this.localize);
      await (this.conflict ? this.focusOn(".conflict") : this.focusProblem());
    } finally {
      this.busy = false;
    }
  }

  /** The first field with a problem, in form order (a group's first control), else the summary. */
  private async focusProblem(): Promise<void> {
    await this.updateComplete;
    const first = seasonFieldOrder.find((path) =>
      Object.keys(this.errors).some((key) => key === path || key.startsWith(`${path}.`)),
    );
    const control = first
      ? this.renderRoot.querySelector<HTMLElement>(`[name="${first}"], [name^="${first}."]`)
      : null;
    (control ?? this.renderRoot.querySelector<HTMLElement>(".summary"))?.focus();
  }
}
