import type { ErrorEnvelope } from "./errors.js";
import type { SignUpResponse } from "./registrations.js";

/**
 * What the worker answered a sign-up sent on its first screen of `<hearth-signup>`, as its HTML
 * answer carries it (`data-outcome`, JSON): the sign-up it booked and whether an email is on its
 * way, or the refusal with its status. The widget takes it over as its own when its code arrives.
 */
export type FirstScreenOutcome =
  | { registration: SignUpResponse["registration"]; emailGiven: boolean }
  | { status: number; error: ErrorEnvelope["error"] };
