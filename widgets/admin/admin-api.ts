import type { InferInput } from "valibot";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type {
  AdminEventListResponse,
  AdminEventResponse,
  EventInput,
} from "../../schema/contracts/admin/events.js";
import type {
  FeedbackSummaryResponse,
  ItineraryInput,
  ItineraryResponse,
  ManifestResponse,
  NeedsBoardResponse,
} from "../../schema/contracts/admin/visits.js";
import type {
  OutboxMessage,
  OutboxMessageResponse,
  OutboxResponse,
} from "../../schema/contracts/admin/outbox.js";
import type { Preferences, PreferencesResponse } from "../../schema/contracts/admin/preferences.js";
import type {
  registerOnBehalfBodySchema,
  RosterEntry,
  RosterEntryResponse,
  RosterResponse,
} from "../../schema/contracts/admin/roster.js";
import type { MeResponse, Role } from "../../schema/contracts/admin/session.js";
import type { RefusedOriginsResponse } from "../../schema/contracts/admin/refused-origins.js";
import type {
  OrganisationSettings,
  OrganisationSettingsResponse,
} from "../../schema/contracts/admin/settings.js";
import type {
  AuditLogResponse,
  InvitationCreatedResponse,
  InvitationPreviewResponse,
  TeamResponse,
} from "../../schema/contracts/admin/team.js";
import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import { ApiError } from "../shared/api-client.js";
import { newIdempotencyKey } from "../shared/idempotency-key.js";

/**
 * The dashboard's one API client: same origin, session cookie, JSON. Failures arrive as the
 * shared `ApiError`. A request refused because the session ended waits for the person to sign in
 * again (the app shows a dialog over the untouched form) and is then sent once more.
 */

/** A 429: how long to wait, from the `Retry-After` header. */
export class RateLimitedError extends ApiError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(429, "rate_limited", message);
  }
}

/** Resolves once the person has signed in again; rejects if they gave up. */
export type SignInNeeded = () => Promise<void>;

let signInNeeded: SignInNeeded | undefined;
let signingIn: Promise<void> | undefined;

export function onSignInNeeded(handler: SignInNeeded | undefined): void {
  signInNeeded = handler;
}

interface Options {
  signal?: AbortSignal | undefined;
  /** Session endpoints answer 401 as part of their job; they must not open the sign-in dialog. */
  session?: boolean;
  headers?: Record<string, string>;
}

function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === "object" && error !== null && "code" in error && "message" in error;
}

async function send<T>(method: string, path: string, body: unknown, options: Options): Promise<T> {
  let response: Response;
  try {
    response = await fetch(new URL(`/api/v1/admin${path}`, location.origin), {
      method,
      credentials: "same-origin",
      headers: {
        Accept: "application/json",
        ...(body === undefined ? {} : { "Content-Type": "application/json" }),
        ...options.headers,
      },
      body: body === undefined ? null : JSON.stringify(body),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network", "network");
  }
  const data: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  if (response.ok) return data as T;
  if (!isErrorEnvelope(data)) throw new ApiError(response.status, "internal", response.statusText);
  const { code, message } = data.error;
  if (code === "rate_limited") {
    throw new RateLimitedError(message, Number(response.headers.get("Retry-After") ?? "60") || 60);
  }
  throw ApiError.from(response.status, data);
}

const needsSignIn = (error: unknown): error is ApiError =>
  error instanceof ApiError &&
  error.status === 401 &&
  (error.code === "unauthorized" || error.code === "session_expired");

export async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  options: Options = {},
): Promise<T> {
  try {
    return await send<T>(method, path, body, options);
  } catch (error) {
    if (options.session || !needsSignIn(error) || !signInNeeded) throw error;
    // Requests that fail together wait for one sign-in, not one dialog each.
    signingIn ??= signInNeeded().finally(() => (signingIn = undefined));
    try {
      await signingIn;
    } catch {
      throw error;
    }
    return request<T>(method, path, body, options);
  }
}

export const org = (slug: string) => `/orgs/${encodeURIComponent(slug)}`;
export const event = (slug: string, id: string) => `${org(slug)}/events/${encodeURIComponent(id)}`;
export const registration = (slug: string, eventId: string, id: string) =>
  `${event(slug, eventId)}/registrations/${encodeURIComponent(id)}`;

export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}

// Session and invitations

export const getMe = (signal?: AbortSignal) =>
  request<MeResponse>("GET", "/me", undefined, { signal, session: true });

export const signIn = (email: string, password: string) =>
  request<MeResponse>("POST", "/session", { email, password }, { session: true });

export const signOut = () => request<null>("DELETE", "/session", undefined, { session: true });

