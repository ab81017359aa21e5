import type { Context } from "hono";
import { Hono } from "hono";
import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import type { AppEnv } from "./app-env.js";
import { useDatabase } from "./d1-metrics.js";
import { handleError } from "./errors.js";
import { deliverAfterWrites } from "../notifications/deliver-after-writes.js";

/*
 * A form the worker takes itself (an event's page, a first screen that sends itself) is written
 * by the very public API route a widget's write goes to — its contract, bot checks, website
 * check, rate limits, idempotency key and batch — so the two can never disagree, and its email
 * leaves the same way.
 */

export type ApiOutcome<T> =
  | { ok: true; status: number; body: T }
  | { ok: false; status: number; error: ErrorEnvelope["error"]; retryAfter: string | null };

/** `routes`, mounted at `prefix` as the API mounts them, with the API's middleware. */
export function apiAt(prefix: string, routes: Hono<AppEnv>): Hono<AppEnv> {
  const api = new Hono<AppEnv>().use(useDatabase, deliverAfterWrites).route(prefix, routes);
  api.onError(handleError);
  return api;
}

/** `routes` (an organisation's, mounted at `/api/v1/orgs/:org`) with the API's middleware. */
export const organisationApi = (routes: Hono<AppEnv>) => apiAt("/api/v1/orgs/:org", routes);

/**
 * Where the form came from, as a write's website is judged: the browser's `Origin`, else the
 * origin of its `Referer` (the page sends it to itself), else none, which the API refuses.
 */
function formOrigin(c: Context<AppEnv>): string | null {
  const origin = c.req.header("Origin");
  if (origin) return origin;
  try {
    return new URL(c.req.header("Referer") ?? "").origin;
  } catch {
    return null;
  }
}

/** How a write goes besides its body: its method and key, and a manage token it is made with. */
export interface ApiCall {
  method?: "GET" | "POST" | "PUT";
  idempotencyKey?: string;
  /** A manage token, sent as the widget sends it (`Authorization: Bearer …`). */
  token?: string;
}

/**
 * POSTs `body` as JSON to `path` of `api`, as the widget would, with `idempotencyKey` (or, with
 * a call's `method` and `token`, reads or changes what a manage link opens).
 */
export async function writeThroughApi<T>(
  c: Context<AppEnv>,
  api: Hono<AppEnv>,
  path: string,
  body: unknown,
  call: ApiCall,
): Promise<ApiOutcome<T>> {
  const { method = "POST", idempotencyKey, token } = call;
  const headers = new Headers();
  if (body !== undefined) headers.set("Content-Type", "application/json");
  if (idempotencyKey !== undefined) headers.set("Idempotency-Key", idempotencyKey);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  const origin = formOrigin(c);
  if (origin) headers.set("Origin", origin);
  // The rate limits count per client, as Cloudflare names it.
  const client = c.req.header("CF-Connecting-IP");
  if (client) headers.set("CF-Connecting-IP", client);
  let executionCtx: ExecutionContext | undefined;
  try {
    executionCtx = c.executionCtx as ExecutionContext;
  } catch {
    executionCtx = undefined; // tests call the app without one: mail then waits for the cron
  }
  const response = await api.fetch(
    new Request(new URL(path, c.req.url), {
      method,
      headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
    c.env,
    executionCtx,
  );
  if (response.ok) return { ok: true, status: response.status, body: await response.json<T>() };
  const { error } = await response.json<ErrorEnvelope>();
  return {
    ok: false,
    status: response.status,
    error,
    retryAfter: response.headers.get("Retry-After"),
  };
}
