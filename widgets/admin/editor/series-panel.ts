import { nothing } from "lit";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { EventKind } from "../../../schema/contracts/events.js";
import type { AdminSeriesResponse } from "../../../schema/contracts/series.js";
import { repeatableKinds } from "../../../schema/contracts/series.js";
import { html } from "../../shared/fallback-text.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

export interface SeriesPanelContext {
  localize: AdminLocalizeController;
  org: string;
  /** Only members who may change events make one repeat. */
  canEdit: boolean;
  onCreated: (created: CustomEvent<AdminSeriesResponse>) => void;
}

const repeatable = (kind: EventKind) => (repeatableKinds as readonly string[]).includes(kind);

/** Under the heading: for a date of a series, where it stands and every date of the series. */
export function renderSeriesDates(event: AdminEvent | undefined, context: SeriesPanelContext) {
  if (!event?.series) return nothing;
  return html`<hearth-admin-series-dates
    class="panel"
    lang=${context.localize.locale}
    org=${context.org}
    .event=${event}
  ></hearth-admin-series-dates>`;
}

/**
 * Below the form: a saved meetup or course that does not repeat yet (and is not cancelled) can be
 * made to; before the first save, a note says so. Visits and festivals are one-off by nature.
 */
export function renderRepeatPanel(
  event: AdminEvent | undefined,
  kind: EventKind,
  context: SeriesPanelContext,
) {
  if (!context.canEdit || !repeatable(event?.kind ?? kind)) return nothing;
  if (!event) return html`<p class="notice">${context.localize.t("repeatAfterCreate")}</p>`;
  if (event.series || event.status === "cancelled") return nothing;
  return html`<hearth-admin-repeat-panel
    class="panel"
    lang=${context.localize.locale}
    org=${context.org}
    .event=${event}
    @hearth-admin-series-created=${context.onCreated}
  ></hearth-admin-repeat-panel>`;
}
