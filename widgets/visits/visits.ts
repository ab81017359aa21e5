import type { PropertyDeclarations } from "lit";
import { Task, TaskStatus } from "../shared/task.js";
import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { EventListResponse, PublicEvent } from "../../schema/contracts/events.js";
import { listEvents } from "../shared/events-api.js";
import { errorMessageKey } from "../shared/error-message.js";
import { renderLoadMore } from "../shared/event-list-paging.js";
import { mergeRegions } from "../../schema/rules/event-regions.js";
import { HearthElement } from "../shared/hearth-element.js";
import { renderVisitCard } from "./visit-card.js";
import { renderVisitDetail } from "./visit-detail.js";
import type { Audience } from "../../schema/rules/visit-ways.js";
import { audiences, ways } from "../../schema/rules/visit-ways.js";
import type { FirstScreenActions } from "../shared/first-screen-takeover.js";
import { NestedFirstScreen } from "../shared/nested-first-screen.js";
import type { HearthVisitForm } from "./visit-form.js";
import { visitsStyles } from "./visits.styles.js";
import { FirstScreenHandover } from "../shared/first-screen-takeover.js";
import strings from "virtual:hearth-strings/common+visits+form";

/**
 * Upcoming host-community visits of one organisation, by region: the day step by step, seats
 * left, and three ways to take part — a group's seats, hosting a stop, or interpreting.
 * The list and the region filter do the whole job by keyboard and screen reader; no map.
 *
 * @tag hearth-visits
 *
 * @fires hearth-event-open - Someone opened a visit. `detail.eventId`.
 * @fires hearth-registered - Bubbled up from a sign-up form. `detail.registration`.
 * @fires hearth-error - Loading or sending failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart filters - The region filter.
 * @csspart label - Every label and legend.
 * @csspart input - Every select and input.
 * @csspart list - The list of visits.
 * @csspart card - One visit in the list.
 * @csspart availability - Seats or places left, "Full — join the waitlist" or "Full".
 * @csspart day - The "Show the day" disclosure on a card.
 * @csspart itinerary - The ordered list of stops.
 * @csspart pickup-points - Where the bus picks groups up.
 * @csspart detail - A visit's own page.
 * @csspart choice - One of the three ways to take part.
 * @csspart form - A sign-up form.
 * @csspart button - Every button and button-like link.
 * @csspart status - Loading and result messages (live regions).
 * @csspart error - Error messages.
 *
 * @cssproperty --hearth-color-primary - Buttons and links. Default #0b57d0.
 * @cssproperty --hearth-color-on-primary - Text on primary buttons. Default #ffffff.
 * @cssproperty --hearth-color-text - Body text. Default #1f2328.
 * @cssproperty --hearth-color-muted - Secondary text. Default #4a4f55.
 * @cssproperty --hearth-color-surface - Card background. Default #ffffff.
 * @cssproperty --hearth-color-border - Card and field borders. Default #8a8f96.
 * @cssproperty --hearth-color-danger - Errors and "Full". Default #b3261e.
 * @cssproperty --hearth-color-success - "Seats left". Default #146c2e.
 * @cssproperty --hearth-color-warning - "Join the waitlist". Default #8a4b00.
 * @cssproperty --hearth-color-focus - Focus ring. Default #1a1a1a.
 * @cssproperty --hearth-radius - Corner radius. Default 0.5rem.
 * @cssproperty --hearth-space - Spacing unit. Default 1rem.
 * @cssproperty --hearth-font-family - Font. Default system-ui.
 */
export class HearthVisits extends HearthElement {
  static override strings = strings;

  static override styles = visitsStyles;

  static override properties: PropertyDeclarations = {
    org: {},
    region: {},
    selected: { state: true },
    choice: { state: true },
    more: { state: true },
    nextCursor: { state: true },
    regions: { state: true },
  };

  /** Slug of the organisation whose visits are shown. */
  org = "";

