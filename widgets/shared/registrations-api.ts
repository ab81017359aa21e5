import type {
  ChangeRegistrationBody,
  RegistrationResponse,
  SignUpBody,
  SignUpResponse,
} from "../../schema/contracts/registrations.js";
import type { RequestOptions } from "./api-request.js";
import { bearer, org, request } from "./api-request.js";

// Registrations: signing up for an event, and managing the sign-up with its token

const registration = (id: string) => `/api/v1/registrations/${encodeURIComponent(id)}`;

/** `idempotencyKey` must be the same for retries of the same answers, so nobody is booked twice. */
export function signUp(
  slug: string,
  eventId: string,
  body: SignUpBody,
  idempotencyKey: string,
  options: RequestOptions = {},
) {
  return request<SignUpResponse>(
    `${org(slug)}/events/${encodeURIComponent(eventId)}/registrations`,
    {
      method: "POST",
      headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey },
      body: JSON.stringify(body),
    },
    options,
  );
}

/** The sign-up as it stands now. */
export function getRegistration(id: string, token: string, options: RequestOptions = {}) {
  return request<RegistrationResponse>(registration(id), { headers: bearer(token) }, options);
}

/** Changes the sign-up: another time, the party (only what changes is sent). */
export function changeRegistration(
  id: string,
  token: string,
  change: ChangeRegistrationBody,
  options: RequestOptions = {},
) {
  return request<RegistrationResponse>(
    registration(id),
    {
      method: "PATCH",
      headers: { ...bearer(token), "Content-Type": "application/json" },
      body: JSON.stringify(change),
    },
    options,
  );
}

/**
 * Takes the freed place held for the person (status `offered`). Refused with 409 `offer_expired`
 * once the time to answer has passed; declining is cancelling.
 */
export function acceptOffer(id: string, token: string, options: RequestOptions = {}) {
  return request<RegistrationResponse>(
    `${registration(id)}/accept`,
    { method: "POST", headers: bearer(token) },
    options,
  );
}

/** Cancels the sign-up. */
export function cancelRegistration(id: string, token: string, options: RequestOptions = {}) {
  return request<RegistrationResponse>(
    registration(id),
    { method: "DELETE", headers: bearer(token) },
    options,
  );
}

/** Erases the person's data from the sign-up. */
export function eraseRegistration(id: string, token: string, options: RequestOptions = {}) {
  return request<RegistrationResponse>(
    `${registration(id)}/erase`,
    { method: "POST", headers: bearer(token) },
    options,
  );
}
