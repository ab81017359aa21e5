import type { PropertyDeclarations } from "lit";
import { nothing } from "lit";
import { Task, TaskStatus } from "../shared/task.js";
import { html } from "../shared/fallback-text.js";
import type { EventListResponse, PublicEvent } from "../../schema/contracts/events.js";
import type { NetworkEvent } from "../../schema/contracts/networks.js";
import { listEvents } from "../shared/events-api.js";
import { renderLoadMore } from "../shared/event-list-paging.js";
import { mergeRegions } from "../../schema/rules/event-regions.js";
import { HearthElement } from "../shared/hearth-element.js";
import { errorMessageKey } from "../shared/error-message.js";
import { renderEventCard } from "./event-card.js";
import type { ListFilter } from "./event-filters.js";
import { isKind, renderEventFilters } from "./event-filters.js";
import { renderNextDates, renderSeriesDates } from "./series-dates.js";
import { firstNewCard, groupSeries, otherDates } from "./series-groups.js";
import { eventsStyles } from "./events.styles.js";
import type { NetworkCatalogue } from "./network-catalogue.js";
import type { FirstScreenActions } from "../shared/first-screen-takeover.js";
import { FirstScreenHandover } from "../shared/first-screen-takeover.js";
import { NestedFirstScreen } from "../shared/nested-first-screen.js";
import type { HearthSignup } from "../signup/signup.js";
import strings from "virtual:hearth-strings/common+events";

/**
 * Upcoming events of one organisation, with filters, details and sign-up; or, with `network`, of
 * a network and every organisation that joined it, each card naming its organiser.
 *
 * @tag hearth-events
 *
 * @fires hearth-event-open - Someone opened an event's details. `detail.eventId`.
 * @fires hearth-registered - Bubbled up from the sign-up form inside the details.
 * @fires hearth-error - Loading the events failed. `detail.status`, `detail.code`.
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 * @csspart filters - The filter form.
 * @csspart label - Every label.
 * @csspart input - Every select and input.
 * @csspart list - The list of events.
 * @csspart card - One event in the list.
 * @csspart availability - "N places left", "Full — join the waitlist" or "Full".
 * @csspart button - Every button and button-like link.
 * @csspart status - The loading message; for a network, also how many events the filters left.
 * @csspart error - The error message with its retry button.
 * @csspart detail - An event's details.
 *
 * @cssproperty --hearth-color-primary - Buttons and links. Default #0b57d0.
 * @cssproperty --hearth-color-on-primary - Text on primary buttons. Default #ffffff.
 * @cssproperty --hearth-color-text - Body text. Default #1f2328.
 * @cssproperty --hearth-color-muted - Secondary text. Default #4a4f55.
 * @cssproperty --hearth-color-surface - Card background. Default #ffffff.
 * @cssproperty --hearth-color-border - Card and field borders. Default #8a8f96.
 * @cssproperty --hearth-color-danger - Errors and "Full". Default #b3261e.
 * @cssproperty --hearth-color-success - "Places left". Default #146c2e.
 * @cssproperty --hearth-color-focus - Focus ring. Default #1a1a1a.
 * @cssproperty --hearth-radius - Corner radius. Default 0.5rem.
 * @cssproperty --hearth-space - Spacing unit. Default 1rem.
 * @cssproperty --hearth-font-family - Font. Default system-ui.
 */
export class HearthEvents extends HearthElement {
  static override strings = strings;

  static override styles = eventsStyles;

  static override properties: PropertyDeclarations = {
    org: {},
    network: {},
    kind: {},
    region: {},
    organiser: {},
    language: {},
    catalogue: { state: true },
    selected: { state: true },
    more: { state: true },
    nextCursor: { state: true },
    regions: { state: true },
  };

  /** Slug of the organisation whose events are shown. */
  org = "";

  /** Slug of a network: shows its catalogue, every member's events, instead of `org`'s. */
  network = "";

  /** Show only this kind: `meetup`, `course`, `visit` or `festival`. Empty shows all. */
  kind = "";

  /** Show only this region, as the organisation names it. Empty shows all. */
  region = "";

  /** With `network`: show only this member's events (its slug). Empty shows all. */
  organiser = "";

  /** With `network`: show only events where this language is spoken (`uk`). Empty shows all. */
  language = "";

  /** A network's part of the list, loaded with its first page. */
  private catalogue: NetworkCatalogue | undefined;

  private selected: PublicEvent | undefined;
  private more: PublicEvent[] = [];
  private nextCursor: string | null = null;
  private regions: readonly string[] = [];

