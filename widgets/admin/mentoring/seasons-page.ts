import { nothing } from "lit";
import { may } from "../../../schema/contracts/admin/permissions.js";
import type { AdminSeason } from "../../../schema/contracts/admin/mentoring.js";
import { resolveText } from "../../../i18n/content.js";
import { html } from "../../shared/fallback-text.js";
import { Task } from "../../shared/task.js";
import { hrefFor } from "../app/routes.js";
import { renderLoadError, renderLoading } from "../shared/errors.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { listSeasons } from "./mentoring-api.js";
import { mentoringStyles } from "./mentoring.styles.js";

/**
 * Language Friends: the organisation's mentoring seasons, each with its dates, how many mentors
 * and learners signed up and how many pairs it has, a way into its workbench and, for those who
 * may change it, its set-up. "New season" starts one.
 *
 * @tag hearth-admin-seasons
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminSeasons extends OrganisationPageElement {
  static override styles = mentoringStyles;

  private readonly task = new Task(this, {
    task: async ([org], { signal }) => (await listSeasons(org, signal)).seasons,
    args: () => [this.org] as const,
  });

  override render() {
    const t = this.localize.t.bind(this.localize);
    const canWrite = may(this.memberRole, "mentoring.write");
    return this.renderBase(
      html`<div class="toolbar">
          <h1 class="grow" id="seasons-title" tabindex="-1">${t("seasonsTitle")}</h1>
          ${
            canWrite
              ? html`<a class="button" href=${hrefFor({ name: "mentoring-new" }, this.org)}
                  >${t("seasonNew")}</a
                >`
              : nothing
          }
        </div>
        <p class="muted">${t("seasonsHint")}</p>
        ${this.task.render({
          initial: () => renderLoading(this.localize),
          pending: () => renderLoading(this.localize),
          complete: (seasons) => this.renderSeasons(seasons, canWrite),
          error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
        })}`,
    );
  }

  private renderSeasons(seasons: readonly AdminSeason[], canWrite: boolean) {
    if (seasons.length === 0) {
      return html`<p class="empty">${this.localize.t("seasonsEmpty")}</p>`;
    }
    return html`<ul class="cards" aria-labelledby="seasons-title">
      ${seasons.map((season) => this.renderSeason(season, canWrite))}
    </ul>`;
  }

  private renderSeason(season: AdminSeason, canWrite: boolean) {
    const { localize } = this;
    const t = localize.t.bind(localize);
    const name = resolveText(season.name, localize.locale, this.organisation?.defaultLocale ?? "");
    const title = name.text || t("untitled");
    return html`<li class="card panel" id="season-${season.id}">
      <h2>
        <a
          href=${hrefFor({ name: "mentoring-workbench", id: season.id }, this.org)}
          lang=${name.text ? name.lang : nothing}
          dir="auto"
          >${title}</a
        >
      </h2>
      <p class="meta">
        <span
          >${t("seasonDates", { start: localize.day(season.startsOn), end: localize.day(season.endsOn) })}</span
        >
        <span>${t("seasonIntakeUntil", { date: localize.day(season.intakeClosesAt) })}</span>
        <span
          >${t("seasonPractisedLanguage", { language: localize.languageName(season.practisedLanguage) })}</span
        >
      </p>
      <p class="meta">
        <span>${localize.plural("mentorsCount", season.counts.mentors)}</span>
        <span>${localize.plural("learnersCount", season.counts.learners)}</span>
        <span>${localize.plural("pairsCount", season.counts.pairs)}</span>
        ${
          season.publishedAt
            ? html`<span class="badge published"
                >${t("seasonPublishedOn", { date: localize.day(season.publishedAt.slice(0, 10)) })}</span
              >`
            : html`<span class="badge draft">${t("seasonNotPublished")}</span>`
        }
      </p>
      <div class="actions">
        <a
          class="button small"
          href=${hrefFor({ name: "mentoring-workbench", id: season.id }, this.org)}
          >${t("seasonOpenWorkbench")}<span class="visually-hidden">: ${title}</span></a
        >
        ${
          canWrite
            ? html`<a
                class="button secondary small"
                href=${hrefFor({ name: "mentoring-edit", id: season.id }, this.org)}
                >${t("seasonEdit")}<span class="visually-hidden">: ${title}</span></a
              >`
            : nothing
        }
      </div>
    </li>`;
  }
}
