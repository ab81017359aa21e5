import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import { slotName } from "./roster-rows.js";

export interface FiltersContext {
  localize: AdminLocalizeController;
  locales: readonly string[];
  q: string;
  status: string;
  slot: string;
  onSearch: (event: Event) => void;
  onStatus: (status: string) => void;
  onSlot: (slot: string) => void;
}

/** The roster's search box and its status and slot filters (slots only when there are several). */
export function renderRosterFilters(event: AdminEvent, context: FiltersContext) {
  const t = context.localize.t.bind(context.localize);
  return html`<form
    class="filters"
    role="search"
    aria-label=${t("rosterFilters")}
    @submit=${(e: Event) => e.preventDefault()}
  >
    <div class="field">
      <label for="roster-q">${t("searchRoster")}</label>
      <input id="roster-q" type="search" .value=${context.q} @input=${context.onSearch} />
    </div>
    <div class="field">
      <label for="roster-status">${t("colStatus")}</label>
      <select
        id="roster-status"
        @change=${(e: Event) => context.onStatus((e.target as HTMLSelectElement).value)}
      >
        <option value="">${t("allStatuses")}</option>
        ${(["confirmed", "offered", "waitlisted", "cancelled"] as const).map(
          (status) =>
            html`<option value=${status} ?selected=${context.status === status}>
              ${t(`reg_${status}`)}
            </option>`,
        )}
      </select>
    </div>
    ${
      event.slots.length > 1
        ? html`<div class="field">
            <label for="roster-slot">${t("colSlot")}</label>
            <select
              id="roster-slot"
              @change=${(e: Event) => context.onSlot((e.target as HTMLSelectElement).value)}
            >
              <option value="">${t("allSlots")}</option>
              ${event.slots.map(
                (slot) =>
                  html`<option value=${slot.id} ?selected=${context.slot === slot.id}>
                    ${slotName(event.slots, slot.id, context.locales)}
                  </option>`,
              )}
            </select>
          </div>`
        : nothing
    }
  </form>`;
}
