import type {
  AdminApplicationResponse,
  ApplicationListResponse,
  LedgerResponse,
  StallsResponse,
} from "../../../schema/contracts/admin/festivals.js";
import { event, query, request } from "../admin-api.js";

// Festivals: cooks' applications, stalls, dish translations, the cost ledger

const application = (slug: string, eventId: string, id: string) =>
  `${event(slug, eventId)}/applications/${encodeURIComponent(id)}`;

export type ApplicationDecision = "approved" | "waitlisted" | "declined";

export interface StallInput {
  id?: string;
  name: string;
  power: boolean;
  water: boolean;
  covered: boolean;
  planX: number | null;
  planY: number | null;
}

export interface LedgerEntryInput {
  applicationId: string;
  kind: "ingredients" | "takings";
  amountCents: number;
  note: string | null;
}

/** Every application but drafts, unless `status` asks for one status (drafts included). */
export const getApplications = (
  slug: string,
  eventId: string,
  status: string | undefined,
  signal?: AbortSignal,
) =>
  request<ApplicationListResponse>(
    "GET",
    `${event(slug, eventId)}/applications${query({ status })}`,
    undefined,
    { signal },
  );

/** The message, per language, reaches the cook in their own language when it was written. */
export const decideApplication = (
  slug: string,
  eventId: string,
  id: string,
  status: ApplicationDecision,
  message: Record<string, string> | null,
) =>
  request<AdminApplicationResponse>("POST", `${application(slug, eventId, id)}/decision`, {
    status,
    message,
  });

export const saveApplicationNote = (slug: string, eventId: string, id: string, note: string) =>
  request<AdminApplicationResponse>("PUT", `${application(slug, eventId, id)}/note`, { note });

export const verifyHygiene = (slug: string, eventId: string, id: string, verified: boolean) =>
  request<AdminApplicationResponse>("PUT", `${application(slug, eventId, id)}/hygiene`, {
    verified,
  });

/** 409 `invalid_state` when the stall does not suit the cook or is taken. */
export const assignStall = (slug: string, eventId: string, id: string, stallId: string | null) =>
  request<AdminApplicationResponse>("PUT", `${application(slug, eventId, id)}/stall`, { stallId });

export const saveDishTranslations = (
  slug: string,
  eventId: string,
  dishId: string,
  body: { name: Record<string, string>; description: Record<string, string> },
) =>
  request<AdminApplicationResponse>(
    "PUT",
    `${event(slug, eventId)}/dishes/${encodeURIComponent(dishId)}/translations`,
    body,
  );

export const getStalls = (slug: string, eventId: string, signal?: AbortSignal) =>
  request<StallsResponse>("GET", `${event(slug, eventId)}/stalls`, undefined, { signal });

/** 409 `invalid_state` when a removed stall still has a cook. */
export const saveStalls = (slug: string, eventId: string, stalls: StallInput[]) =>
  request<StallsResponse>("PUT", `${event(slug, eventId)}/stalls`, { stalls });

export const getLedger = (slug: string, eventId: string, signal?: AbortSignal) =>
  request<LedgerResponse>("GET", `${event(slug, eventId)}/ledger`, undefined, { signal });

export const addLedgerEntry = (slug: string, eventId: string, entry: LedgerEntryInput) =>
  request<LedgerResponse>("POST", `${event(slug, eventId)}/ledger`, entry);
