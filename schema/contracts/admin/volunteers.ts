import * as v from "valibot";
import { localeSchema } from "../locale-text.js";
import type { LocaleText } from "../locale-text.js";
import { organiserWords } from "../organiser-words.js";
import { multiLineText, singleLineText } from "../text-fields.js";
import { requirementKinds } from "../volunteers.js";
import type { Requirement } from "../volunteers.js";

/** `PUT /api/v1/admin/orgs/:org/roles` — the organisation's volunteer roles, in order. */
export const rolesBodySchema = v.object({
  roles: v.pipe(
    v.array(
      v.object({
        id: v.optional(v.pipe(v.string(), v.maxLength(64))),
        name: v.pipe(
          v.record(localeSchema, singleLineText(80)),
          v.check(
            (text) => Object.values(text).some((value) => value.length > 0),
            "Name the role in at least one language.",
          ),
        ),
        description: v.optional(v.record(localeSchema, multiLineText(500)), {}),
        requirements: v.optional(
          v.array(v.picklist(requirementKinds, "Choose requirements from the list.")),
          [],
        ),
        minimumAge: v.optional(
          v.nullable(v.pipe(v.number(), v.integer(), v.minValue(12), v.maxValue(99))),
          null,
        ),
      }),
    ),
    v.maxLength(50),
  ),
});

export interface AdminRole {
  id: string;
  name: LocaleText;
  description: LocaleText;
  requirements: Requirement[];
  minimumAge: number | null;
}

export interface RolesResponse {
  roles: AdminRole[];
}

export interface BoardVolunteer {
  registrationId: string;
  volunteerId: string;
  name: string;
  email: string | null;
  phone: string | null;
  languages: string[];
  checkedInAt: string | null;
  noShowAt: string | null;
}

export interface BoardShift {
  id: string;
  roleId: string;
  label: LocaleText;
  startsAt: string;
  endsAt: string;
  capacity: number;
  taken: number;
  minimum: number;
  /** `under` below the minimum, `ok` from the minimum, `full` at capacity. */
  state: "under" | "ok" | "full";
  volunteers: BoardVolunteer[];
}

/** `GET …/events/:eventId/shifts` — rows by role, columns by time. */
export interface ShiftBoardResponse {
  roles: AdminRole[];
  shifts: BoardShift[];
}

/** `POST …/events/:eventId/shifts/:shiftId/volunteers` — assign (or move, with `fromRegistrationId`). */
export const assignVolunteerSchema = v.object({
  volunteerId: v.pipe(v.string(), v.maxLength(64)),
  /** Moving: the registration on the old shift, cancelled in the same batch. */
  fromRegistrationId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64))), null),
});

/** `PUT …/registrations/:registrationId/hours` — correct computed hours, with a reason. */
export const hoursOverrideSchema = v.object({
  minutes: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(24 * 60))),
  reason: singleLineText(200, "Say why the hours change."),
});

export interface VolunteerHours {
  volunteerId: string;
  name: string;
  shifts: number;
  /** From checked-in shifts (their length), with coordinators' corrections. */
  minutes: number;
}

export interface HoursResponse {
  volunteers: VolunteerHours[];
  totalMinutes: number;
}

/** `PUT /api/v1/admin/orgs/:org/volunteers/:volunteerId/verified` */
export const verifyRequirementSchema = v.object({
  requirement: v.picklist(requirementKinds),
  verified: v.boolean(),
});

/**
 * `POST …/events/:eventId/shifts/:shiftId/message` — to everyone on the shift, written in one or
 * several languages; each volunteer reads theirs.
 */
export const shiftMessageSchema = v.object({
  message: organiserWords(1000, "Write a message."),
});

export interface ShiftMessageResponse {
  /** How many volunteers on the shift gave an email and will get the message. */
  queued: number;
}
