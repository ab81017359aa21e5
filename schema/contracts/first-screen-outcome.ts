import type { ErrorEnvelope } from "./errors.js";
import type { RegistrationView, SignUpResponse } from "./registrations.js";
import type { VolunteerView } from "./volunteers.js";

/**
 * What the worker answered a form sent on its first screen of `<hearth-signup>`,
 * `<hearth-volunteer>` or `<hearth-booking>`, as its HTML answer carries it (`data-outcome`,
 * JSON): the sign-up it booked (and whether an email is on its way), the volunteer it signed up
 * with their manage link, the sign-up its person cancelled, or the refusal with its status. The
 * widget takes it over as its own when its code arrives.
 */
export type FirstScreenOutcome =
  | { registration: SignUpResponse["registration"]; emailGiven: boolean }
  | { volunteer: VolunteerView; manageUrl: string }
  | { cancelled: RegistrationView }
  | FirstScreenRefusal;

export interface FirstScreenRefusal {
  status: number;
  error: ErrorEnvelope["error"];
}
