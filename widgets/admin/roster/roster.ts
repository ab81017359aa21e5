import { Task } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { state } from "lit/decorators.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { RosterEntry, RosterResponse } from "../../../schema/contracts/admin/roster.js";
import type { AdminQuestion } from "../../../schema/contracts/questions.js";
import { ApiError } from "../../shared/api-client.js";
import { getQuestions } from "../events/events-api.js";
import type { RosterAction } from "./roster-api.js";
import { changeRegistration, followRoster, getRoster, getRosterPages } from "./roster-api.js";
import { EventPageElement } from "../shared/organisation-page.js";
import { errorText, renderLoadError, renderLoading } from "../shared/errors.js";
import { pickText } from "../shared/locale-text.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import type { RowStep } from "./roster-rows.js";
import { renderPrintList, renderRosterTable } from "./roster-rows.js";
import { changesPlaces, RosterChangeController } from "./roster-change.js";
import { renderRosterFilters } from "./roster-filters.js";
import { renderTotals } from "./roster-totals.js";
import type { Panel } from "./roster-toolbar.js";
import { renderRosterToolbar } from "./roster-toolbar.js";
import { rosterStyles } from "./roster.styles.js";

/**
 * Everyone signed up for one event: filters, totals, check-in and the organiser's changes;
 * door mode for check-in on a tablet, "Add someone" for caseworkers, CSV and a printable list.
 *
 * @tag hearth-admin-roster
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminRoster extends EventPageElement {
  static override styles = rosterStyles;

  @state() private q = "";
  @state() private statusFilter = "";
  @state() private slotFilter = "";
  @state() private roster: RosterResponse | undefined;
  @state() private panel: Panel = "";
  @state() private announcement = "";
  @state() private confirmingCancel: string | undefined;
  @state() private busy: string | undefined;
  @state() private loadingMore = false;

  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly change = new RosterChangeController(this, this.localize);

  private readonly eventTask = new Task(this, {
    task: async ([org, id], { signal }) => await this.loadEvent(org, id, signal),
    args: () => [this.org, this.eventId] as const,
  });

  /** The event's own questions, loaded once: without them (not allowed, failed) rows leave answers out. */
  private readonly questionsTask = new Task(this, {
    task: async ([org, id], { signal }): Promise<readonly AdminQuestion[]> =>
      (await getQuestions(org, id, signal).catch(() => ({ questions: [] }))).questions,
    args: () => [this.org, this.eventId] as const,
  });

  private get questions(): readonly AdminQuestion[] {
    return this.questionsTask.value ?? [];
  }

  /** Pages of people shown: kept when the list is fetched again after an action. */
  private pagesShown = 1;

  private readonly rosterTask = new Task(this, {
    task: async ([org, id, q, status, slot], { signal }) => {
      this.pagesShown = 1;
      this.roster = await getRoster(org, id, { q, status, slot }, signal);
    },
    args: () => [this.org, this.eventId, this.q, this.statusFilter, this.slotFilter] as const,
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.searchTimer);
  }

  override render() {
    return this.renderBase(
      this.eventTask.render({
        initial: () => renderLoading(this.localize),
        pending: () => renderLoading(this.localize),
        complete: (event) => this.renderRoster(event),
        error: (error) => renderLoadError(error, this.localize, () => void this.eventTask.run()),
      }),
    );
  }

  private get locales(): string[] {
    return [this.localize.locale, this.organisation?.defaultLocale ?? "en"];
  }

  private renderRoster(event: AdminEvent) {
    const t = this.localize.t.bind(this.localize);
    const title = pickText(event.title, this.locales);
    return html`<header class="screen-only">
        <h1 id="roster-title" tabindex="-1">${t("rosterTitle", { title })}</h1>
        <p class="muted">
          ${this.localize.dateRange(event.startsAt, event.endsAt, event.timeZone)}
        </p>
      </header>
      ${renderRosterToolbar(event, {
        localize: this.localize,
        org: this.org,
        role: this.memberRole,
        panel: this.panel,
        hasSensitive: this.questions.some((question) => question.sensitive),
        toggle: (panel) => (this.panel = this.panel === panel ? "" : panel),
        print: () => void this.print(),
      })}
      <p class="live notice screen-only" role="status">${this.announcement}</p>
      ${this.renderPanel(event)}
      <div class="screen-only">
        ${this.roster ? renderTotals(this.roster.totals, this.localize) : nothing}
        ${renderRosterFilters(event, {
          localize: this.localize,
          locales: this.locales,
          q: this.q,
          status: this.statusFilter,
          slot: this.slotFilter,
          onSearch: (e) => this.onSearch(e),
          onStatus: (status) => (this.statusFilter = status),
          onSlot: (slot) => (this.slotFilter = slot),
        })}
        ${this.rosterTask.render({
          initial: () => renderLoading(this.localize),
          pending: () => (this.roster ? this.renderTable(event) : renderLoading(this.localize)),
          complete: () => html`${this.renderTable(event)} ${this.renderMore()}`,
          error: (error) => renderLoadError(error, this.localize, () => void this.rosterTask.run()),
        })}
      </div>
      ${
        this.roster
          ? renderPrintList(title, this.roster.entries, this.localize, {
              slots: event.slots,
              locales: this.locales,
            })
          : nothing
      }`;
  }

  private renderPanel(event: AdminEvent) {
    if (this.panel === "door") {
      return html`<hearth-admin-door
        class="screen-only"
        lang=${this.localize.locale}
        org=${this.org}
        event-id=${event.id}
        @hearth-admin-roster-changed=${this.refresh}
      ></hearth-admin-door>`;
    }
    if (this.panel === "add") {
      return html`<hearth-admin-add-person
        class="screen-only"
        lang=${this.localize.locale}
        org=${this.org}
        .event=${event}
        .locales=${this.organisation?.locales ?? [this.localize.locale]}
        .questions=${this.questions}
        @hearth-admin-roster-changed=${this.refresh}
      ></hearth-admin-add-person>`;
    }
    return nothing;
  }

  private renderTable(event: AdminEvent) {
    return renderRosterTable(this.roster?.entries ?? [], {
      localize: this.localize,
      slots: event.slots,
      locales: this.locales,
      questions: this.questions,
      timeZone: event.timeZone,
      canCheckIn: may(this.memberRole, "roster.check-in"),
      canWrite: may(this.memberRole, "roster.write"),
      started: Date.parse(event.startsAt) <= Date.now(),
      confirmingCancel: this.confirmingCancel,
      changing: this.change.row,
      changeErrors: this.change.errors,
      busy: this.busy,
      act: (entry, action) => void this.act(entry, action),
    });
  }

  /** "Show more people" below the table while the roster has further pages. */
  private renderMore() {
    if (!this.roster?.nextCursor) return nothing;
    return html`<p>
      <button
        type="button"
        class="button secondary"
        ?disabled=${this.loadingMore}
        @click=${() => void this.showMore()}
      >
        ${this.localize.t("showMorePeople")}
      </button>
    </p>`;
  }

  private get filter() {
    return { q: this.q, status: this.statusFilter, slot: this.slotFilter };
  }

  private async showMore(): Promise<void> {
    const roster = this.roster;
    if (!roster?.nextCursor) return;
    this.loadingMore = true;
    try {
      this.roster = await followRoster(this.org, this.eventId, this.filter, roster, 1);
      this.pagesShown++;
      this.announcement = this.localize.plural("peopleShown", this.roster.entries.length);
      // The first person of the new page: the button may have gone with the last one.
      const first = this.roster.entries[roster.entries.length];
      if (first) void this.focusOn(`tr[data-entry="${CSS.escape(first.id)}"] th`);
    } catch (error) {
      this.announcement = errorText(error, this.localize);
    } finally {
      this.loadingMore = false;
    }
  }

  /** The printed list has everyone the filters show, so the pages not shown yet load first. */
  private async print(): Promise<void> {
    if (this.roster?.nextCursor) {
      this.announcement = this.localize.t("loading");
      try {
        this.roster = await followRoster(this.org, this.eventId, this.filter, this.roster);
        this.pagesShown = Infinity;
      } catch (error) {
        this.announcement = errorText(error, this.localize);
        return;
      }
      this.announcement = "";
      await this.updateComplete;
    }
    window.print();
  }

  private onSearch(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.q = value.trim()), 300);
  }

  private async act(entry: RosterEntry, step: RowStep) {
    if (step.type === "ask-cancel" || step.type === "ask-change" || step.type === "keep") {
      this.confirmingCancel = step.type === "ask-cancel" ? entry.id : undefined;
      this.change.show(step.type === "ask-change" ? entry.id : undefined);
      return;
    }
    this.busy = entry.id;
    try {
      const { entry: changed } = await changeRegistration(this.org, this.eventId, entry.id, step);
      this.confirmingCancel = undefined;
      this.change.show(undefined);
      this.replace(changed);
      this.announcement = this.localize.t(announcementKey(step), {
        name: changed.name,
        party: this.localize.party(changed.adults, changed.children),
      });
      await this.refresh();
    } catch (error) {
      this.announcement =
        error instanceof ApiError && error.code === "slot_full"
          ? this.localize.t("noFreePlace")
          : errorText(error, this.localize);
      if (step.type === "change") await this.change.refused(error);
    } finally {
      this.busy = undefined;
    }
  }

  private replace(changed: RosterEntry): void {
    const roster = this.roster;
    if (!roster) return;
    this.roster = {
      ...roster,
      entries: roster.entries.map((entry) => (entry.id === changed.id ? changed : entry)),
    };
  }

  /** Totals and lists change with every action; fetched quietly, without a loading flash. */
  private readonly refresh = async () => {
    try {
      this.roster = await getRosterPages(this.org, this.eventId, this.filter, this.pagesShown);
    } catch {
      // The row already shows the change; the totals catch up on the next load.
    }
  };
}

function announcementKey(action: RosterAction) {
  switch (action.type) {
    case "check-in":
      return action.undo ? "announceUndoCheckIn" : "announceCheckedIn";
    case "no-show":
      return action.undo ? "announceUndoNoShow" : "announceNoShow";
    case "move":
      return action.to === "confirmed" ? "announceMovedConfirmed" : "announceMovedWaitlist";
    case "change":
      return changesPlaces(action.change) ? "announceChanged" : "announceDetailsChanged";
    case "cancel":
      return "announceCancelled";
  }
}
