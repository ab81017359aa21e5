/**
 * The editor's parts for repeating events, registered with the editor that renders them: they
 * are never on a page without it.
 */
import type { AdminSeriesResponse } from "../../../schema/contracts/series.js";
import { define } from "../../shared/define.js";
import { HearthAdminEditScopeDialog } from "./edit-scope-dialog.js";
import { HearthAdminRepeatPanel } from "./repeat-panel.js";
import { HearthAdminSeriesDates } from "./series-dates.js";

const elements = {
  "hearth-admin-repeat-panel": HearthAdminRepeatPanel,
  "hearth-admin-series-dates": HearthAdminSeriesDates,
  "hearth-admin-edit-scope-dialog": HearthAdminEditScopeDialog,
} as const;

declare module "../shared/admin-events.js" {
  interface AdminEventMap {
    /** A saved event became the first date of a series; `series` has every date. */
    "hearth-admin-series-created": CustomEvent<AdminSeriesResponse>;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends SeriesElements {}
}

type SeriesElements = { [K in keyof typeof elements]: InstanceType<(typeof elements)[K]> };

export function register(): void {
  for (const [tag, element] of Object.entries(elements)) define(tag, element);
}

register();
