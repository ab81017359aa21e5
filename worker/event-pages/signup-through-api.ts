import type { Context } from "hono";
import { Hono } from "hono";
import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import type { SignUpBody, SignUpResponse } from "../../schema/contracts/registrations.js";
import { signupRoutes } from "../booking/signup-routes.js";
import type { AppEnv } from "../http/app-env.js";
import { useDatabase } from "../http/d1-metrics.js";
import { handleError } from "../http/errors.js";
import { deliverAfterWrites } from "../notifications/deliver-after-writes.js";

/**
 * The public sign-up route itself, with the middleware the API runs it under: a form posted on
 * an event's page is booked by the very code a widget's sign-up is — the contract's checks, the
 * bot checks, the website check, the rate limits, the idempotency key and the booking batch — so
 * the two can never disagree, and its confirmation email leaves the same way.
 */
const signupApi = new Hono<AppEnv>()
  .use(useDatabase, deliverAfterWrites)
  .route("/api/v1/orgs/:org", signupRoutes);
signupApi.onError(handleError);

export type SignUpOutcome =
  | { ok: true; status: number; registration: SignUpResponse["registration"] }
  | { ok: false; status: number; error: ErrorEnvelope["error"]; retryAfter: string | null };

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

/** Sends the form's answers as the widget would (JSON, with the form's token as its key). */
export async function signUpThroughApi(
  c: Context<AppEnv>,
  target: { organisationSlug: string; eventId: string },
  body: SignUpBody,
  idempotencyKey: string,
): Promise<SignUpOutcome> {
  const headers = new Headers({
    "Content-Type": "application/json",
    "Idempotency-Key": idempotencyKey,
  });
  const origin = formOrigin(c);
  if (origin) headers.set("Origin", origin);
  // The rate limits count per client, as Cloudflare names it.
  const client = c.req.header("CF-Connecting-IP");
  if (client) headers.set("CF-Connecting-IP", client);
  const url = new URL(
    `/api/v1/orgs/${encodeURIComponent(target.organisationSlug)}/events/${encodeURIComponent(target.eventId)}/registrations`,
    c.req.url,
  );
  let executionCtx: ExecutionContext | undefined;
  try {
    executionCtx = c.executionCtx as ExecutionContext;
  } catch {
    executionCtx = undefined; // tests call the app without one: mail then waits for the cron
  }
  const response = await signupApi.fetch(
    new Request(url, { method: "POST", headers, body: JSON.stringify(body) }),
    c.env,
    executionCtx,
  );
  if (response.ok) {
    const { registration } = await response.json<SignUpResponse>();
    return { ok: true, status: response.status, registration };
  }
  const { error } = await response.json<ErrorEnvelope>();
  return {
    ok: false,
    status: response.status,
    error,
    retryAfter: response.headers.get("Retry-After"),
  };
}
