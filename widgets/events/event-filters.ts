import type { EventKind } from "../../schema/contracts/events.js";
import { kindFilterChoices } from "../../schema/rules/event-kinds.js";
import type { MessageKey } from "../i18n/messages.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";

const kinds: ReadonlyArray<readonly [EventKind, MessageKey]> = kindFilterChoices;

export const isKind = (value: string): value is EventKind => kinds.some(([kind]) => kind === value);

/** What a list's filters narrow it by: each changes the query the list sends. */
export type ListFilter = "kind" | "region" | "organiser" | "language";

export interface FilterChoices {
  kind: string;
  region: string;
  /** The regions of the events loaded so far; the region filter shows once there are two. */
  regions: readonly string[];
}

/**
 * The list's filters, a labelled select each. `network`: a network's own filters (organiser,
 * language), first, once its code has loaded.
 */
export function renderEventFilters(
  localize: LocalizeController,
  chosen: FilterChoices,
  change: (filter: ListFilter, value: string) => void,
  network: unknown,
) {
  const t = (key: MessageKey) => localize.t(key);
  const onChange = (filter: ListFilter) => (event: Event) =>
    change(filter, (event.target as HTMLSelectElement).value);
  return html`<form
    part="filters"
    class="filters"
    role="search"
    aria-label=${t("filtersLabel")}
    @submit=${(event: Event) => event.preventDefault()}
  >
    ${network}
    <div class="filter">
      <label part="label" for="kind">${t("filterKind")}</label>
      <select part="input" id="kind" .value=${chosen.kind} @change=${onChange("kind")}>
        <option value="">${t("kindAll")}</option>
        ${kinds.map(
          ([kind, label]) =>
            html`<option value=${kind} ?selected=${kind === chosen.kind}>${t(label)}</option>`,
        )}
      </select>
    </div>
    ${
      chosen.regions.length > 1 || chosen.region
        ? html`<div class="filter">
            <label part="label" for="region">${t("filterRegion")}</label>
            <select part="input" id="region" @change=${onChange("region")}>
              <option value="">${t("regionAll")}</option>
              ${chosen.regions.map(
                (region) =>
                  html`<option value=${region} ?selected=${region === chosen.region}>
                    ${region}
                  </option>`,
              )}
            </select>
          </div>`
        : null
    }
  </form>`;
}
