import type {
  FeedbackSummaryResponse,
  ItineraryInput,
  ItineraryResponse,
  ManifestResponse,
  NeedsBoardResponse,
} from "../../../schema/contracts/admin/visits.js";
import { event, request } from "../admin-api.js";

// Visits: itinerary, needs board, day manifest, feedback

export const saveItinerary = (slug: string, id: string, input: ItineraryInput) =>
  request<ItineraryResponse>("PUT", `${event(slug, id)}/itinerary`, input);

export const getNeeds = (slug: string, id: string, signal?: AbortSignal) =>
  request<NeedsBoardResponse>("GET", `${event(slug, id)}/needs`, undefined, { signal });

/** The server records every opening of the manifest in the audit log: it holds phone numbers. */
export const getManifest = (slug: string, id: string, signal?: AbortSignal) =>
  request<ManifestResponse>("GET", `${event(slug, id)}/manifest`, undefined, { signal });

export const getFeedback = (slug: string, id: string, signal?: AbortSignal) =>
  request<FeedbackSummaryResponse>("GET", `${event(slug, id)}/feedback`, undefined, { signal });
