import type {
  EventDetailResponse,
  EventKind,
  EventListResponse,
} from "../../schema/contracts/events.js";
import type { RequestOptions } from "./api-request.js";
import { org, query, request } from "./api-request.js";

// Events: an organisation's published events, and one event in full

export interface EventListFilter {
  kind?: EventKind | undefined;
  region?: string | undefined;
  lang?: string | undefined;
  limit?: number | undefined;
  cursor?: string | undefined;
}

/** One page of the organisation's events, narrowed by `filter`. */
export function listEvents(slug: string, filter: EventListFilter, options: RequestOptions = {}) {
  return request<EventListResponse>(`${org(slug)}/events${query({ ...filter })}`, {}, options);
}

/** One event, its texts in `lang`. */
export function getEvent(
  slug: string,
  eventId: string,
  lang: string,
  options: RequestOptions = {},
) {
  return request<EventDetailResponse>(
    `${org(slug)}/events/${encodeURIComponent(eventId)}${query({ lang })}`,
    {},
    options,
  );
}
