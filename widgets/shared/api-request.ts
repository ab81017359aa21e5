import { ApiError, isErrorEnvelope } from "./api-error.js";

/*
 * Chunks are served from the same origin as embed.js, so their own URL is the right default
 * even before the loader calls setApiOrigin().
 */
let apiOrigin = new URL(import.meta.url).origin;

/** Points every public API call at the Hearth server the loader came from. */
export function setApiOrigin(origin: string): void {
  apiOrigin = new URL(origin).origin;
}

/** A public read the loader started as soon as it saw the widget's tag (see embed.ts). */
export interface StartedRead {
  url: string;
  /** Sent with `cache: "no-cache"`, as a request with `fresh` is. */
  fresh: boolean;
  response: Promise<Response>;
  /** Sent with it, and with a form its first screen sends (a manage token). */
  headers?: Record<string, string>;
}

/** The same request whatever the order of its query. */
function readKey(url: string | URL, fresh: boolean | undefined): string {
  const sorted = new URL(url);
  sorted.searchParams.sort();
  return `${fresh ? "fresh " : ""}${sorted.href}`;
}

const startedReads = new Map<string, Promise<Response>>();

/**
 * Reads the loader started while this widget's code was on its way: the widget's first request
 * for the same URL takes the answer instead of asking again (each is taken once).
 */
export function useStartedReads(reads: readonly StartedRead[]): void {
  for (const read of reads) startedReads.set(readKey(read.url, read.fresh), read.response);
}

function takeStartedRead(url: URL, init: RequestInit, fresh: boolean | undefined) {
  if (init.method || init.body || init.headers) return undefined;
  const key = readKey(url, fresh);
  const response = startedReads.get(key);
  startedReads.delete(key);
  return response;
}

export interface RequestOptions {
  /** Overrides the loader's origin, e.g. a widget's `api` attribute. */
  api?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Places change while a page is open: ask the server, not the browser's cached copy. */
  fresh?: boolean | undefined;
}

/** Sends one request to the public API without cookies; any failure arrives as an `ApiError`. */
export async function request<T>(
  path: string,
  init: RequestInit,
  options: RequestOptions,
): Promise<T> {
  const url = new URL(path, options.api ? new URL(options.api).origin : apiOrigin);
  let response: Response;
  try {
    response = await (takeStartedRead(url, init, options.fresh) ??
      fetch(url, {
        ...init,
        signal: options.signal ?? null,
        ...(options.fresh ? { cache: "no-cache" as const } : {}),
        // The public API never uses cookies; don't send the host page's.
        credentials: "omit",
      }));
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network", "network");
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    if (isErrorEnvelope(body)) {
      throw ApiError.from(response.status, body);
    }
    throw new ApiError(response.status, "internal", response.statusText);
  }
  return body as T;
}

export const org = (slug: string) => `/api/v1/orgs/${encodeURIComponent(slug)}`;
export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
export const json = { "Content-Type": "application/json" };

/** A query string of the given values, leaving out empty ones; "" when none are left. */
export function query(params: Record<string, string | number | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== "") search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}
