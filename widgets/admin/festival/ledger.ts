import { Task } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type {
  AdminApplication,
  LedgerResponse,
} from "../../../schema/contracts/admin/festivals.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { getApplications, getLedger } from "./festival-api.js";
import { EventPageElement } from "../shared/organisation-page.js";
import { renderLoadError, renderLoading } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import { renderFestivalLinks } from "./festival-links.js";
import { festivalStyles } from "./festival.styles.js";
import { formatCents } from "./money.js";

interface Loaded {
  event: AdminEvent;
  cooks: AdminApplication[];
}

/**
 * The festival's cost ledger: per cook what ingredients cost and what they took, the balance,
 * and the festival's totals. A record, not a shop: nothing is paid out from here.
 *
 * @tag hearth-admin-ledger
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminLedger extends EventPageElement {
  static override styles = festivalStyles;

  @state() private ledger: LedgerResponse | undefined;
  @state() private announcement = "";

  private readonly task = new Task(this, {
    task: async ([org, id], { signal }): Promise<Loaded> => {
      const [event, ledger, { applications }] = await Promise.all([
        this.loadEvent(org, id, signal),
        getLedger(org, id, signal),
        getApplications(org, id, "approved", signal),
      ]);
      this.ledger = ledger;
      return { event, cooks: applications };
    },
    args: () => [this.org, this.eventId] as const,
  });

  override render() {
    return this.renderBase(
      this.task.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: (value) => this.renderPage(value),
        error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
      }),
    );
  }

  private renderPage({ event, cooks }: Loaded) {
    const t = this.localize.t.bind(this.localize);
    const title = pickText(event.title, [
      this.localize.locale,
      this.organisation?.defaultLocale ?? "en",
    ]);
    const context = { localize: this.localize, org: this.org, role: this.memberRole };
    return html`<div class="toolbar">
        <h1 class="grow" id="ledger-title" tabindex="-1">${t("ledgerTitle", { title })}</h1>
        ${renderFestivalLinks(event, context, "ledger")}
      </div>
      <p class="notice">${t("ledgerPlainWords")}</p>
      <p class="live notice" role="status">${this.announcement}</p>
      ${this.ledger ? this.renderTable(this.ledger) : nothing}
      ${
        may(this.memberRole, "roster.write")
          ? html`<hearth-admin-ledger-form
              lang=${this.localize.locale}
              org=${this.org}
              event-id=${this.eventId}
              .cooks=${cooks}
              @hearth-admin-ledger-changed=${this.onChanged}
            ></hearth-admin-ledger-form>`
          : nothing
      }`;
  }

  private renderTable(ledger: LedgerResponse) {
    const t = this.localize.t.bind(this.localize);
    const money = (cents: number) => formatCents(cents, this.localize);
    if (ledger.perCook.length === 0) return html`<p class="empty">${t("ledgerEmpty")}</p>`;
    return html`<div class="table-wrap" role="region" aria-labelledby="ledger-caption" tabindex="0">
      <table class="ledger">
        <caption id="ledger-caption" class="visually-hidden">
          ${t("ledgerCaption")}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t("ledgerCook")}</th>
            <th scope="col" class="amount">${t("ledger_ingredients")}</th>
            <th scope="col" class="amount">${t("ledger_takings")}</th>
            <th scope="col" class="amount">${t("ledgerBalance")}</th>
          </tr>
        </thead>
        <tbody>
          ${ledger.perCook.map(
            (row) =>
              html`<tr data-cook=${row.applicationId}>
                <th scope="row"><bdi>${row.displayName}</bdi></th>
                <td class="amount">${money(row.ingredientsCents)}</td>
                <td class="amount">${money(row.takingsCents)}</td>
                <td class="amount">${money(row.balanceCents)}</td>
              </tr>`,
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">${t("ledgerTotals")}</th>
            <td class="amount">${money(ledger.totals.ingredientsCents)}</td>
            <td class="amount">${money(ledger.totals.takingsCents)}</td>
            <td class="amount">${money(ledger.totals.balanceCents)}</td>
          </tr>
        </tfoot>
      </table>
    </div>`;
  }

  private readonly onChanged = (event: CustomEvent<LedgerResponse>) => {
    this.ledger = event.detail;
    this.announcement = this.localize.t("ledgerAdded");
  };
}
