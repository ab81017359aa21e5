import type { InferInput } from "valibot";
import type {
  HoursResponse,
  RolesResponse,
  ShiftBoardResponse,
  rolesBodySchema,
} from "../../../schema/contracts/admin/volunteers.js";
import type { Requirement } from "../../../schema/contracts/volunteers.js";
import { event, org, registration, request } from "../admin-api.js";

// Volunteers: roles, the shift board, hours, verified requirements

export type RolesBody = InferInput<typeof rolesBodySchema>;

export const getRoles = (slug: string, signal?: AbortSignal) =>
  request<RolesResponse>("GET", `${org(slug)}/roles`, undefined, { signal });

/** 409 `invalid_state` when a removed role still has shifts. */
export const saveRoles = (slug: string, body: RolesBody) =>
  request<RolesResponse>("PUT", `${org(slug)}/roles`, body);

export const getShiftBoard = (slug: string, eventId: string, signal?: AbortSignal) =>
  request<ShiftBoardResponse>("GET", `${event(slug, eventId)}/shifts`, undefined, { signal });

/**
 * Puts a volunteer on a shift; with `fromRegistrationId` it is a move off their old shift.
 * 409 `slot_full`, or 422 with `fields.volunteerId` for an overlap or an unmet requirement.
 */
export const assignVolunteer = (
  slug: string,
  eventId: string,
  shiftId: string,
  volunteerId: string,
  fromRegistrationId: string | null = null,
) =>
  request<ShiftBoardResponse>(
    "POST",
    `${event(slug, eventId)}/shifts/${encodeURIComponent(shiftId)}/volunteers`,
    { volunteerId, fromRegistrationId },
  );

/** Emails everyone on the shift who gave an email; `queued` is how many will get it. */
/** `message`: the words per language; each volunteer gets theirs. */
export const messageShift = (
  slug: string,
  eventId: string,
  shiftId: string,
  message: Record<string, string>,
) =>
  request<{ queued: number }>(
    "POST",
    `${event(slug, eventId)}/shifts/${encodeURIComponent(shiftId)}/message`,
    { message },
  );

export const getHours = (slug: string, eventId: string, signal?: AbortSignal) =>
  request<HoursResponse>("GET", `${event(slug, eventId)}/hours`, undefined, { signal });

/** A plain link, like the roster's CSV. */
export const hoursCsvUrl = (slug: string, eventId: string) =>
  `/api/v1/admin${event(slug, eventId)}/hours.csv`;

/** `minutes: null` drops the correction and goes back to the computed hours. */
export const correctHours = (
  slug: string,
  eventId: string,
  registrationId: string,
  minutes: number | null,
  reason: string,
) =>
  request<HoursResponse>("PUT", `${registration(slug, eventId, registrationId)}/hours`, {
    minutes,
    reason,
  });

export const verifyRequirement = (
  slug: string,
  volunteerId: string,
  requirement: Requirement,
  verified: boolean,
) =>
  request<unknown>("PUT", `${org(slug)}/volunteers/${encodeURIComponent(volunteerId)}/verified`, {
    requirement,
    verified,
  });
