import type {
  AdminApplication,
  LedgerResponse,
  StallsResponse,
} from "../../../schema/contracts/admin/festivals.js";
import type { MeResponse } from "../../../schema/contracts/admin/session.js";
import type { OrganisationSettings } from "../../../schema/contracts/admin/settings.js";
import type { RosterEntry } from "../../../schema/contracts/admin/roster.js";
import type { ShiftBoardResponse } from "../../../schema/contracts/admin/volunteers.js";
import type { WorkbenchResponse } from "../../../schema/contracts/admin/mentoring.js";
import type { ItineraryResponse } from "../../../schema/contracts/admin/visits.js";
import type { AdminSeriesResponse } from "../../../schema/contracts/series.js";

/** Every event a dashboard element fires; all bubble and cross shadow roots. */
export interface AdminEventMap {
  /** A view's h1 appeared or changed: the dashboard names the page after it and may focus it. */
  "hearth-admin-view-heading": CustomEvent<{ heading: HTMLElement; text: string }>;
  "hearth-admin-signed-in": CustomEvent<MeResponse>;
  "hearth-admin-sign-in-dismissed": CustomEvent<Record<string, never>>;
  "hearth-admin-roster-changed": CustomEvent<{ entry: RosterEntry }>;
  /** `message`: the organiser's words per language. */
  "hearth-admin-cancel-event": CustomEvent<{ message: Record<string, string> }>;
  "hearth-admin-itinerary-saved": CustomEvent<ItineraryResponse>;
  /** A saved event became the first date of a series; `series` has every date. */
  "hearth-admin-series-created": CustomEvent<AdminSeriesResponse>;
  /** A cook's application changed; `announcement` says what, for the page's live region. */
  "hearth-admin-application-changed": CustomEvent<{
    application: AdminApplication;
    announcement: string;
  }>;
  "hearth-admin-decision-requested": CustomEvent<{
    application: AdminApplication;
    status: "approved" | "waitlisted" | "declined";
  }>;
  "hearth-admin-decision": CustomEvent<{
    status: "approved" | "waitlisted" | "declined";
    message: Record<string, string>;
  }>;
  /** A refused website was allowed; `settings` are as the server has them now. */
  "hearth-admin-origin-allowed": CustomEvent<{ origin: string; settings: OrganisationSettings }>;
  "hearth-admin-stalls-saved": CustomEvent<StallsResponse>;
  "hearth-admin-ledger-changed": CustomEvent<LedgerResponse>;
  /** Volunteers moved, were assigned or checked in; `board` is fresh when the server sent one. */
  "hearth-admin-shifts-changed": CustomEvent<{
    board: ShiftBoardResponse | null;
    announcement: string;
  }>;
  /** The network's members, links or memberships changed; `announcement` says what. */
  "hearth-admin-network-changed": CustomEvent<{ announcement: string }>;
  /**
   * A Language Friend season's pairs changed (solved, locked, banned, published, ended):
   * `workbench` as the server has it now, or null when the page should read it again.
   */
  "hearth-admin-workbench-changed": CustomEvent<{
    workbench: WorkbenchResponse | null;
    announcement: string;
  }>;
  /** Someone else changed the season's proposal meanwhile: the page offers the latest. */
  "hearth-admin-workbench-conflict": CustomEvent<Record<string, never>>;
}

export type AdminEventName = keyof AdminEventMap;
export type AdminEventDetail<K extends AdminEventName> =
  AdminEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends AdminEventMap {}
}