  private readonly listTask = new Task(this, {
    task: async (_filters, { signal }) => {
      const page = await this.readPage(undefined, signal);
      this.localize.organisationLocale = page.defaultLocale;
      this.more = [];
      this.nextCursor = page.nextCursor;
      this.rememberRegions(page.events);
      return page;
    },
    args: () =>
      [
        this.org,
        this.network,
        this.kind,
        this.region,
        this.organiser,
        this.language,
        this.catalogue?.dates.key,
        this.localize.requested,
        this.apiOverride,
      ] as const,
  });

  private readonly moreTask = new Task<[string], EventListResponse>(this, {
    autoRun: false,
    task: async ([cursor], { signal }) => {
      const page = await this.readPage(cursor, signal);
      const firstNew = firstNewCard(this.loaded, page.events) ?? page.events[0];
      this.more = [...this.more, ...page.events];
      this.nextCursor = page.nextCursor;
      this.rememberRegions(page.events);
      if (firstNew) void this.focusCard(firstNew);
      return page;
    },
  });

  /** An event's page: its code loads the first time someone opens one, not with the list. */
  private readonly detailTask = new Task(this, {
    task: async ([open]) => (open ? import("./event-detail.js") : undefined),
    args: () => [this.selected !== undefined] as const,
  });

  /** Set when an event opens, until its title has focus. */
  private focusDetail = false;

  /**
   * The worker's first screen of the list (embed.js put it here) gives way once the list is drawn
   * — or, for an event opened on it, once that event's details are.
   */
  private readonly firstScreen = new FirstScreenHandover(
    this,
    () => this.drawsFirstScreensView,
    (actions) => this.carryOn(actions),
  );

  /** Whether the widget now draws what its first screen shows: the list, or the event opened there. */
  private get drawsFirstScreensView(): boolean {
    if (this.listTask.status === TaskStatus.ERROR) return true;
    if (this.listTask.status !== TaskStatus.COMPLETE) return false;
    const opened = this.openedOnFirstScreen;
    if (!opened) return true;
    const detail = this.detailTask.status;
    return (
      this.selected === opened && (detail === TaskStatus.COMPLETE || detail === TaskStatus.ERROR)
    );
  }

  /** The sign-up form of an event opened on the first screen: kept, with what was done on it. */
  private readonly firstScreenForm = new NestedFirstScreen<HearthSignup>(this, "hearth-signup");

  /** The event opened on the first screen (its details drawn there), once the list has it. */
  private get openedOnFirstScreen(): PublicEvent | undefined {
    const opened = this.firstScreen.noted?.opened;
    return opened === undefined ? undefined : this.loaded.find((event) => event.id === opened);
  }

  /** One page of the events the filters leave: the organisation's, or the network's catalogue. */
  private async readPage(cursor: string | undefined, signal: AbortSignal) {
    const kind = isKind(this.kind) ? this.kind : undefined;
    const filter = { kind, region: this.region, lang: this.localize.requested, cursor };
    const options = { api: this.apiOverride, signal };
    if (!this.network) return listEvents(this.org, filter, options).catch(this.reportError);
    const network = await import("./network-catalogue.js");
    this.catalogue ??= new network.NetworkCatalogue(this, this.localize);
    const { organiser, language } = this;
    return this.catalogue
      .read(this.network, { ...filter, organiser, language }, options)
      .catch(this.reportError);
  }

  override render() {
    if (this.firstScreen.waiting) return nothing;
    const selected = this.selected;
    return this.renderBase(
      selected
        ? this.detailTask.render({
            pending: () => this.renderLoading(),
            complete: (detail) =>
              detail?.renderEventDetail(selected, this.localize, {
                org: this.org,
                // A network's event: its own organiser takes the sign-up.
                ...this.catalogue?.detailOptions(selected as NetworkEvent),
                api: this.apiOverride,
                back: () => void this.closeDetail(),
                form: (shown) => this.firstScreenForm.adopt(shown.id),
                series: renderSeriesDates(
                  selected,
                  otherDates(selected, this.loaded),
                  this.localize,
                  this.openDetail,
                ),
              }),
            error: (error) => this.renderError(error, () => void this.detailTask.run()),
          })
        : html`${this.renderFilters()} ${this.renderCount()}
          ${this.listTask.render({
            // A network's list says so in its count, above.
            initial: () => (this.network ? null : this.renderLoading()),
            pending: () => (this.network ? null : this.renderLoading()),
            complete: () => this.renderList(),
            error: (error) => this.renderError(error, () => void this.listTask.run()),
          })}`,
    );
  }

