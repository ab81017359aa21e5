import { Task } from "../../shared/task.js";
import type { PropertyValues } from "lit";
import { css, nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { property, state } from "lit/decorators.js";
import { live } from "lit/directives/live.js";
import type { JoinedNetwork } from "../../../schema/contracts/admin/networks.js";
import { may } from "../../../schema/contracts/admin/permissions.js";
import { OrganisationPageElement } from "../shared/organisation-page.js";
import { adminStyles } from "../shared/admin.styles.js";
import { errorText, renderLoadError } from "../shared/errors.js";
import type { AdminMessageKey } from "../i18n/messages.js";
import type { NetworkListing } from "../network/network-api.js";
import { getNetworkOverview, setNetworkListing } from "../network/network-api.js";

/**
 * The event as this control reads it. `networkListing` is the event's own choice (null: each
 * network's default), as the organiser API's event carries it.
 */
export interface ListingEvent {
  id: string;
  networkListing?: NetworkListing;
}

const options: readonly { value: "default" | "listed" | "unlisted"; label: AdminMessageKey }[] = [
  { value: "default", label: "networkListingDefault" },
  { value: "listed", label: "networkListingAlways" },
  { value: "unlisted", label: "networkListingNever" },
];

const listingOf = (value: string): NetworkListing =>
  value === "listed" || value === "unlisted" ? value : null;

/**
 * "Show this event in networks": follow the organisation's default, always, or never; saved as
 * soon as it changes. Shown only when the organisation joined a network (read once, lazily).
 *
 * @tag hearth-admin-network-listing
 *
 * @csspart base - The wrapper carrying `lang` and `dir`.
 */
export class HearthAdminNetworkListing extends OrganisationPageElement {
  static override styles = [
    adminStyles,
    css`
      input[type="radio"] {
        flex: none;
        inline-size: 1.5rem;
        block-size: 1.5rem;
        margin: 0;
        accent-color: var(--hearth-color-primary, #0b57d0);
      }
    `,
  ];

  @property({ attribute: false }) event: ListingEvent | undefined;
  /** Read-only roles see the choice without changing it. */
  @property({ type: Boolean }) disabled = false;

  /** What the radios show; runs ahead of the server between a change and its answer. */
  @state() private listing: NetworkListing | undefined;
  @state() private status = "";
  @state() private failure = "";

  /** What the server last confirmed, to put the radios back if a save fails. */
  private saved: NetworkListing | undefined;
  private latestSave = 0;

  /** Only roles that see networks ask; most organisations joined none and see nothing here. */
  private readonly networksTask = new Task(this, {
    task: async ([org, allowed], { signal }): Promise<JoinedNetwork[]> =>
      org && allowed ? (await getNetworkOverview(org, signal)).joined : [],
    args: () => [this.org, may(this.memberRole, "network.read")] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    const previous = changed.get("event") as ListingEvent | undefined;
    const event = this.event;
    if (!changed.has("event") || !event) return;
    // A new event, or the server's word on this one; a save of other fields keeps the choice.
    if (previous?.id !== event.id || event.networkListing !== undefined) {
      this.listing = this.saved = event.networkListing;
      this.status = "";
      this.failure = "";
    }
  }

  protected override updated(): void {
    this.hidden = !this.networksTask.value?.length && !this.networksTask.error;
  }

  override render() {
    return this.renderBase(
      this.networksTask.render({
        complete: (joined) => (joined.length ? this.renderChoice(joined) : nothing),
        error: (error) => renderLoadError(error, this.localize, () => void this.networksTask.run()),
      }),
    );
  }

  private renderChoice(joined: JoinedNetwork[]) {
    const t = this.localize.t.bind(this.localize);
    const defaults = this.localize.list(
      joined.map((network) =>
        t(network.listByDefault ? "networkDefaultListed" : "networkDefaultUnlisted", {
          network: network.name,
        }),
      ),
    );
    const shown = this.listing === undefined ? undefined : (this.listing ?? "default");
    return html`<fieldset class="panel" ?disabled=${this.disabled} aria-describedby="listing-hint">
      <legend>${t("networkListingLegend")}</legend>
      <p id="listing-hint" class="hint muted">${t("networkListingHint", { defaults })}</p>
      ${options.map(
        (option) =>
          html`<label class="choice" for="listing-${option.value}">
            <input
              id="listing-${option.value}"
              type="radio"
              name="network-listing"
              value=${option.value}
              .checked=${live(shown === option.value)}
              @change=${this.onChange}
            />
            ${t(option.label)}
          </label>`,
      )}
      <p class="live" role="status">${this.status}</p>
      <p class="live error" role="alert">${this.failure}</p>
    </fieldset>`;
  }

  private readonly onChange = async (change: Event) => {
    const event = this.event;
    if (!event) return;
    const listing = listingOf((change.target as HTMLInputElement).value);
    const call = ++this.latestSave;
    this.listing = listing;
    this.status = "";
    this.failure = "";
    try {
      await setNetworkListing(this.org, event.id, listing);
      this.saved = listing;
      if (call === this.latestSave) this.status = this.localize.t("saved");
    } catch (error) {
      if (call !== this.latestSave) return;
      this.listing = this.saved;
      this.failure = `${this.localize.t("digestNotSaved")} ${errorText(error, this.localize)}`;
    }
  };
}
