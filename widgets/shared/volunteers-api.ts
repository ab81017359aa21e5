import type {
  ShiftsResponse,
  VolunteerExport,
  VolunteerResponse,
  VolunteerSignUp,
} from "../../schema/contracts/volunteers.js";
import type { RequestOptions } from "./api-request.js";
import { bearer, json, org, query, request } from "./api-request.js";

// Volunteers: open shifts, signing up for them, and managing the sign-up with its token

const volunteer = (id: string) => `/api/v1/volunteers/${encodeURIComponent(id)}`;

/** The organisation's volunteer shifts, for one event or all. */
export function listShifts(
  slug: string,
  filter: { event?: string | undefined; lang?: string | undefined },
  options: RequestOptions = {},
) {
  return request<ShiftsResponse>(`${org(slug)}/shifts${query({ ...filter })}`, {}, options);
}

/** One sign-up for several shifts; `manageUrl` in the answer is the only way back to it. */
export function signUpVolunteer(
  slug: string,
  body: VolunteerSignUp,
  idempotencyKey: string,
  options: RequestOptions = {},
) {
  return request<VolunteerResponse>(
    `${org(slug)}/volunteers`,
    {
      method: "POST",
      headers: { ...json, "Idempotency-Key": idempotencyKey },
      body: JSON.stringify(body),
    },
    options,
  );
}

/** The volunteer and their shifts as they stand now. */
export function getVolunteer(id: string, token: string, options: RequestOptions = {}) {
  return request<VolunteerResponse>(volunteer(id), { headers: bearer(token) }, options);
}

/** Signs the volunteer up for more shifts. */
export function addVolunteerShifts(
  id: string,
  token: string,
  shiftIds: readonly string[],
  options: RequestOptions = {},
) {
  return request<VolunteerResponse>(
    `${volunteer(id)}/shifts`,
    {
      method: "POST",
      headers: { ...json, ...bearer(token) },
      body: JSON.stringify({ shiftIds }),
    },
    options,
  );
}

/** Everything held about the volunteer ("download my data"). */
export function exportVolunteer(id: string, token: string, options: RequestOptions = {}) {
  return request<VolunteerExport>(`${volunteer(id)}/export`, { headers: bearer(token) }, options);
}

/** Cancels the volunteer's coming shifts and erases their data; the link stops working. */
export function eraseVolunteer(id: string, token: string, options: RequestOptions = {}) {
  return request<{ erased: true }>(
    `${volunteer(id)}/erase`,
    { method: "POST", headers: bearer(token) },
    options,
  );
}

/** Cancels one of the volunteer's shifts. */
export function cancelVolunteerShift(
  id: string,
  token: string,
  registrationId: string,
  options: RequestOptions = {},
) {
  return request<VolunteerResponse>(
    `${volunteer(id)}/shifts/${encodeURIComponent(registrationId)}`,
    { method: "DELETE", headers: bearer(token) },
    options,
  );
}