  private renderFilters() {
    const { kind, region, regions } = this;
    return renderEventFilters(
      this.localize,
      { kind, region, regions },
      this.onFilter,
      this.catalogue?.renderFilters(this, this.onFilter),
    );
  }

  private renderLoading() {
    return html`<p part="status" class="status" role="status">${this.localize.t("loading")}</p>`;
  }

  /** A network's list: one live region says "Loading…", then how many events the filters left. */
  private renderCount() {
    return this.network
      ? html`<p part="status" class="count" role="status">
          ${this.catalogue?.statusText(this.listTask.status, this.loaded.length, this) ?? this.localize.t("loading")}
        </p>`
      : null;
  }

  private renderError(error: unknown, retry: () => void) {
    return html`<div part="error" class="error-box" role="alert">
      <p>${this.localize.t(errorMessageKey(error))}</p>
      <button type="button" part="button" class="button" @click=${retry}>
        ${this.localize.t("retry")}
      </button>
    </div>`;
  }

  /** Every event of the pages loaded so far, soonest first. */
  private get loaded(): PublicEvent[] {
    return [...(this.listTask.value?.events ?? []), ...this.more];
  }

  private renderList() {
    const events = this.loaded;
    if (events.length === 0) {
      return this.network
        ? null
        : html`<p part="empty" class="empty">${this.localize.t("empty")}</p>`;
    }
    const loadingMore = this.moreTask.status === TaskStatus.PENDING;
    return html`<ul part="list" class="list" aria-label=${this.localize.t("eventsLabel")}>
        ${groupSeries(events).map((group) =>
          renderEventCard(
            group.lead,
            this.localize,
            this.openDetail,
            renderNextDates(group, this.localize, this.openDetail),
            this.catalogue?.renderByline(group.lead as NetworkEvent, true),
          ),
        )}
      </ul>
      ${this.moreTask.status === TaskStatus.ERROR ? this.renderError(this.moreTask.error, this.loadMore) : null}
      ${renderLoadMore({
        hasMore: this.nextCursor !== null,
        pending: loadingMore,
        label: this.localize.t("loadMore"),
        pendingLabel: this.localize.t("loading"),
        onClick: this.loadMore,
      })}`;
  }

  private rememberRegions(events: PublicEvent[]): void {
    this.regions = mergeRegions(this.regions, events, this.localize.locale);
  }

  private readonly loadMore = () => {
    if (this.nextCursor) void this.moreTask.run([this.nextCursor]);
  };

  private readonly openDetail = (event: PublicEvent, { focus = true } = {}) => {
    // The form is only needed once someone opens an event, so its code loads then.
    void import("../signup/define.js").then((module) => module.register());
    this.selected = event;
    this.focusDetail = focus;
    this.emit("hearth-event-open", { eventId: event.id });
  };

  override willUpdate(): void {
    // Opened on the first screen: opened here too before the screen goes, the focus kept.
    const opened = this.openedOnFirstScreen;
    if (opened && !this.selected) this.openDetail(opened, { focus: false });
  }

  protected override updated(): void {
    const title = this.focusDetail && this.renderRoot.querySelector<HTMLElement>(".detail-title");
    if (!title) return;
    this.focusDetail = false;
    title.focus();
  }

  /** What the person did on the worker's first screen carries on in the widget. */
  private carryOn({ filters, pressed }: FirstScreenActions): void {
    for (const filter of ["kind", "region"] as const) {
      const value = filters[filter];
      if (value !== undefined && value !== this[filter]) this.onFilter(filter, value);
    }
    if (pressed === "") this.loadMore();
    const event = this.loaded.find((loaded) => loaded.id === pressed);
    if (event && event !== this.selected) this.openDetail(event);
  }

  private async closeDetail(): Promise<void> {
    const event = this.selected;
    this.selected = undefined;
    this.focusDetail = false;
    if (event) await this.focusCard(event);
  }

  /** The event's title or date button; for a date its card does not name, the card's title. */
  private async focusCard(event: PublicEvent): Promise<void> {
    await this.updateComplete;
    const select = (attribute: string, value: string | undefined) =>
      value === undefined
        ? null
        : this.renderRoot.querySelector<HTMLElement>(`[${attribute}="${CSS.escape(value)}"]`);
    (select("data-event", event.id) ?? select("data-series", event.series?.id))?.focus();
  }

  private readonly onFilter = (filter: ListFilter, value: string): void => {
    this[filter] = value;
  };
}
