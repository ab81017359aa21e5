import type { PropertyDeclarations } from "lit";
import { Task, TaskStatus } from "../shared/task.js";
import { html } from "../shared/fallback-text.js";
import type { EventKind, EventListResponse, PublicEvent } from "../../schema/contracts/events.js";
import { listEvents } from "../shared/events-api.js";
import { mergeRegions, renderLoadMore } from "../shared/event-list-paging.js";
import { HearthElement } from "../shared/hearth-element.js";
import type { MessageKey } from "../i18n/messages.js";
import { errorMessageKey } from "../shared/error-message.js";
import { renderEventCard } from "./event-card.js";
import { renderNextDates, renderSeriesDates } from "./series-dates.js";
import { firstNewCard, groupSeries, otherDates } from "./series-groups.js";
import { eventsStyles } from "./events.styles.js";
import strings from "virtual:hearth-strings/common+events";

const kinds: ReadonlyArray<[EventKind, MessageKey]> = [
  ["meetup", "kindMeetup"],
  ["course", "kindCourse"],
  ["visit", "kindVisit"],
  ["festival", "kindFestival"],
];

const isKind = (value: string): value is EventKind => kinds.some(([kind]) => kind === value);

/**
 * Upcoming events of one organisation, with filters, details and sign-up.
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
 * @csspart status - The loading message.
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
    kind: {},
    region: {},
    selected: { state: true },
    more: { state: true },
    nextCursor: { state: true },
    regions: { state: true },
  };

  /** Slug of the organisation whose events are shown. */
  org = "";

  /** Show only this kind: `meetup`, `course`, `visit` or `festival`. Empty shows all. */
  kind = "";

  /** Show only this region, as the organisation names it. Empty shows all. */
  region = "";

  private selected: PublicEvent | undefined;
  private more: PublicEvent[] = [];
  private nextCursor: string | null = null;
  private regions: readonly string[] = [];

  private readonly listTask = new Task(this, {
    task: async ([org, kind, region, lang, api], { signal }) => {
      const page = await listEvents(
        org,
        { kind: isKind(kind) ? kind : undefined, region, lang },
        { api, signal },
      ).catch(this.reportError);
      this.localize.organisationLocale = page.defaultLocale;
      this.more = [];
      this.nextCursor = page.nextCursor;
      this.rememberRegions(page.events);
      return page;
    },
    args: () =>
      [this.org, this.kind, this.region, this.localize.requested, this.apiOverride] as const,
  });

  private readonly moreTask = new Task<[string], EventListResponse>(this, {
    autoRun: false,
    task: async ([cursor], { signal }) => {
      const filter = { kind: isKind(this.kind) ? this.kind : undefined, region: this.region };
      const page = await listEvents(
        this.org,
        { ...filter, lang: this.localize.requested, cursor },
        { api: this.apiOverride, signal },
      ).catch(this.reportError);
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

  override render() {
    const selected = this.selected;
    return this.renderBase(
      selected
        ? this.detailTask.render({
            pending: () => this.renderLoading(),
            complete: (detail) =>
              detail?.renderEventDetail(selected, this.localize, {
                org: this.org,
                api: this.apiOverride,
                back: () => void this.closeDetail(),
                series: renderSeriesDates(
                  selected,
                  otherDates(selected, this.loaded),
                  this.localize,
                  this.openDetail,
                ),
              }),
            error: (error) => this.renderError(error, () => void this.detailTask.run()),
          })
        : html`${this.renderFilters()}
          ${this.listTask.render({
            initial: () => this.renderLoading(),
            pending: () => this.renderLoading(),
            complete: () => this.renderList(),
            error: (error) => this.renderError(error, () => void this.listTask.run()),
          })}`,
    );
  }

  private renderFilters() {
    const t = (key: MessageKey) => this.localize.t(key);
    return html`<form
      part="filters"
      class="filters"
      role="search"
      aria-label=${t("filtersLabel")}
      @submit=${(event: Event) => event.preventDefault()}
    >
      <div class="filter">
        <label part="label" for="kind">${t("filterKind")}</label>
        <select part="input" id="kind" .value=${this.kind} @change=${this.onKindChange}>
          <option value="">${t("kindAll")}</option>
          ${kinds.map(
            ([kind, label]) =>
              html`<option value=${kind} ?selected=${kind === this.kind}>${t(label)}</option>`,
          )}
        </select>
      </div>
      ${
        this.regions.length > 1 || this.region
          ? html`<div class="filter">
              <label part="label" for="region">${t("filterRegion")}</label>
              <select part="input" id="region" @change=${this.onRegionChange}>
                <option value="">${t("regionAll")}</option>
                ${this.regions.map(
                  (region) =>
                    html`<option value=${region} ?selected=${region === this.region}>
                      ${region}
                    </option>`,
                )}
              </select>
            </div>`
          : null
      }
    </form>`;
  }

  private renderLoading() {
    return html`<p part="status" class="status" role="status">${this.localize.t("loading")}</p>`;
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
      return html`<p part="empty" class="empty">${this.localize.t("empty")}</p>`;
    }
    const loadingMore = this.moreTask.status === TaskStatus.PENDING;
    return html`<ul part="list" class="list" aria-label=${this.localize.t("eventsLabel")}>
        ${groupSeries(events).map((group) =>
          renderEventCard(
            group.lead,
            this.localize,
            this.openDetail,
            renderNextDates(group, this.localize, this.openDetail),
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

  private readonly openDetail = (event: PublicEvent) => {
    // The form is only needed once someone opens an event, so its code loads then.
    void import("../signup/define.js").then((module) => module.register());
    this.selected = event;
    this.focusDetail = true;
    this.emit("hearth-event-open", { eventId: event.id });
  };

  protected override updated(): void {
    const title = this.focusDetail && this.renderRoot.querySelector<HTMLElement>(".detail-title");
    if (!title) return;
    this.focusDetail = false;
    title.focus();
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

  private onKindChange(event: Event): void {
    this.kind = (event.target as HTMLSelectElement).value;
  }

  private onRegionChange(event: Event): void {
    this.region = (event.target as HTMLSelectElement).value;
  }
}
