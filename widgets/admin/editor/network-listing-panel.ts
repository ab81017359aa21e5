import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import { define } from "../../shared/define.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import { HearthAdminNetworkListing } from "./network-listing.js";

/*
 * Registered with the editor that shows it (this module is part of the editor's area), kept
 * apart from the element's class like every other registration.
 */
define("hearth-admin-network-listing", HearthAdminNetworkListing);

declare global {
  interface HTMLElementTagNameMap {
    "hearth-admin-network-listing": HearthAdminNetworkListing;
  }
}

export interface NetworkListingContext {
  localize: AdminLocalizeController;
  org: string;
  disabled: boolean;
}

/** A saved event's choice of networks below the form; it hides itself when none was joined. */
export function renderNetworkListing(
  event: AdminEvent | undefined,
  context: NetworkListingContext,
) {
  if (!event) return nothing;
  return html`<hearth-admin-network-listing
    lang=${context.localize.locale}
    org=${context.org}
    .event=${event}
    ?disabled=${context.disabled}
  ></hearth-admin-network-listing>`;
}
