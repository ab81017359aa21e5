import * as v from "valibot";
import { optionalEmail, optionalPhone } from "./contact-fields.js";
import type { OrganisationLanguage, SignUpSites } from "./events.js";
import { localeSchema } from "./locale-text.js";
import { singleLineText } from "./text-fields.js";

export const requirementKinds = [
  "food_hygiene",
  "driving_licence",
  "min_age",
  "introduction",
] as const;
export type Requirement = (typeof requirementKinds)[number];

/** `GET /api/v1/orgs/:org/shifts?event=&lang=` */
export const shiftsQuerySchema = v.object({
  event: v.optional(v.pipe(v.string(), v.maxLength(64))),
  lang: v.optional(localeSchema),
});

export interface PublicRole {
  id: string;
  name: string;
  description: string;
  /** The language the name and the description are really in. */
  langs: { name: string; description: string };
  requirements: Requirement[];
  minimumAge: number | null;
}

export interface PublicShift {
  /** The shift's slot id: what a sign-up names. */
  id: string;
  eventId: string;
  eventTitle: string;
  timeZone: string;
  roleId: string;
  label: string;
  /** The languages the event title and the label are really in. */
  langs: { eventTitle: string; label: string };
  startsAt: string;
  endsAt: string;
  capacity: number;
  taken: number;
  minimum: number;
  remaining: number;
}

export interface ShiftsResponse extends OrganisationLanguage, SignUpSites {
  roles: PublicRole[];
  shifts: PublicShift[];
  /** Minutes two shifts of one volunteer may overlap (a handover) and still both be taken. */
  graceMinutes: number;
  /** Days after a volunteer's last shift that the organisers keep their personal data. */
  retentionDays: number;
}

export const declarationsSchema = v.object({
  foodHygiene: v.optional(v.boolean(), false),
  drivingLicence: v.optional(v.boolean(), false),
  introduction: v.optional(v.boolean(), false),
  age: v.optional(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(12), v.maxValue(120))),
    null,
  ),
});

/** `POST /api/v1/orgs/:org/volunteers` (header Idempotency-Key): sign up for several shifts at once. */
export const volunteerSignUpSchema = v.object({
  name: singleLineText(80, "Write a name. A nickname is fine."),
  email: optionalEmail(),
  phone: optionalPhone(),
  locale: localeSchema,
  /** Languages the volunteer speaks; interpreter shifts use them. */
  languages: v.optional(v.pipe(v.array(localeSchema), v.maxLength(12)), []),
  declarations: v.optional(declarationsSchema, {}),
  shiftIds: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(64))),
    v.minLength(1, "Choose at least one shift."),
    v.maxLength(20, "Choose 20 shifts or fewer."),
  ),
  consent: v.literal(true, "Tick the box to agree, so we can keep your place."),
});

export type VolunteerSignUp = v.InferInput<typeof volunteerSignUpSchema>;

/** `POST /api/v1/volunteers/:id/shifts` (Bearer): add shifts to a schedule. */
export const addShiftsSchema = v.object({
  shiftIds: v.pipe(
    v.array(v.pipe(v.string(), v.maxLength(64))),
    v.minLength(1, "Choose at least one shift."),
    v.maxLength(20),
  ),
});

export interface ScheduleShift {
  /** The registration: cancel it with `DELETE /api/v1/volunteers/:id/shifts/:registrationId`. */
  registrationId: string;
  shiftId: string;
  eventId: string;
  eventTitle: string;
  roleName: string;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  status: "confirmed" | "cancelled";
}

export interface VolunteerView {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  locale: string;
  languages: string[];
  declarations: {
    foodHygiene: boolean;
    drivingLicence: boolean;
    introduction: boolean;
    age: number | null;
  };
  shifts: ScheduleShift[];
  /** The private calendar feed of their shifts (an unguessable URL: keep it to yourself). */
  calendarUrl: string;
}

export interface VolunteerResponse {
  volunteer: VolunteerView;
  /** Only when signing up: the manage link (shown once): `/volunteer/?volunteer=…&org=…#token=…`. */
  manageUrl?: string;
}

/** "Download my data" from a volunteer's manage link: everything held about the volunteer. */
export interface VolunteerExport {
  exportedAt: string;
  volunteer: VolunteerView;
  /** Every shift row, cancelled ones included, with check-in times and hours as recorded. */
  shifts: {
    registrationId: string;
    shiftId: string;
    status: "confirmed" | "waitlisted" | "cancelled";
    checkedInAt: string | null;
    noShowAt: string | null;
    hoursOverrideMinutes: number | null;
    hoursReason: string | null;
    cancelledAt: string | null;
  }[];
}
