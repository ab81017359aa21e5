import * as v from "valibot";
import { localeSchema } from "../../../schema/contracts/locale-text.js";
import type {
  PublicRole,
  PublicShift,
  ScheduleShift,
  ShiftsResponse,
  VolunteerExport,
  VolunteerResponse,
  VolunteerView,
} from "../../../schema/contracts/volunteers.js";
import { requirementKinds } from "../../../schema/contracts/volunteers.js";
import type { Expect, Same } from "../same-type.js";
import { organisationLanguage, signUpSites } from "./events.js";
import { isoTime, webAddress } from "./formats.js";

/* The volunteers' answers; pinned to the contracts' interfaces as in `events.ts`. */

export const publicRoleSchema = v.object({
  id: v.string(),
  name: v.string(),
  description: v.string(),
  langs: v.object({ name: localeSchema, description: localeSchema }),
  requirements: v.array(v.picklist(requirementKinds)),
  minimumAge: v.nullable(v.number()),
});

export const publicShiftSchema = v.object({
  id: v.pipe(v.string(), v.description("The shift's id: what a volunteer sign-up names.")),
  eventId: v.string(),
  eventTitle: v.string(),
  timeZone: v.string(),
  roleId: v.string(),
  label: v.string(),
  langs: v.object({ eventTitle: localeSchema, label: localeSchema }),
  startsAt: isoTime,
  endsAt: isoTime,
  capacity: v.number(),
  taken: v.number(),
  minimum: v.number(),
  remaining: v.number(),
});

export const shiftsResponseSchema = v.object({
  ...organisationLanguage,
  ...signUpSites,
  roles: v.array(publicRoleSchema),
  shifts: v.array(publicShiftSchema),
  graceMinutes: v.pipe(
    v.number(),
    v.description("Minutes two shifts of one volunteer may overlap and still both be taken."),
  ),
  retentionDays: v.number(),
});

export const scheduleShiftSchema = v.object({
  registrationId: v.string(),
  shiftId: v.string(),
  eventId: v.string(),
  eventTitle: v.string(),
  roleName: v.string(),
  startsAt: isoTime,
  endsAt: isoTime,
  timeZone: v.string(),
  status: v.picklist(["confirmed", "cancelled"]),
});

export const volunteerViewSchema = v.object({
  id: v.string(),
  name: v.string(),
  email: v.nullable(v.string()),
  phone: v.nullable(v.string()),
  locale: localeSchema,
  languages: v.array(localeSchema),
  declarations: v.object({
    foodHygiene: v.boolean(),
    drivingLicence: v.boolean(),
    introduction: v.boolean(),
    age: v.nullable(v.number()),
  }),
  shifts: v.array(scheduleShiftSchema),
  calendarUrl: v.pipe(
    webAddress,
    v.description("The private calendar feed of the volunteer's shifts: keep it to yourself."),
  ),
});

export const volunteerResponseSchema = v.object({
  volunteer: volunteerViewSchema,
  manageUrl: v.pipe(
    v.optional(webAddress),
    v.description("Only when signing up: the secret manage link (shown once)."),
  ),
});

export const volunteerExportSchema = v.object({
  exportedAt: isoTime,
  volunteer: volunteerViewSchema,
  shifts: v.array(
    v.object({
      registrationId: v.string(),
      shiftId: v.string(),
      status: v.picklist(["confirmed", "waitlisted", "cancelled"]),
      checkedInAt: v.nullable(isoTime),
      noShowAt: v.nullable(isoTime),
      hoursOverrideMinutes: v.nullable(v.number()),
      hoursReason: v.nullable(v.string()),
      cancelledAt: v.nullable(isoTime),
    }),
  ),
});

/** `POST /volunteers/:id/erase` answers this literal object (no contract type names it). */
export const volunteerErasedSchema = v.object({ erased: v.literal(true) });

export type VolunteerSchemasMatchContracts = [
  Expect<Same<v.InferOutput<typeof publicRoleSchema>, PublicRole>>,
  Expect<Same<v.InferOutput<typeof publicShiftSchema>, PublicShift>>,
  Expect<Same<v.InferOutput<typeof shiftsResponseSchema>, ShiftsResponse>>,
  Expect<Same<v.InferOutput<typeof scheduleShiftSchema>, ScheduleShift>>,
  Expect<Same<v.InferOutput<typeof volunteerViewSchema>, VolunteerView>>,
  Expect<Same<v.InferOutput<typeof volunteerResponseSchema>, VolunteerResponse>>,
  Expect<Same<v.InferOutput<typeof volunteerExportSchema>, VolunteerExport>>,
];