  /** Show only this region at first, as the organisation names it. Empty shows all. */
  region = "";

  private selected: PublicEvent | undefined;
  private choice: Audience | undefined;
  private more: PublicEvent[] = [];
  private nextCursor: string | null = null;
  private regions: readonly string[] = [];

  private readonly listTask = new Task(this, {
    task: async ([org, region, lang, api], { signal }) => {
      const page = await listEvents(org, { kind: "visit", region, lang }, { api, signal }).catch(
        this.reportError,
      );
      this.localize.organisationLocale = page.defaultLocale;
      this.more = [];
      this.nextCursor = page.nextCursor;
      this.rememberRegions(page.events);
      return page;
    },
    args: () => [this.org, this.region, this.localize.requested, this.apiOverride] as const,
  });

  private readonly moreTask = new Task<[string], EventListResponse>(this, {
    autoRun: false,
    task: async ([cursor], { signal }) => {
      const page = await listEvents(
        this.org,
        { kind: "visit", region: this.region, lang: this.localize.requested, cursor },
        { api: this.apiOverride, signal },
      ).catch(this.reportError);
      const firstNew = page.events[0];
      this.more = [...this.more, ...page.events];
      this.nextCursor = page.nextCursor;
      this.rememberRegions(page.events);
      if (firstNew) void this.focusCard(firstNew.id);
      return page;
    },
  });

  /**
   * The worker's first screen of the list (embed.js put it here) gives way once the list is drawn
   * — or, for a visit opened on it, once that visit's page is, with the way unfolded there.
   */
  private readonly firstScreen = new FirstScreenHandover(
    this,
    () => this.drawsFirstScreensView,
    (actions) => this.carryOn(actions),
  );

  /** Whether the widget now draws what its first screen shows: the list, or the visit opened there. */
  private get drawsFirstScreensView(): boolean {
    if (this.listTask.status === TaskStatus.ERROR) return true;
    if (this.listTask.status !== TaskStatus.COMPLETE) return false;
    const opened = this.openedOnFirstScreen;
    return !opened || this.selected === opened;
  }

  /** The forms of a visit opened on the first screen: kept, with what was done on them. */
  private readonly firstScreenForms = new Map(
    ways.map(({ audience, form }) => [
      audience,
      new NestedFirstScreen<HearthVisitForm>(this, `hearth-visit-${form}`),
    ]),
  );

  /** The visits loaded so far. */
  private get loaded(): PublicEvent[] {
    return [...(this.listTask.value?.events ?? []), ...this.more];
  }

  /** The visit opened on the first screen (its page drawn there), once the list has it. */
  private get openedOnFirstScreen(): PublicEvent | undefined {
    const opened = this.firstScreen.noted?.opened;
    return opened === undefined ? undefined : this.loaded.find((visit) => visit.id === opened);
  }

  override willUpdate(): void {
    // Opened on the first screen: opened here too before the screen goes, with the way unfolded
    // there, the focus kept.
    const opened = this.openedOnFirstScreen;
    if (!opened) return;
    if (!this.selected) this.openDetail(opened, { focus: false });
    const unfolded = this.firstScreen.noted?.unfolded;
    this.choice = audiences.find((audience) => audience === unfolded);
  }

  /** What the person did on the worker's first screen carries on in the widget. */
  private carryOn({ filters, pressed }: FirstScreenActions): void {
    if (filters.region !== undefined && filters.region !== this.region)
      this.region = filters.region;
    if (pressed === "") this.loadMore();
    const visit = this.loaded.find((listed) => listed.id === pressed);
    if (visit && visit !== this.selected) this.openDetail(visit);
  }

