import { nothing } from "lit";
import { property } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { AdminSeries, AdminSeriesDate } from "../../../schema/contracts/series.js";
import { html } from "../../shared/fallback-text.js";
import { Task } from "../../shared/task.js";
import { hrefFor } from "../app/routes.js";
import { getSeries } from "../events/events-api.js";
import { AdminElement } from "../shared/admin-element.js";
import { renderLoadError, renderLoading } from "../shared/errors.js";
import { editorStyles } from "./event-editor.styles.js";
import { seriesStyles } from "./series.styles.js";

/**
 * Where a date of a series stands ("Date 3 of 12 in a series") and, when opened, every date of
 * the series with its status and places, each a link to that date in the editor. Read again
 * after each save of the date, since a save may change the following dates too.
 *
 * @tag hearth-admin-series-dates
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminSeriesDates extends AdminElement {
  static override styles = [editorStyles, seriesStyles];

  @property() org = "";
  /** The date being edited; its `series` names the series. */
  @property({ attribute: false }) event: AdminEvent | undefined;

  private readonly seriesTask = new Task(this, {
    task: async ([org, seriesId], { signal }) =>
      seriesId ? (await getSeries(org, seriesId, signal)).series : undefined,
    args: () => [this.org, this.event?.series?.id, this.event?.version] as const,
  });

  override render() {
    const series = this.event?.series;
    if (!series) return nothing;
    const t = this.localize.t.bind(this.localize);
    const number = this.localize.number.bind(this.localize);
    return this.renderBase(
      html`<details class="series">
        <summary>
          ${t("seriesPosition", { position: number(series.position), total: number(series.total) })}
        </summary>
        ${series.blockSignup ? html`<p>${t("repeatBlockSignup")}</p>` : nothing}
        ${this.seriesTask.render({
          initial: () => renderLoading(this.localize),
          pending: () => renderLoading(this.localize),
          complete: (loaded) => (loaded ? this.renderDates(loaded) : nothing),
          error: (error) => renderLoadError(error, this.localize, () => void this.seriesTask.run()),
        })}
      </details>`,
    );
  }

  private renderDates(series: AdminSeries) {
    return html`<ol class="series-dates" aria-label=${this.localize.t("seriesDatesLabel")}>
      ${series.dates.map((date) => this.renderDate(date))}
    </ol>`;
  }

  private renderDate(date: AdminSeriesDate) {
    const t = this.localize.t.bind(this.localize);
    const current = date.eventId === this.event?.id;
    const when = this.localize.dateTime(date.startsAt, this.event?.timeZone);
    return html`<li class=${current ? "current" : ""}>
      <a
        href=${hrefFor({ name: "event", id: date.eventId }, this.org)}
        aria-current=${current ? "page" : "false"}
        >${when}</a
      >
      ${current ? html`<span class="this-date">${t("seriesThisDate")}</span>` : nothing}
      <span class="badge ${date.status}">${t(`status_${date.status}`)}</span>
      <span
        >${t("placesTaken", {
          taken: this.localize.number(date.taken),
          capacity: this.localize.number(date.capacity),
        })}</span
      >
    </li>`;
  }
}
