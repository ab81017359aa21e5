import type { Context } from "hono";
import type { ErrorEnvelope } from "../../schema/contracts/errors.js";
import type { SignUpBody, SignUpResponse } from "../../schema/contracts/registrations.js";
import { signupRoutes } from "../booking/signup-routes.js";
import type { AppEnv } from "../http/app-env.js";
import { organisationApi, writeThroughApi } from "../http/write-through-api.js";

/**
 * The public sign-up route itself: a form posted on an event's page (or on the sign-up form's
 * first screen) is booked by the very code a widget's sign-up is (`write-through-api.ts`).
 */
const signupApi = organisationApi(signupRoutes);

export type SignUpOutcome =
  | { ok: true; status: number; registration: SignUpResponse["registration"] }
  | { ok: false; status: number; error: ErrorEnvelope["error"]; retryAfter: string | null };

/** Sends the form's answers as the widget would (JSON, with the form's token as its key). */
export async function signUpThroughApi(
  c: Context<AppEnv>,
  target: { organisationSlug: string; eventId: string },
  body: SignUpBody,
  idempotencyKey: string,
): Promise<SignUpOutcome> {
  const path = `/api/v1/orgs/${encodeURIComponent(target.organisationSlug)}/events/${encodeURIComponent(target.eventId)}/registrations`;
  const outcome = await writeThroughApi<SignUpResponse>(c, signupApi, path, body, {
    idempotencyKey,
  });
  return outcome.ok
    ? { ok: true, status: outcome.status, registration: outcome.body.registration }
    : outcome;
}
