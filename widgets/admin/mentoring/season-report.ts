import { property } from "lit/decorators.js";
import type { SeasonReport } from "../../../schema/contracts/admin/mentoring.js";
import { html } from "../../shared/fallback-text.js";
import { Task } from "../../shared/task.js";
import type { AdminMessageKey } from "../i18n/messages.js";
import { renderLoadError, renderLoading } from "../shared/errors.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { getSeasonReport } from "./mentoring-api.js";
import { mentoringStyles } from "./mentoring.styles.js";

/** The report's counts in the order a funder's question runs, each with its words. */
const lines: readonly (readonly [AdminMessageKey, (report: SeasonReport) => number])[] = [
  ["reportMentors", (report) => report.mentors],
  ["reportLearners", (report) => report.learners],
  ["reportPairsFormed", (report) => report.pairsFormed],
  ["reportKept", (report) => report.pairsKeptToTheEnd],
  ["reportEndedEarly", (report) => report.pairsEndedEarly],
  ["reportUnmatched", (report) => report.unmatchedLearners],
  ["reportCheckInsGood", (report) => report.checkIns.good],
  ["reportCheckInsOkay", (report) => report.checkIns.okay],
  ["reportCheckInsBad", (report) => report.checkIns.bad],
  ["reportComments", (report) => report.checkIns.comments],
  ["reportHoursPairs", (report) => report.hours.pairsReporting],
  ["reportHoursMet", (report) => report.hours.met],
  ["reportMessagesRelayed", (report) => report.messagesRelayed],
];

/**
 * The season's report: pairs formed, kept to the end and ended early, people matched or not,
 * how the mid-season check-ins went and the hours pairs said they met. Counts only, no personal data: fit to pass on.
 *
 * @tag hearth-admin-season-report
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminSeasonReport extends OrganisationPageElement {
  static override styles = mentoringStyles;

  @property({ attribute: "season-id" }) seasonId = "";
  /** Bumped by the workbench after pairs are published or end: the counts change. */
  @property({ type: Number }) revision = 0;

  private readonly task = new Task(this, {
    task: ([org, id], { signal }) => getSeasonReport(org, id, signal),
    args: () => [this.org, this.seasonId, this.revision] as const,
  });

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<section aria-labelledby="report-title">
        <h2 id="report-title">${t("reportTitle")}</h2>
        <p class="muted">${t("reportHint")}</p>
        ${this.task.render({
          initial: () => renderLoading(this.localize),
          pending: () =>
            this.task.value ? this.renderReport(this.task.value) : renderLoading(this.localize),
          complete: (report) => this.renderReport(report),
          error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
        })}
      </section>`,
    );
  }

  private renderReport(report: SeasonReport) {
    // Two short columns fit a phone: no scrolling region of its own.
    return html`<table class="report" aria-labelledby="report-title">
      <tbody>
        ${lines.map(
          ([key, value]) =>
            html`<tr>
              <th scope="row">${this.localize.t(key)}</th>
              <td class="number">${this.localize.number(value(report))}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
