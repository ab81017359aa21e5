import type {
  OutboxMessage,
  OutboxMessageResponse,
  OutboxResponse,
} from "../../../schema/contracts/admin/outbox.js";
import { org, query, request } from "../admin-api.js";

// Messages to the people who signed up

export type OutboxStatus = OutboxMessage["status"];

export const getOutbox = (slug: string, status: OutboxStatus, signal?: AbortSignal) =>
  request<OutboxResponse>("GET", `${org(slug)}/outbox${query({ status })}`, undefined, { signal });

export const retryMessage = (slug: string, id: string) =>
  request<OutboxMessageResponse>("POST", `${org(slug)}/outbox/${encodeURIComponent(id)}/retry`);