  override render() {
    if (this.firstScreen.waiting) return nothing;
    const visit = this.selected;
    return this.renderBase(
      visit
        ? renderVisitDetail(visit, this.localize, {
            org: this.org,
            api: this.apiOverride,
            choice: this.choice,
            choose: (choice) => (this.choice = choice),
            back: () => void this.closeDetail(),
            keptForm: (audience, shown) => this.firstScreenForms.get(audience)?.adopt(shown.id),
          })
        : html`${this.renderFilter()}
            <p part="status" class="count" role="status">${this.statusText()}</p>
            ${this.listTask.render({
              complete: () => this.renderList(),
              error: (error) => this.renderError(error, () => void this.listTask.run()),
            })}`,
    );
  }

  /** Loading, then how many visits the filter left: one live region says both. */
  private statusText(): string {
    if (this.listTask.status === TaskStatus.COMPLETE && this.listTask.value) {
      const count = this.loaded.length;
      return count > 0 ? this.localize.plural("visitsCount", count) : "";
    }
    return this.listTask.status === TaskStatus.ERROR ? "" : this.localize.t("loading");
  }

  private renderFilter() {
    if (this.regions.length < 2 && !this.region) return nothing;
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${this.localize.t("visitsFilterLabel")}
      @submit=${(event: Event) => event.preventDefault()}
    >
      <div class="region-filter">
        <label part="label" for="region">${this.localize.t("visitRegion")}</label>
        <select part="input" id="region" @change=${this.onRegionChange}>
          <option value="" ?selected=${!this.region}>${this.localize.t("visitRegionAll")}</option>
          ${this.regions.map(
            (region) =>
              html`<option value=${region} ?selected=${region === this.region}>${region}</option>`,
          )}
        </select>
      </div>
    </form>`;
  }

  private renderError(error: unknown, retry: () => void) {
    return html`<div part="error" class="error-box" role="alert">
      <p>${this.localize.t(errorMessageKey(error))}</p>
      <button type="button" part="button" class="button" @click=${retry}>
        ${this.localize.t("retry")}
      </button>
    </div>`;
  }

  private renderList() {
    const visits = this.loaded;
    if (visits.length === 0) {
      return html`<p part="empty" class="empty">
        ${this.localize.t(this.region ? "visitsEmptyRegion" : "visitsEmpty")}
      </p>`;
    }
    const loadingMore = this.moreTask.status === TaskStatus.PENDING;
    return html`<ul part="list" class="list" aria-label=${this.localize.t("visitsLabel")}>
        ${visits.map((visit) => renderVisitCard(visit, this.localize, this.openDetail))}
      </ul>
      ${this.moreTask.status === TaskStatus.ERROR ? this.renderError(this.moreTask.error, this.loadMore) : nothing}
      ${renderLoadMore({
        hasMore: this.nextCursor !== null,
        pending: loadingMore,
        label: this.localize.t("visitsMore"),
        pendingLabel: this.localize.t("loading"),
        onClick: this.loadMore,
      })}`;
  }

  /* Regions are learnt from the visits loaded so far, so choosing one never hides the others. */
  private rememberRegions(visits: PublicEvent[]): void {
    this.regions = mergeRegions(this.regions, visits, this.localize.locale, this.region);
  }

  private readonly loadMore = () => {
    if (this.nextCursor) void this.moreTask.run([this.nextCursor]);
  };

  private readonly openDetail = (visit: PublicEvent, { focus = true } = {}) => {
    // The forms are only needed once someone opens a visit, so their code loads then.
    void import("./define-forms.js").then((module) => module.registerForms());
    this.selected = visit;
    this.choice = undefined;
    this.emit("hearth-event-open", { eventId: visit.id });
    if (!focus) return;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>(".detail-title")?.focus(),
    );
  };

  private async closeDetail(): Promise<void> {
    const id = this.selected?.id;
    this.selected = undefined;
    if (id) await this.focusCard(id);
  }

  private async focusCard(visitId: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`[data-event="${CSS.escape(visitId)}"]`)?.focus();
  }

  private onRegionChange(event: Event): void {
    this.region = (event.target as HTMLSelectElement).value;
  }
}
