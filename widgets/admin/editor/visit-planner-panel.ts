import { html } from "../../shared/fallback-text.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { ItineraryResponse } from "../../../schema/contracts/admin/visits.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

export interface PlannerContext {
  localize: AdminLocalizeController;
  org: string;
  /** The organisation's content languages, default first. */
  locales: readonly string[];
  disabled: boolean;
  onSaved: (saved: CustomEvent<ItineraryResponse>) => void;
}

/**
 * A visit's stops below the form. Stops need a saved visit to hang on; host places then pick
 * one in the slots above. Before the first save, a note says so.
 */
export function renderVisitPlanner(event: AdminEvent | undefined, context: PlannerContext) {
  if (!event) return html`<p class="notice">${context.localize.t("plannerAfterCreate")}</p>`;
  return html`<hearth-admin-visit-planner
    class="panel"
    lang=${context.localize.locale}
    org=${context.org}
    .event=${event}
    .locales=${context.locales}
    ?disabled=${context.disabled}
    @hearth-admin-itinerary-saved=${context.onSaved}
  ></hearth-admin-visit-planner>`;
}

/** The event with the stops and pick-up points the planner just saved. */
export function withItinerary(event: AdminEvent, saved: ItineraryResponse): AdminEvent {
  return { ...event, itinerary: saved.stops, pickupPoints: saved.pickupPoints };
}
