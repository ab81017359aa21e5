import type { ReactiveControllerHost } from "lit";
import { nothing } from "lit";
import type { SignUpSites } from "../../schema/contracts/events.js";
import type { NetworkEvent, NetworkOrganiser } from "../../schema/contracts/networks.js";
import { directionOf } from "../../i18n/languages.js";
import type { MessageKey } from "../i18n/messages.js";
import type { RequestOptions } from "../shared/api-request.js";
import { html } from "../shared/fallback-text.js";
import { adoptLater } from "../shared/lazy.js";
import type { LocalizeController } from "../shared/localize.js";
import type { NetworkEventFilter } from "../shared/networks-api.js";
import { listNetworkEvents } from "../shared/networks-api.js";
import { TaskStatus } from "../shared/task.js";
import { DateFilter } from "./date-filter.js";
import type { ListFilter } from "./event-filters.js";
import { languageOptions, ownName } from "./spoken-languages.js";
import { networkStyles } from "./network.styles.js";

export type NetworkFilter = Extract<ListFilter, "organiser" | "language">;
const filters: readonly ListFilter[] = ["kind", "region", "organiser", "language"];

/** Keeps a name written in another script (an Arabic name in a Ukrainian sentence) in its order. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/**
 * What `<hearth-events network>` adds to the list, loaded only for a network: the catalogue's
 * read, what its answers say besides the events (the organisers, the websites that may send
 * sign-ups, the languages spoken so far), the organiser, language and date filters, each card's
 * organiser and "Featured" mark, and the result count. An organisation's list never loads it.
 */
export class NetworkCatalogue {
  private organisers: readonly NetworkOrganiser[] = [];
  /** The network's websites: sign-ups for every member's events may come from them. */
  private sites: SignUpSites | undefined;
  /** Languages spoken at the events loaded so far, for the language filter. */
  private spoken = new Set<string>();
  /** The days chosen; its `query` goes with every page, so "Show more" keeps them. */
  readonly dates: DateFilter;

  constructor(
    host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly localize: LocalizeController,
  ) {
    adoptLater(host.renderRoot as ShadowRoot, networkStyles);
    this.dates = new DateFilter(localize, () => host.requestUpdate());
  }

  async read(slug: string, filter: NetworkEventFilter, options: RequestOptions) {
    const page = await listNetworkEvents(slug, { ...filter, ...this.dates.query }, options);
    this.dates.timeZone = page.network.timeZone;
    this.organisers = page.organisers;
    this.sites = { signupOrigins: page.signupOrigins, signupPageUrl: page.signupPageUrl };
    for (const event of page.events) for (const code of event.languages) this.spoken.add(code);
    return page;
  }

  /** The organiser, language and date filters, changing the query like the list's own. */
  renderFilters(
    chosen: Readonly<Record<NetworkFilter, string>>,
    change: (filter: NetworkFilter, value: string) => void,
  ) {
    const t = (key: MessageKey) => this.localize.t(key);
    const onChange = (filter: NetworkFilter) => (event: Event) =>
      change(filter, (event.target as HTMLSelectElement).value);
    const languages = languageOptions(this.spoken, chosen.language);
    return html`<div class="filter">
        <label part="label" for="organiser">${t("filterOrganiser")}</label>
        <select part="input" id="organiser" @change=${onChange("organiser")}>
          <option value="">${t("organiserAll")}</option>
          ${this.organisers.map(
            (organiser) =>
              html`<option
                value=${organiser.slug}
                dir="auto"
                ?selected=${organiser.slug === chosen.organiser}
              >
                ${organiser.name}
              </option>`,
          )}
        </select>
      </div>
      <div class="filter">
        <label part="label" for="language">${t("filterLanguage")}</label>
        <select part="input" id="language" @change=${onChange("language")}>
          <option value="">${t("languageAll")}</option>
          ${languages.map(
            (code) =>
              html`<option
                value=${code}
                lang=${code}
                dir=${directionOf(code)}
                ?selected=${code === chosen.language}
              >
                ${ownName(code)}
              </option>`,
          )}
        </select>
      </div>
      ${this.dates.render()}`;
  }

  /**
   * Who runs the event ("Organised by Welcome Bridge") and whether the network features it, in
   * words. On a card, the organiser's own colour runs down its start edge: only as decoration
   * (the name says it in text), since the host page's theme decides what it stands on. Drawn as
   * SVG, whose `fill` a strict host CSP allows (it blocks a `style` attribute), without loading a
   * style helper as one more step.
   */
  renderByline(event: NetworkEvent, onCard: boolean) {
    const colour = event.organiser.colours["color-primary"];
    return html`${
        onCard && colour
          ? html`<svg class="organiser-edge" aria-hidden="true">
              <rect width="100%" height="100%" fill=${colour}></rect>
            </svg>`
          : nothing
      }
      <p class="organiser">
        <span>
          ${this.localize.t("pageOrganisedBy", { name: isolate(event.organiser.name) })}
        </span>
        ${
          event.featured
            ? html`<span class="featured"
                ><span aria-hidden="true">★ </span>${this.localize.t("networkFeatured")}</span
              >`
            : nothing
        }
      </p>`;
  }

  /** An opened event: its organiser takes the sign-up, and the network's websites may send it. */
  detailOptions(event: NetworkEvent) {
    return {
      org: event.organiser.slug,
      byline: this.renderByline(event, false),
      sites: this.sites,
    };
  }

  /** For the live region above the list: loading, how many events, or that none match. */
  statusText(status: TaskStatus, count: number, chosen: Readonly<Record<ListFilter, string>>) {
    if (status === TaskStatus.COMPLETE) {
      if (count > 0) return this.localize.plural("networkCount", count);
      const filtered = this.dates.chosen || filters.some((filter) => chosen[filter]);
      return this.localize.t(filtered ? "networkNoMatch" : "empty");
    }
    return status === TaskStatus.ERROR ? "" : this.localize.t("loading");
  }
}
