import { Task } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { FeedbackSummary } from "../../../schema/contracts/admin/visits.js";
import { getFeedback } from "./visits-api.js";
import { hrefFor } from "../app/routes.js";
import type { AdminMessageKey } from "../i18n/messages.js";
import { EventPageElement } from "../shared/organisation-page.js";
import { renderLoadError, renderLoading } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import { styleProperties } from "../../shared/style-properties.js";
import { visitsStyles } from "./visits.styles.js";

const faces: readonly AdminMessageKey[] = ["face1", "face2", "face3", "face4", "face5"];

const audienceKeys: Partial<Record<string, AdminMessageKey>> = {
  attendee: "audience_attendee",
  visitor: "audience_visitor",
  host: "audience_host",
  interpreter: "audience_interpreter",
};

/**
 * What people said after a visit: how many answered, the average of the five faces, how the
 * answers spread (each bar has its count and share in words), by audience, and the comments.
 *
 * @tag hearth-admin-feedback
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminFeedback extends EventPageElement {
  static override styles = visitsStyles;

  private readonly task = new Task(this, {
    task: async ([org, id], { signal }) => {
      const [event, { feedback }] = await Promise.all([
        this.loadEvent(org, id, signal),
        getFeedback(org, id, signal),
      ]);
      return { event, feedback };
    },
    args: () => [this.org, this.eventId] as const,
  });

  override render() {
    return this.renderBase(
      this.task.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: (value) => this.renderSummary(value),
        error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
      }),
    );
  }

  private get locales(): string[] {
    return [this.localize.locale, this.organisation?.defaultLocale ?? "en"];
  }

  private average(value: number | null): string {
    if (value === null) return "—";
    const formatted = new Intl.NumberFormat(this.localize.locale, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }).format(value);
    return this.localize.t("averageOf5", { average: formatted });
  }

  private audience(code: string): string {
    const key = audienceKeys[code];
    return key ? this.localize.t(key) : code;
  }

  private renderSummary({ event, feedback }: { event: AdminEvent; feedback: FeedbackSummary }) {
    const t = this.localize.t.bind(this.localize);
    const title = pickText(event.title, this.locales);
    return html`<div class="toolbar">
        <h1 class="grow" id="feedback-title" tabindex="-1">${t("feedbackOf", { title })}</h1>
        <a class="button link" href=${hrefFor({ name: "needs", id: event.id }, this.org)}
          >${t("needsBoard")}</a
        >
      </div>
      <dl class="figures">
        <div>
          <dt>${t("responses")}</dt>
          <dd>${this.localize.number(feedback.responses)}</dd>
        </div>
        <div>
          <dt>${t("average")}</dt>
          <dd>${this.average(feedback.average)}</dd>
        </div>
      </dl>
      ${feedback.responses === 0 ? html`<p class="muted">${t("noFeedback")}</p>` : this.renderDetails(feedback)}`;
  }

  private renderDetails(feedback: FeedbackSummary) {
    const t = this.localize.t.bind(this.localize);
    const n = (value: number) => this.localize.number(value);
    const percent = new Intl.NumberFormat(this.localize.locale, { style: "percent" });
    const most = Math.max(1, ...feedback.distribution);
    return html`<section aria-labelledby="spread-title">
        <h2 id="spread-title">${t("spreadTitle")}</h2>
        <ul class="bars">
          ${[...feedback.distribution].reverse().map((count, i) => {
            const face = faces[faces.length - 1 - i]!;
            return html`<li>
              <span>${t(face)}</span>
              <span class="bar" aria-hidden="true"
                ><span ${styleProperties({ "inline-size": `${(count / most) * 100}%` })}></span
              ></span>
              <span>${n(count)} (${percent.format(count / feedback.responses)})</span>
            </li>`;
          })}
        </ul>
      </section>
      ${
        Object.keys(feedback.byAudience).length > 1
          ? html`<section aria-labelledby="audience-title">
              <h2 id="audience-title">${t("byAudience")}</h2>
              <table>
                <caption class="visually-hidden">
                  ${t("byAudience")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t("slotAudience")}</th>
                    <th scope="col">${t("responses")}</th>
                    <th scope="col">${t("average")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${Object.entries(feedback.byAudience).map(
                    ([audience, figures]) =>
                      html`<tr>
                        <th scope="row">${this.audience(audience)}</th>
                        <td>${n(figures.responses)}</td>
                        <td>${this.average(figures.average)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </section>`
          : nothing
      }
      <section aria-labelledby="comments-title">
        <h2 id="comments-title">${t("commentsTitle")}</h2>
        ${
          feedback.comments.length === 0
            ? html`<p class="muted">${t("none")}</p>`
            : html`<ul class="comments">
                ${feedback.comments.map(
                  (comment) =>
                    html`<li>
                      <p class="muted">
                        ${this.audience(comment.audience)} ·
                        ${t(faces[comment.score - 1] ?? "face3")} ·
                        ${this.localize.dateTime(comment.at)}
                      </p>
                      <blockquote><bdi>${comment.comment}</bdi></blockquote>
                    </li>`,
                )}
              </ul>`
        }
      </section>`;
  }
}
