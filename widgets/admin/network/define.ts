/**
 * The Network page and the page a network's join link opens. Loaded by the dashboard the first
 * time one of them opens (`app/areas.ts`): most organisations are in no network.
 */
import type { ElementsOf } from "../shared/define-area.js";
import { defineArea } from "../shared/define-area.js";
import { HearthAdminJoinedNetworks } from "./joined-networks.js";
import { HearthAdminNetworkCatalogue } from "./network-catalogue.js";
import { HearthAdminNetworkJoin } from "./network-join.js";
import { HearthAdminNetworkMembers } from "./network-members.js";
import { HearthAdminNetwork } from "./network-page.js";

const elements = {
  "hearth-admin-network": HearthAdminNetwork,
  "hearth-admin-network-members": HearthAdminNetworkMembers,
  "hearth-admin-network-catalogue": HearthAdminNetworkCatalogue,
  "hearth-admin-joined-networks": HearthAdminJoinedNetworks,
  "hearth-admin-network-join": HearthAdminNetworkJoin,
} as const;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementTagNameMap extends ElementsOf<typeof elements> {}
}

defineArea(elements);
