import { ApiError } from "../shared/api-client.js";
import { isErrorEnvelope } from "../shared/api-error.js";

/**
 * The dashboard's one API client: same origin, session cookie, JSON. Failures arrive as the
 * shared `ApiError`. A request refused because the session ended waits for the person to sign in
 * again (the app shows a dialog over the untouched form) and is then sent once more.
 *
 * This module is the transport; each area's calls live beside it (`events/events-api.ts`,
 * `roster/roster-api.ts`, `festival/festival-api.ts`, …) and go through `request`.
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

/** Sets what a request does when the session has ended: the app's sign-in dialog. */
export function onSignInNeeded(handler: SignInNeeded | undefined): void {
  signInNeeded = handler;
}

interface Options {
  signal?: AbortSignal | undefined;
  /** Session endpoints answer 401 as part of their job; they must not open the sign-in dialog. */
  session?: boolean;
  headers?: Record<string, string>;
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

/** Sends one request to the dashboard API; see the module comment for failures and sign-in. */
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

/** An organisation's path below `/api/v1/admin`; `event` and `registration` build on it. */
export const org = (slug: string) => `/orgs/${encodeURIComponent(slug)}`;
export const event = (slug: string, id: string) => `${org(slug)}/events/${encodeURIComponent(id)}`;
export const registration = (slug: string, eventId: string, id: string) =>
  `${event(slug, eventId)}/registrations/${encodeURIComponent(id)}`;

/** A query string of the non-empty values; "" when none are left. */
export function query(params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : "";
}
