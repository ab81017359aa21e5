import type { Screen } from "../rules/cook-steps.js";
import type { ErrorEnvelope } from "./errors.js";
import type { ApplicationView } from "./festivals.js";
import type { RegistrationView, SignUpResponse } from "./registrations.js";
import type { VolunteerView } from "./volunteers.js";

/**
 * What the worker answered a form sent on its first screen of `<hearth-signup>`,
 * `<hearth-volunteer>`, `<hearth-booking>` or `<hearth-cook-apply>`, as its HTML answer carries
 * it (`data-outcome`, JSON): the sign-up it booked (and whether an email is on its way), the
 * volunteer it signed up with their manage link, the sign-up its person cancelled, a cook's
 * application as saved with the screen it goes on to, or the refusal with its status. The widget
 * takes it over as its own when its code arrives.
 */
export type FirstScreenOutcome =
  | { registration: SignUpResponse["registration"]; emailGiven: boolean }
  | { volunteer: VolunteerView; manageUrl: string }
  | { cancelled: RegistrationView }
  | CookOutcome
  | FirstScreenRefusal;

export interface FirstScreenRefusal {
  status: number;
  error: ErrorEnvelope["error"];
}

/** A cook's application saved (or sent) on the first screen, and the screen drawn next. */
export interface CookOutcome {
  application: ApplicationView;
  /** Its id and manage token: what the widget reads and saves it with. */
  session: { id: string; token: string };
  manageUrl: string;
  screen: Screen;
}
