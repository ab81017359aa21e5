import { Task } from "../../shared/task.js";
import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import type { NetworkMemberEvent } from "../../../schema/contracts/admin/networks.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { errorText, renderLoadError, renderLoading } from "../shared/errors.js";
import type { AdminMessageKey } from "../i18n/messages.js";
import type { Curation } from "./network-api.js";
import { curateNetworkEvent, listNetworkEvents } from "./network-api.js";
import { networkStyles } from "./network.styles.js";

/** The network's say on an event, as words beside its buttons. */
const curationKeys: Readonly<Record<"featured" | "hidden" | "none", AdminMessageKey>> = {
  featured: "networkStateFeatured",
  hidden: "networkStateHidden",
  none: "networkStateNone",
};

/** The buttons an event offers: the states it is not in. */
const choices: readonly { state: Curation; label: AdminMessageKey }[] = [
  { state: "featured", label: "networkFeature" },
  { state: "hidden", label: "networkHide" },
  { state: null, label: "networkClear" },
];

/**
 * "Events in your catalogue": the coming events of the network and its members, 50 at a time,
 * with organiser, date, places left and whether the catalogue lists them; organisers feature or
 * hide each one. Places only: the network never sees who signed up.
 *
 * @tag hearth-admin-network-catalogue
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminNetworkCatalogue extends OrganisationPageElement {
  static override styles = networkStyles;

  /** Bumped by the page when members change: their events come and go. */
  @property({ type: Number }) revision = 0;

  @state() private events: NetworkMemberEvent[] = [];
  @state() private nextCursor: string | null = null;
  @state() private loadingMore = false;
  @state() private status = "";
  @state() private failure = "";

  private readonly listTask = new Task(this, {
    task: async ([org], { signal }) => {
      const page = await listNetworkEvents(org, null, signal);
      this.events = page.events;
      this.nextCursor = page.nextCursor;
    },
    args: () => [this.org, this.revision] as const,
  });

  override render() {
    const t = this.localize.t.bind(this.localize);
    return this.renderBase(
      html`<section aria-labelledby="catalogue-title">
        <h2 id="catalogue-title">${t("networkEventsTitle")}</h2>
        <p class="muted">${t("networkEventsHint")}</p>
        <p class="live notice" role="status">${this.status}</p>
        <div class="live alert" role="alert">${this.failure}</div>
        ${this.listTask.render({
          initial: () => renderLoading(this.localize),
          pending: () => (this.events.length ? this.renderEvents() : renderLoading(this.localize)),
          complete: () => this.renderEvents(),
          error: (error) => renderLoadError(error, this.localize, () => void this.listTask.run()),
        })}
      </section>`,
    );
  }

  private renderEvents() {
    const t = this.localize.t.bind(this.localize);
    if (this.events.length === 0) return html`<p>${t("networkEventsEmpty")}</p>`;
    return html`<ul class="cards" aria-labelledby="catalogue-title">
        ${this.events.map((event) => this.renderEvent(event))}
      </ul>
      ${
        this.nextCursor
          ? html`<p>
              <button
                type="button"
                class="button secondary"
                ?disabled=${this.loadingMore}
                @click=${() => void this.loadMore()}
              >
                ${t("showMoreEvents")}
              </button>
            </p>`
          : nothing
      }`;
  }

  private renderEvent(event: NetworkMemberEvent) {
    const t = this.localize.t.bind(this.localize);
    const title = event.title || t("untitled");
    return html`<li class="card panel" id="event-${event.id}">
      <h3 dir="auto" tabindex="-1">${title}</h3>
      <p class="meta">
        <span><bdi>${event.organiser.name}</bdi></span>
        <span>${this.localize.dateTime(event.startsAt, this.organisation?.timeZone)}</span>
        ${
          // Places count sign-ups of attendees; an event without them (a visit's seats are for
          // visitors and hosts) shows no count rather than "0 of 0".
          event.capacity > 0
            ? html`<span
                >${t("networkPlacesLeft", {
                  remaining: this.localize.number(Math.max(event.remaining, 0)),
                  capacity: this.localize.number(event.capacity),
                })}</span
              >`
            : nothing
        }
      </p>
      <p class="meta">
        <span class="badge ${event.listed ? "published" : "unlisted"}"
          >${t(event.listed ? "networkListed" : "networkNotListed")}</span
        >
        <span class="state">${t(curationKeys[event.curation ?? "none"])}</span>
      </p>
      ${may(this.memberRole, "network.curate") ? this.renderChoices(event, title) : nothing}
    </li>`;
  }

  private renderChoices(event: NetworkMemberEvent, title: string) {
    return html`<div class="actions">
      ${choices
        .filter((choice) => choice.state !== event.curation)
        .map(
          (choice) =>
            html`<button
              type="button"
              class="button secondary small"
              @click=${() => void this.curate(event, choice.state, title)}
            >
              ${this.localize.t(choice.label)}<span class="visually-hidden">: ${title}</span>
            </button>`,
        )}
    </div>`;
  }

  private async curate(
    event: NetworkMemberEvent,
    curation: Curation,
    title: string,
  ): Promise<void> {
    this.status = "";
    this.failure = "";
    try {
      await curateNetworkEvent(this.org, event.id, curation);
      this.events = this.events.map((shown) =>
        shown.id === event.id ? { ...shown, curation } : shown,
      );
      this.status = this.localize.t("networkCurationSaved", {
        title,
        state: this.localize.t(curationKeys[curation ?? "none"]),
      });
      // The button pressed is gone (an event offers only the states it is not in): its
      // neighbour takes focus, and the status says what changed.
      await this.focusOn(`#event-${CSS.escape(event.id)} .actions button`);
    } catch (error) {
      this.failure = errorText(error, this.localize);
    }
  }

  /**
   * The next page, added below what is shown; focus moves to the first of them (the button that
   * loaded them goes with the last page).
   */
  private async loadMore(): Promise<void> {
    this.loadingMore = true;
    this.status = this.localize.t("loading");
    try {
      const page = await listNetworkEvents(this.org, this.nextCursor);
      this.events = [...this.events, ...page.events];
      this.nextCursor = page.nextCursor;
      this.status = this.localize.plural("eventsShown", this.events.length);
      const first = page.events[0];
      if (first) await this.focusOn(`#event-${CSS.escape(first.id)} h3`);
    } catch (error) {
      this.status = "";
      this.failure = errorText(error, this.localize);
    } finally {
      this.loadingMore = false;
    }
  }
}
