import type { InferInput } from "valibot";
import type {
  registerOnBehalfBodySchema,
  RosterEntry,
  RosterEntryResponse,
  RosterResponse,
} from "../../../schema/contracts/admin/roster.js";
import type { ChangeRegistrationBody } from "../../../schema/contracts/registrations.js";
import { newIdempotencyKey } from "../../shared/idempotency-key.js";
import { event, query, registration, request } from "../admin-api.js";

// Roster: everyone signed up for an event, the organiser's changes, and sign-ups on someone's behalf

export interface RosterQuery {
  q?: string | undefined;
  status?: string | undefined;
  slot?: string | undefined;
  code?: string | undefined;
  /** A page after the first: the `nextCursor` of the one before. */
  cursor?: string | undefined;
}

export type OnBehalfBody = InferInput<typeof registerOnBehalfBodySchema>;

export const getRoster = (
  slug: string,
  eventId: string,
  filter: RosterQuery,
  signal?: AbortSignal,
) =>
  request<RosterResponse>(
    "GET",
    `${event(slug, eventId)}/registrations${query({ ...filter })}`,
    undefined,
    {
      signal,
    },
  );

/**
 * The roster's first `pages` pages joined (all of them by default): what a list showing that many
 * pages, a printed list or the cancel dialog's phone list needs.
 */
export async function getRosterPages(
  slug: string,
  eventId: string,
  filter: RosterQuery,
  pages = Infinity,
  signal?: AbortSignal,
): Promise<RosterResponse> {
  const first = await getRoster(slug, eventId, filter, signal);
  return followRoster(slug, eventId, filter, first, pages - 1, signal);
}

/** `shown` and up to `pages` more pages after it (all that remain by default), joined. */
export async function followRoster(
  slug: string,
  eventId: string,
  filter: RosterQuery,
  shown: RosterResponse,
  pages = Infinity,
  signal?: AbortSignal,
): Promise<RosterResponse> {
  let response = shown;
  const entries = [...shown.entries];
  for (let page = 0; page < pages && response.nextCursor; page++) {
    response = await getRoster(slug, eventId, { ...filter, cursor: response.nextCursor }, signal);
    entries.push(...response.entries);
  }
  return { ...response, entries };
}

/**
 * A plain link: the browser downloads the file with the session cookie. With `sensitive`, the
 * answers to sensitive questions are in it too, and the audit log records that download apart.
 */
export const rosterCsvUrl = (slug: string, eventId: string, sensitive = false) =>
  `/api/v1/admin${event(slug, eventId)}/registrations.csv${sensitive ? "?sensitive=1" : ""}`;

/**
 * A change to one registration: check-in, no-show (each undoable), a move, a change of time,
 * party, contact or needs (through the booking engine, as the person could; only what changes is
 * sent), or a cancellation.
 */
export type RosterAction =
  | { type: "check-in"; undo: boolean }
  | { type: "no-show"; undo: boolean }
  | { type: "move"; to: "confirmed" | "waitlisted" }
  | { type: "change"; change: ChangeRegistrationBody }
  | { type: "cancel" };

export function changeRegistration(
  slug: string,
  eventId: string,
  id: string,
  action: RosterAction,
): Promise<RosterEntryResponse> {
  const path = registration(slug, eventId, id);
  switch (action.type) {
    case "check-in":
    case "no-show":
      return request(action.undo ? "DELETE" : "POST", `${path}/${action.type}`);
    case "move":
      return request("POST", `${path}/move`, { to: action.to });
    case "change":
      return request("PATCH", path, action.change);
    case "cancel":
      return request("POST", `${path}/cancel`);
  }
}

export const registerOnBehalf = (slug: string, eventId: string, body: OnBehalfBody) =>
  request<{ entry: RosterEntry; manageUrl: string }>(
    "POST",
    `${event(slug, eventId)}/registrations`,
    body,
    // The booking engine wants a key; a caseworker's double click must not book twice.
    { headers: { "Idempotency-Key": newIdempotencyKey() } },
  );
