import { Task } from "../../shared/task.js";
import { html } from "../../shared/fallback-text.js";
import { query, state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { AdminApplication } from "../../../schema/contracts/admin/festivals.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import type { ApplicationDecision } from "./festival-api.js";
import { decideApplication, getApplications } from "./festival-api.js";
import { EventPageElement } from "../shared/organisation-page.js";
import { errorText, renderLoadError, renderLoading } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import type { HearthAdminDecisionDialog } from "./decision-dialog.js";
import { renderFestivalLinks } from "./festival-links.js";
import { festivalStyles } from "./festival.styles.js";

const statuses = ["submitted", "approved", "waitlisted", "declined", "draft"] as const;
const needFilters = ["power", "water", "helper"] as const;
type NeedFilter = (typeof needFilters)[number];

/**
 * A festival's review queue: every cook's application, filtered by status and by what they need
 * at their stall, with the decisions, hygiene checks and notes; results go to a live region.
 *
 * @tag hearth-admin-cook-queue
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminCookQueue extends EventPageElement {
  static override styles = festivalStyles;

  @state() private statusFilter = "";
  @state() private needs = new Set<NeedFilter>();
  @state() private applications: AdminApplication[] = [];
  @state() private announcement = "";
  @state() private deciding:
    { application: AdminApplication; status: ApplicationDecision } | undefined;
  @state() private decisionError = "";
  @state() private busy = false;
  @query("hearth-admin-decision-dialog") private dialog!: HearthAdminDecisionDialog;

  private readonly eventTask = new Task(this, {
    task: async ([org, id], { signal }) => await this.loadEvent(org, id, signal),
    args: () => [this.org, this.eventId] as const,
  });

  private readonly listTask = new Task(this, {
    task: async ([org, id, status], { signal }) => {
      this.applications = (await getApplications(org, id, status, signal)).applications;
    },
    args: () => [this.org, this.eventId, this.statusFilter] as const,
  });

  override render() {
    return this.renderBase(
      this.eventTask.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: (event) => this.renderQueue(event),
        error: (error) => renderLoadError(error, this.localize, () => void this.eventTask.run()),
      }),
    );
  }

  private renderQueue(event: AdminEvent) {
    const t = this.localize.t.bind(this.localize);
    const title = pickText(event.title, [
      this.localize.locale,
      this.organisation?.defaultLocale ?? "en",
    ]);
    const context = { localize: this.localize, org: this.org, role: this.memberRole };
    return html`<div class="toolbar">
        <h1 class="grow" id="cooks-title" tabindex="-1">${t("cooksTitle", { title })}</h1>
        ${renderFestivalLinks(event, context, "cooks")}
      </div>
      <p class="live notice" role="status">${this.announcement}</p>
      ${this.renderFilters()}
      ${this.listTask.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: () => this.renderCards(),
        error: (error) => renderLoadError(error, this.localize, () => void this.listTask.run()),
      })}
      <hearth-admin-decision-dialog
        lang=${this.localize.locale}
        .application=${this.deciding?.application}
        default-locale=${this.organisation?.defaultLocale ?? "en"}
        status=${this.deciding?.status ?? "approved"}
        error=${this.decisionError}
        ?busy=${this.busy}
        @hearth-admin-decision=${this.onDecision}
      ></hearth-admin-decision-dialog>`;
  }

  private renderFilters() {
    const t = this.localize.t.bind(this.localize);
    return html`<form
      class="filters"
      role="search"
      aria-label=${t("cooksFilters")}
      @submit=${(e: Event) => e.preventDefault()}
    >
      <div class="field">
        <label for="cooks-status">${t("colStatus")}</label>
        <select
          id="cooks-status"
          @change=${(e: Event) => (this.statusFilter = (e.target as HTMLSelectElement).value)}
        >
          <option value="">${t("allApplications")}</option>
          ${statuses.map(
            (status) =>
              html`<option value=${status} ?selected=${this.statusFilter === status}>
                ${t(`app_${status}`)}
              </option>`,
          )}
        </select>
      </div>
      <fieldset class="plain">
        <legend>${t("needsFilter")}</legend>
        ${needFilters.map(
          (need) =>
            html`<label class="choice">
              <input
                type="checkbox"
                name="need"
                value=${need}
                .checked=${this.needs.has(need)}
                @change=${this.onNeed}
              />
              ${t(`need_${need}`)}
            </label>`,
        )}
      </fieldset>
    </form>`;
  }

  private renderCards() {
    const shown = this.applications.filter((application) =>
      [...this.needs].every((need) => application.stallNeeds[need]),
    );
    if (shown.length === 0) return html`<p class="empty">${this.localize.t("cooksEmpty")}</p>`;
    const canWrite = may(this.memberRole, "roster.write");
    return html`<ul class="cards" aria-labelledby="cooks-title">
      ${shown.map(
        (application) =>
          html`<li>
            <hearth-admin-cook-card
              lang=${this.localize.locale}
              org=${this.org}
              event-id=${this.eventId}
              ?can-write=${canWrite}
              .application=${application}
              @hearth-admin-application-changed=${this.onChanged}
              @hearth-admin-decision-requested=${this.onDecisionRequested}
            ></hearth-admin-cook-card>
          </li>`,
      )}
    </ul>`;
  }

  private onNeed(event: Event): void {
    const input = event.target as HTMLInputElement;
    const needs = new Set(this.needs);
    if (input.checked) needs.add(input.value as NeedFilter);
    else needs.delete(input.value as NeedFilter);
    this.needs = needs;
  }

  private replace(changed: AdminApplication): void {
    this.applications = this.applications.map((application) =>
      application.id === changed.id ? changed : application,
    );
  }

  private readonly onChanged = (
    event: CustomEvent<{ application: AdminApplication; announcement: string }>,
  ) => {
    this.replace(event.detail.application);
    this.announcement = event.detail.announcement;
  };

  private readonly onDecisionRequested = async (
    event: CustomEvent<{ application: AdminApplication; status: ApplicationDecision }>,
  ) => {
    this.deciding = event.detail;
    this.decisionError = "";
    await this.updateComplete;
    await this.dialog.open();
  };

  private readonly onDecision = async (
    event: CustomEvent<{ status: ApplicationDecision; message: Record<string, string> }>,
  ) => {
    const deciding = this.deciding;
    if (!deciding) return;
    this.busy = true;
    this.decisionError = "";
    try {
      const { application } = await decideApplication(
        this.org,
        this.eventId,
        deciding.application.id,
        event.detail.status,
        event.detail.message,
      );
      this.replace(application);
      this.dialog.close();
      this.announcement = this.localize.t(`announce_${event.detail.status}`, {
        name: application.displayName,
      });
    } catch (error) {
      this.decisionError = errorText(error, this.localize);
      this.announcement = this.decisionError;
    } finally {
      this.busy = false;
    }
  };
}
