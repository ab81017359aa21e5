import { Task, TaskStatus } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import { isPersonalDataRead } from "../../../schema/contracts/admin/audit.js";
import type { AuditEntry } from "../../../schema/contracts/admin/team.js";
import { getAudit } from "./audit-api.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { adminStyles } from "../shared/admin.styles.js";
import { renderLoadError, renderLoading } from "../shared/errors.js";

/**
 * Who did what and when, newest first, including who looked at personal data.
 *
 * @tag hearth-admin-audit
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminAudit extends OrganisationPageElement {
  static override styles = adminStyles;

  @state() private entries: AuditEntry[] = [];
  @state() private nextCursor: string | null = null;

  private readonly firstTask = new Task(this, {
    task: async ([org], { signal }) => {
      const page = await getAudit(org, undefined, signal);
      this.entries = page.entries;
      this.nextCursor = page.nextCursor;
    },
    args: () => [this.org] as const,
  });

  private readonly moreTask = new Task<[string], void>(this, {
    autoRun: false,
    task: async ([cursor], { signal }) => {
      const page = await getAudit(this.org, cursor, signal);
      this.entries = [...this.entries, ...page.entries];
      this.nextCursor = page.nextCursor;
      // The button hides while the page loads: focus goes to the first new row, not the page's top.
      const first = page.entries[0];
      if (first) void this.focusOn(`tr[data-entry="${CSS.escape(first.id)}"] td`);
    },
  });

  override render() {
    const t = this.localize.t.bind(this.localize);
    const pending = this.moreTask.status === TaskStatus.PENDING;
    return this.renderBase(
      html`<h1 id="audit-title" tabindex="-1">${t("auditTitle")}</h1>
        <p>${t("auditRosterViewsNote")}</p>
        ${this.entries.length > 0 ? this.renderTable() : nothing}
        ${this.firstTask.render({
          initial: () => renderLoading(this.localize),
          pending: () => renderLoading(this.localize),
          complete: () => (this.entries.length === 0 ? html`<p>${t("auditEmpty")}</p>` : nothing),
          error: (error) => renderLoadError(error, this.localize, () => void this.firstTask.run()),
        })}
        ${this.moreTask.render({
          pending: () => renderLoading(this.localize),
          error: (error) => renderLoadError(error, this.localize, this.loadMore),
        })}
        ${
          this.nextCursor && !pending
            ? html`<button type="button" class="button secondary more" @click=${this.loadMore}>
                ${t("loadMore")}
              </button>`
            : nothing
        }`,
    );
  }

  private renderTable() {
    const t = this.localize.t.bind(this.localize);
    return html`<div class="table-wrap" role="region" aria-labelledby="audit-caption" tabindex="0">
      <table>
        <caption id="audit-caption" class="visually-hidden">
          ${t("auditTitle")}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t("auditWhen")}</th>
            <th scope="col">${t("auditWho")}</th>
            <th scope="col">${t("auditAction")}</th>
            <th scope="col">${t("auditTarget")}</th>
          </tr>
        </thead>
        <tbody>
          ${this.entries.map(
            (entry) =>
              html`<tr data-entry=${entry.id}>
                <td tabindex="-1">${this.localize.dateTime(entry.at)}</td>
                <td>
                  ${entry.user ? html`<bdi>${entry.user.displayName}</bdi> (<bdi>${entry.user.email}</bdi>)` : t("auditSystem")}
                </td>
                <td>${this.renderAction(entry.action)}</td>
                <td>${entry.targetType} <code>${entry.targetId}</code></td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }

  /** Reads of personal data in words; other actions by their code until they get words too. */
  private renderAction(action: string) {
    return isPersonalDataRead(action)
      ? this.localize.t(`audit_${action}`)
      : html`<code>${action}</code>`;
  }

  private readonly loadMore = () => {
    if (this.nextCursor) void this.moreTask.run([this.nextCursor]);
  };
}
