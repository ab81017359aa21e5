import type {
  NetworkInvitationCreatedResponse,
  NetworkMemberEventsResponse,
  NetworkOverviewResponse,
  NetworkPreviewResponse,
} from "../../../schema/contracts/admin/networks.js";
import { event, org, query, request } from "../admin-api.js";

// Networks: what the organisation runs (members, links, the members' events) and what it joined

/** Both sides at once: the network it runs, if any, and the networks it joined. */
export const getNetworkOverview = (slug: string, signal?: AbortSignal) =>
  request<NetworkOverviewResponse>("GET", `${org(slug)}/network`, undefined, { signal });

export const setNetworkMode = (slug: string, isNetwork: boolean) =>
  request<null>("PUT", `${org(slug)}/network`, { isNetwork });

export const createNetworkInvitation = (slug: string, note: string) =>
  request<NetworkInvitationCreatedResponse>("POST", `${org(slug)}/network/invitations`, { note });

export const withdrawNetworkInvitation = (slug: string, id: string) =>
  request<null>("DELETE", `${org(slug)}/network/invitations/${encodeURIComponent(id)}`);

export const removeNetworkMember = (slug: string, member: string) =>
  request<null>("DELETE", `${org(slug)}/network/members/${encodeURIComponent(member)}`);

/** One page of the coming events of the network and its members, soonest first. */
export const listNetworkEvents = (slug: string, cursor?: string | null, signal?: AbortSignal) =>
  request<NetworkMemberEventsResponse>(
    "GET",
    `${org(slug)}/network/events${query({ cursor: cursor ?? undefined })}`,
    undefined,
    { signal },
  );

export type Curation = "featured" | "hidden" | null;

export const curateNetworkEvent = (slug: string, eventId: string, state: Curation) =>
  request<null>("PUT", `${org(slug)}/network/events/${encodeURIComponent(eventId)}/curation`, {
    state,
  });

/** What a join link offers this organisation, before an owner accepts it. */
export const previewNetworkLink = (slug: string, token: string, signal?: AbortSignal) =>
  request<NetworkPreviewResponse>("POST", `${org(slug)}/networks/preview`, { token }, { signal });

export const joinNetwork = (slug: string, token: string) =>
  request<NetworkPreviewResponse>("POST", `${org(slug)}/networks/join`, { token });

export const setListByDefault = (slug: string, network: string, listByDefault: boolean) =>
  request<null>("PUT", `${org(slug)}/networks/${encodeURIComponent(network)}`, { listByDefault });

export const leaveNetwork = (slug: string, network: string) =>
  request<null>("DELETE", `${org(slug)}/networks/${encodeURIComponent(network)}`);

/** An event's own choice: always listed, never, or null to follow each network's default. */
export type NetworkListing = "listed" | "unlisted" | null;

export const setNetworkListing = (slug: string, eventId: string, listing: NetworkListing) =>
  request<null>("PUT", `${event(slug, eventId)}/network-listing`, { listing });
