import type { NetworkEventListResponse } from "../../schema/contracts/networks.js";
import type { EventListFilter } from "./events-api.js";
import type { RequestOptions } from "./api-request.js";
import { query, request } from "./api-request.js";

// Networks: the catalogue of every event a network and the organisations that joined it list

export interface NetworkEventFilter extends EventListFilter {
  /** Only this member's events (its slug). */
  organiser?: string | undefined;
  /** Only events where this language is spoken. */
  language?: string | undefined;
  /** Only events starting at or after this instant (ISO 8601). */
  from?: string | undefined;
  /** Only events starting before this instant (ISO 8601). */
  to?: string | undefined;
}

/** One page of the network's catalogue, narrowed by `filter`. */
export function listNetworkEvents(
  slug: string,
  filter: NetworkEventFilter,
  options: RequestOptions = {},
) {
  return request<NetworkEventListResponse>(
    `/api/v1/networks/${encodeURIComponent(slug)}/events${query({ ...filter })}`,
    {},
    options,
  );
}
