import * as v from "valibot";
import { organisationLanguageSchema, signUpSitesSchema } from "./events-responses.js";
import { localeSchema } from "./locale-text.js";
import { isoTime, webAddress } from "./response-formats.js";
import { requirementKinds } from "./volunteers.js";

/*
 * The volunteers' answers (`volunteers.ts` re-exports their types): valibot schemas, each type
 * inferred from its schema, and the OpenAPI document converts the same schemas (see
 * `events-responses.ts`). Widgets import only types from here.
 */

export const publicRoleSchema = v.object({
  id: v.string(),
  name: v.string(),
  description: v.string(),
  /** The language the name and the description are really in. */
  langs: v.object({ name: localeSchema, description: localeSchema }),
  requirements: v.array(v.picklist(requirementKinds)),
  minimumAge: v.nullable(v.number()),
});
export type PublicRole = v.InferOutput<typeof publicRoleSchema>;

export const publicShiftSchema = v.object({
  /** The shift's slot id. */
  id: v.pipe(v.string(), v.description("The shift's id: what a volunteer sign-up names.")),
  eventId: v.string(),
  eventTitle: v.string(),
  timeZone: v.string(),
  roleId: v.string(),
  label: v.string(),
  /** The languages the event title and the label are really in. */
  langs: v.object({ eventTitle: localeSchema, label: localeSchema }),
  startsAt: isoTime,
  endsAt: isoTime,
  capacity: v.number(),
  taken: v.number(),
  minimum: v.number(),
  remaining: v.number(),
});
export type PublicShift = v.InferOutput<typeof publicShiftSchema>;

export const shiftsResponseSchema = v.object({
  ...organisationLanguageSchema.entries,
  ...signUpSitesSchema.entries,
  roles: v.array(publicRoleSchema),
  shifts: v.array(publicShiftSchema),
  /** (A handover.) */
  graceMinutes: v.pipe(
    v.number(),
    v.description("Minutes two shifts of one volunteer may overlap and still both be taken."),
  ),
  /** Days after a volunteer's last shift that the organisers keep their personal data. */
  retentionDays: v.number(),
});
export type ShiftsResponse = v.InferOutput<typeof shiftsResponseSchema>;

export const scheduleShiftSchema = v.object({
  /** The registration: cancel it with `DELETE /api/v1/volunteers/:id/shifts/:registrationId`. */
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
export type ScheduleShift = v.InferOutput<typeof scheduleShiftSchema>;

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
  /** An unguessable URL. */
  calendarUrl: v.pipe(
    webAddress,
    v.description("The private calendar feed of the volunteer's shifts: keep it to yourself."),
  ),
});
export type VolunteerView = v.InferOutput<typeof volunteerViewSchema>;

export const volunteerResponseSchema = v.object({
  volunteer: volunteerViewSchema,
  /** `/volunteer/?volunteer=…&org=…#token=…` */
  manageUrl: v.pipe(
    v.optional(webAddress),
    v.description("Only when signing up: the secret manage link (shown once)."),
  ),
});
export type VolunteerResponse = v.InferOutput<typeof volunteerResponseSchema>;

/** "Download my data" from a volunteer's manage link: everything held about the volunteer. */
export const volunteerExportSchema = v.object({
  exportedAt: isoTime,
  volunteer: volunteerViewSchema,
  /** Every shift row, cancelled ones included, with check-in times and hours as recorded. */
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
export type VolunteerExport = v.InferOutput<typeof volunteerExportSchema>;

/** `POST /api/v1/volunteers/:id/erase`: the volunteer's data is gone. */
export const volunteerErasedSchema = v.object({ erased: v.literal(true) });
export type VolunteerErased = v.InferOutput<typeof volunteerErasedSchema>;
