import type { SignUpResponse } from "../../schema/contracts/registrations.js";
import type { RegistrationView } from "../../schema/contracts/registrations.js";
import type { VolunteerView } from "../../schema/contracts/volunteers.js";
import type { ApiErrorCode } from "./api-client.js";

/** Every event a Hearth widget fires; all bubble and cross shadow roots. */
export interface HearthEventMap {
  "hearth-registered": CustomEvent<{
    eventId: string;
    registration: SignUpResponse["registration"];
  }>;
  "hearth-error": CustomEvent<{ status: number; code: ApiErrorCode }>;
  "hearth-event-open": CustomEvent<{ eventId: string }>;
  "hearth-cancelled": CustomEvent<{ registration: RegistrationView }>;
  "hearth-changed": CustomEvent<{ registration: RegistrationView }>;
  /** The person erased their data: a sign-up's, a cook's application's or a volunteer's id. */
  "hearth-erased": CustomEvent<
    { registrationId: string } | { applicationId: string } | { volunteerId: string }
  >;
  /** A volunteer signed up, added shifts or cancelled one; `detail.volunteer` is the new schedule. */
  "hearth-volunteered": CustomEvent<{ volunteer: VolunteerView }>;
}

export type HearthEventName = keyof HearthEventMap;
export type HearthEventDetail<K extends HearthEventName> =
  HearthEventMap[K] extends CustomEvent<infer D> ? D : never;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends HearthEventMap {}
}
