import { nothing } from "lit";
import { property, state } from "lit/decorators.js";
import { resolveText } from "../../../i18n/content.js";
import type { WorkbenchResponse } from "../../../schema/contracts/admin/mentoring.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import type { AdminEventMap } from "../shared/admin-events.js";
import { html } from "../../shared/fallback-text.js";
import { Task } from "../../shared/task.js";
import { hrefFor } from "../app/routes.js";
import { renderLoadError, renderLoading } from "../shared/errors.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { renderIntakeOverview } from "./intake-overview.js";
import { getWorkbench } from "./mentoring-api.js";
import { mentoringStyles } from "./mentoring.styles.js";

/**
 * A Language Friend season's workbench: who signed up (counts by way of meeting, level, region
 * and language), finding and publishing pairs, the proposed pairs with their reasons, the people
 * not matched yet and why, the pairs ruled out, and the season's report. This page holds the
 * workbench; its parts send changes and hand back what the server answered.
 *
 * @tag hearth-admin-mentoring-workbench
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminMentoringWorkbench extends OrganisationPageElement {
  static override styles = mentoringStyles;

  @property({ attribute: "season-id" }) seasonId = "";

  @state() private workbench: WorkbenchResponse | undefined;
  @state() private status = "";
  @state() private conflict = false;
  /** Tells the report to count again after pairs changed. */
  @state() private revision = 0;

  private readonly task = new Task(this, {
    task: async ([org, id], { signal }) => {
      this.workbench = await getWorkbench(org, id, signal);
    },
    args: () => [this.org, this.seasonId] as const,
  });

  override render() {
    return this.renderBase(
      this.task.render({
        initial: () => renderLoading(this.localize),
        // A reload after a change keeps the workbench (and the focus in it) on screen.
        pending: () =>
          this.workbench ? this.renderPage(this.workbench) : renderLoading(this.localize),
        complete: () => (this.workbench ? this.renderPage(this.workbench) : nothing),
        error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
      }),
    );
  }

  private renderPage(workbench: WorkbenchResponse) {
    const { localize } = this;
    const t = localize.t.bind(localize);
    const { season } = workbench;
    const name = resolveText(season.name, localize.locale, this.organisation?.defaultLocale ?? "");
    const parts = {
      lang: localize.locale,
      org: this.org,
      role: this.memberRole ?? "",
    };
    return html`<h1 id="workbench-title" tabindex="-1">
        <span lang=${name.text ? name.lang : nothing} dir="auto"
          >${name.text || t("untitled")}</span
        >
      </h1>
      <p class="meta">
        <span
          >${t("seasonDates", { start: localize.day(season.startsOn), end: localize.day(season.endsOn) })}</span
        >
        <span
          >${t("seasonPractisedLanguage", { language: localize.languageName(season.practisedLanguage) })}</span
        >
        <span>${t("seasonIntakeUntil", { date: localize.day(season.intakeClosesAt) })}</span>
      </p>
      <p class="toolbar">
        <a href=${hrefFor({ name: "mentoring" }, this.org)}>${t("seasonsBack")}</a>
        ${
          may(this.memberRole, "mentoring.write")
            ? html`<a href=${hrefFor({ name: "mentoring-edit", id: season.id }, this.org)}
                >${t("seasonEdit")}</a
              >`
            : nothing
        }
      </p>
      <p class="live notice" role="status">${this.status}</p>
      ${
        this.conflict
          ? html`<div class="alert conflict" tabindex="-1">
              <p>${t("workbenchConflict")}</p>
              <button type="button" class="button secondary" @click=${this.loadLatest}>
                ${t("loadLatest")}
              </button>
            </div>`
          : nothing
      }
      <div
        class="form"
        @hearth-admin-workbench-changed=${this.onChanged}
        @hearth-admin-workbench-conflict=${this.onConflict}
      >
        ${renderIntakeOverview(workbench.overview, localize)}
        <hearth-admin-pairing-actions
          lang=${parts.lang}
          org=${parts.org}
          member-role=${parts.role}
          season-id=${season.id}
          .workbench=${workbench}
        ></hearth-admin-pairing-actions>
        <hearth-admin-season-pairs
          lang=${parts.lang}
          org=${parts.org}
          member-role=${parts.role}
          season-id=${season.id}
          .workbench=${workbench}
        ></hearth-admin-season-pairs>
        <hearth-admin-unmatched-people
          lang=${parts.lang}
          org=${parts.org}
          member-role=${parts.role}
          season-id=${season.id}
          .workbench=${workbench}
        ></hearth-admin-unmatched-people>
        <hearth-admin-season-bans
          lang=${parts.lang}
          org=${parts.org}
          member-role=${parts.role}
          season-id=${season.id}
          .workbench=${workbench}
        ></hearth-admin-season-bans>
        <hearth-admin-season-report
          lang=${parts.lang}
          org=${parts.org}
          season-id=${season.id}
          revision=${this.revision}
        ></hearth-admin-season-report>
      </div>`;
  }

  private readonly onChanged = (event: AdminEventMap["hearth-admin-workbench-changed"]) => {
    const { workbench, announcement } = event.detail;
    this.conflict = false;
    this.status = announcement;
    this.revision += 1;
    if (workbench) this.workbench = workbench;
    else void this.task.run();
  };

  private readonly onConflict = () => {
    this.status = "";
    this.conflict = true;
    void this.focusOn(".conflict");
  };

  private readonly loadLatest = async () => {
    this.conflict = false;
    await this.task.run();
    this.status = this.localize.t("workbenchReloaded");
    await this.focusOn("#workbench-title");
  };
}