export const getInvitation = (token: string, signal?: AbortSignal) =>
  request<InvitationPreviewResponse>(
    "GET",
    `/invitations/${encodeURIComponent(token)}`,
    undefined,
    { signal, session: true },
  );

export const acceptInvitation = (
  token: string,
  body: { displayName?: string; password?: string; locale?: string },
) =>
  request<MeResponse>("POST", `/invitations/${encodeURIComponent(token)}/accept`, body, {
    session: true,
  });

// Events

export const listAdminEvents = (slug: string, signal?: AbortSignal) =>
  request<AdminEventListResponse>("GET", `${org(slug)}/events`, undefined, { signal });

export const getAdminEvent = (slug: string, id: string, signal?: AbortSignal) =>
  request<AdminEventResponse>("GET", event(slug, id), undefined, { signal });

export const createEvent = (slug: string, input: EventInput) =>
  request<AdminEventResponse>("POST", `${org(slug)}/events`, input);

export const updateEvent = (slug: string, id: string, input: EventInput) =>
  request<AdminEventResponse>("PUT", event(slug, id), input);

export const duplicateEvent = (slug: string, id: string) =>
  request<AdminEventResponse>("POST", `${event(slug, id)}/duplicate`);

export const publishEvent = (slug: string, id: string, version: number) =>
  request<AdminEventResponse>("POST", `${event(slug, id)}/publish`, { version });

/** `message`: the organiser's words per language; each person gets theirs. */
export const cancelEvent = (slug: string, id: string, message: LocaleText, version: number) =>
  request<AdminEventResponse>("POST", `${event(slug, id)}/cancel`, { message, version });

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

// Roster

export interface RosterQuery {
  q?: string | undefined;
  status?: string | undefined;
  slot?: string | undefined;
  code?: string | undefined;
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

/** A plain link: the browser downloads the file with the session cookie. */
export const rosterCsvUrl = (slug: string, eventId: string) =>
  `/api/v1/admin${event(slug, eventId)}/registrations.csv`;

export type RosterAction =
  | { type: "check-in"; undo: boolean }
  | { type: "no-show"; undo: boolean }
  | { type: "move"; to: "confirmed" | "waitlisted" }
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

// Settings, team, audit

export const getSettings = (slug: string, signal?: AbortSignal) =>
  request<OrganisationSettingsResponse>("GET", `${org(slug)}/settings`, undefined, { signal });

export const saveSettings = (slug: string, settings: Omit<OrganisationSettings, "slug" | "kind">) =>
  request<OrganisationSettingsResponse>("PUT", `${org(slug)}/settings`, settings);

export const getRefusedOrigins = (slug: string, signal?: AbortSignal) =>
  request<RefusedOriginsResponse>("GET", `${org(slug)}/refused-origins`, undefined, { signal });

/** Adds the website to the allowed ones; answers the settings as they are now. */
export const allowOrigin = (slug: string, origin: string) =>
  request<OrganisationSettingsResponse>("POST", `${org(slug)}/refused-origins/allow`, { origin });

export const getTeam = (slug: string, signal?: AbortSignal) =>
  request<TeamResponse>("GET", `${org(slug)}/team`, undefined, { signal });

export const invite = (slug: string, email: string, role: Role) =>
  request<InvitationCreatedResponse>("POST", `${org(slug)}/invitations`, { email, role });

export const revokeInvitation = (slug: string, id: string) =>
  request<null>("DELETE", `${org(slug)}/invitations/${encodeURIComponent(id)}`);

export const changeRole = (slug: string, userId: string, role: Role) =>
  request<unknown>("PUT", `${org(slug)}/members/${encodeURIComponent(userId)}`, { role });

export const removeMember = (slug: string, userId: string) =>
  request<null>("DELETE", `${org(slug)}/members/${encodeURIComponent(userId)}`);

export const getAudit = (slug: string, cursor: string | undefined, signal?: AbortSignal) =>
  request<AuditLogResponse>("GET", `${org(slug)}/audit${query({ cursor })}`, undefined, { signal });

// The signed-in member's own preferences

export const getPreferences = (slug: string, signal?: AbortSignal) =>
  request<PreferencesResponse>("GET", `${org(slug)}/preferences`, undefined, { signal });

export const savePreferences = (slug: string, preferences: Preferences) =>
  request<PreferencesResponse>("PUT", `${org(slug)}/preferences`, preferences);

// Messages to the people who signed up

export type OutboxStatus = OutboxMessage["status"];

export const getOutbox = (slug: string, status: OutboxStatus, signal?: AbortSignal) =>
  request<OutboxResponse>("GET", `${org(slug)}/outbox${query({ status })}`, undefined, { signal });

export const retryMessage = (slug: string, id: string) =>
  request<OutboxMessageResponse>("POST", `${org(slug)}/outbox/${encodeURIComponent(id)}/retry`);
