import { Task } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type {
  AdminApplication,
  AdminStall,
  StallsResponse,
} from "../../../schema/contracts/admin/festivals.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { ApiError } from "../../shared/api-client.js";
import { assignStall, getApplications, getStalls } from "./festival-api.js";
import { EventPageElement } from "../shared/organisation-page.js";
import { errorText, renderLoadError, renderLoading } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import { needsText } from "./dish-summary.js";
import { renderFestivalLinks } from "./festival-links.js";
import { festivalStyles } from "./festival.styles.js";

interface Loaded {
  event: AdminEvent;
  stalls: StallsResponse;
  cooks: AdminApplication[];
}

/** A stall suits a cook when it has what they asked for and nobody else has it. */
export function suits(stall: AdminStall, cook: AdminApplication): boolean {
  return (
    (!cook.stallNeeds.power || stall.power) &&
    (!cook.stallNeeds.water || stall.water) &&
    (stall.applicationId === null || stall.applicationId === cook.id)
  );
}

/**
 * A festival's stalls: defining them, giving approved cooks a stall that suits their needs, and
 * who is still without one.
 *
 * @tag hearth-admin-stalls
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminStalls extends EventPageElement {
  static override styles = festivalStyles;

  @state() private announcement = "";
  @state() private busy: string | undefined;
  @state() private loaded: Loaded | undefined;

  private readonly task = new Task(this, {
    task: async ([org, id], { signal }) => {
      const canReadCooks = may(this.memberRole, "roster.read");
      const [event, stalls, cooks] = await Promise.all([
        this.loadEvent(org, id, signal),
        getStalls(org, id, signal),
        canReadCooks ? getApplications(org, id, "approved", signal) : { applications: [] },
      ]);
      this.loaded = { event, stalls, cooks: cooks.applications };
    },
    args: () => [this.org, this.eventId] as const,
  });

  override render() {
    return this.renderBase(
      this.task.render({
        initial: () => renderLoading(this.localize),
        pending: () => (this.loaded ? this.renderPage(this.loaded) : renderLoading(this.localize)),
        complete: () => (this.loaded ? this.renderPage(this.loaded) : nothing),
        error: (error) => renderLoadError(error, this.localize, () => void this.task.run()),
      }),
    );
  }

  private renderPage({ event, stalls, cooks }: Loaded) {
    const t = this.localize.t.bind(this.localize);
    const title = pickText(event.title, [
      this.localize.locale,
      this.organisation?.defaultLocale ?? "en",
    ]);
    const context = { localize: this.localize, org: this.org, role: this.memberRole };
    return html`<div class="toolbar">
        <h1 class="grow" id="stalls-title" tabindex="-1">${t("stallsTitle", { title })}</h1>
        ${renderFestivalLinks(event, context, "stalls")}
      </div>
      <p class="live notice" role="status">${this.announcement}</p>
      <hearth-admin-stall-editor
        lang=${this.localize.locale}
        org=${this.org}
        event-id=${this.eventId}
        ?can-write=${may(this.memberRole, "events.write")}
        .stalls=${stalls.stalls}
        @hearth-admin-stalls-saved=${this.onStallsSaved}
      ></hearth-admin-stall-editor>
      ${this.renderAssignments(stalls, cooks)} ${this.renderUnassigned(stalls, cooks)}`;
  }

  private renderAssignments(stalls: StallsResponse, cooks: AdminApplication[]) {
    const t = this.localize.t.bind(this.localize);
    const canWrite = may(this.memberRole, "roster.write");
    return html`<section>
      <h2 id="assign-title">${t("assignTitle")}</h2>
      ${
        cooks.length === 0
          ? html`<p class="muted">${t("noApprovedCooks")}</p>`
          : html`<div
              class="table-wrap"
              role="region"
              aria-labelledby="assignments-caption"
              tabindex="0"
            >
              <table class="assignments">
                <caption id="assignments-caption" class="visually-hidden">
                  ${t("assignTitle")}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t("colName")}</th>
                    <th scope="col">${t("stallNeeds")}</th>
                    <th scope="col">${t("colStall")}</th>
                  </tr>
                </thead>
                <tbody>
                  ${cooks.map((cook) => this.renderCook(cook, stalls.stalls, canWrite))}
                </tbody>
              </table>
            </div>`
      }
    </section>`;
  }

  private renderCook(cook: AdminApplication, stalls: AdminStall[], canWrite: boolean) {
    const t = this.localize.t.bind(this.localize);
    const current = stalls.find((stall) => stall.id === cook.stallId);
    return html`<tr data-cook=${cook.id}>
      <th scope="row"><bdi>${cook.displayName}</bdi></th>
      <td>${needsText(cook.stallNeeds, this.localize)}</td>
      <td>
        ${
          canWrite
            ? html`<label class="visually-hidden" for="stall-of-${cook.id}"
                  >${t("stallFor", { name: cook.displayName })}</label
                >
                <select
                  id="stall-of-${cook.id}"
                  ?disabled=${this.busy === cook.id}
                  @change=${(e: Event) => void this.assign(cook, e.target as HTMLSelectElement)}
                >
                  <option value="" ?selected=${!cook.stallId}>${t("noStall")}</option>
                  ${stalls
                    .filter((stall) => suits(stall, cook))
                    .map(
                      (stall) =>
                        html`<option value=${stall.id} ?selected=${stall.id === cook.stallId}>
                          ${stall.name}
                        </option>`,
                    )}
                </select>`
            : (current?.name ?? t("noStall"))
        }
      </td>
    </tr>`;
  }

  private renderUnassigned(stalls: StallsResponse, cooks: AdminApplication[]) {
    const t = this.localize.t.bind(this.localize);
    const names = stalls.unassigned.map(
      (id) => cooks.find((cook) => cook.id === id)?.displayName ?? id,
    );
    return html`<section aria-labelledby="unassigned-title">
      <h2 id="unassigned-title">${t("unassignedTitle")}</h2>
      ${
        names.length === 0
          ? html`<p class="muted">${t("everyoneHasStall")}</p>`
          : html`<ul class="unassigned">
              ${names.map((name) => html`<li><bdi>${name}</bdi></li>`)}
            </ul>`
      }
    </section>`;
  }

  private readonly onStallsSaved = (event: CustomEvent<StallsResponse>) => {
    this.announcement = this.localize.t("stallsSaved");
    void this.reload(event.detail);
  };

  private async assign(cook: AdminApplication, select: HTMLSelectElement): Promise<void> {
    const stallId = select.value || null;
    this.busy = cook.id;
    try {
      const { application } = await assignStall(this.org, this.eventId, cook.id, stallId);
      const stall = this.loaded?.stalls.stalls.find((s) => s.id === application.stallId);
      this.announcement = stall
        ? this.localize.t("announceStall", { name: application.displayName, stall: stall.name })
        : this.localize.t("announceNoStall", { name: application.displayName });
      await this.reload();
    } catch (error) {
      select.value = cook.stallId ?? "";
      this.announcement =
        error instanceof ApiError && error.code === "invalid_state"
          ? this.localize.t("stallRefused", { name: cook.displayName, reason: error.message })
          : errorText(error, this.localize);
    } finally {
      this.busy = undefined;
    }
  }

  /** Stalls and cooks change together; fetched quietly, keeping the page on screen. */
  private async reload(stalls?: StallsResponse): Promise<void> {
    const loaded = this.loaded;
    if (!loaded) return;
    try {
      const [fresh, cooks] = await Promise.all([
        stalls ?? getStalls(this.org, this.eventId),
        getApplications(this.org, this.eventId, "approved"),
      ]);
      this.loaded = { event: loaded.event, stalls: fresh, cooks: cooks.applications };
    } catch {
      // The announcement already said what happened; the next load catches up.
    }
  }
}
