import * as v from "valibot";
import { optionalEmail, optionalPhone } from "./contact-fields.js";
import { localeSchema } from "./locale-text.js";
import { readerTimeZoneSchema } from "./reader-time-zone.js";
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

/** `GET /api/v1/orgs/:org/shifts/first-screen` query string: the same, and the reader's time zone. */
export const volunteerFirstScreenQuerySchema = v.object({
  ...shiftsQuerySchema.entries,
  tz: readerTimeZoneSchema,
});

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

/*
 * The volunteers' answers: schemas and inferred types in `volunteers-responses.ts` (widgets
 * import only types from there). Their types, as before:
 */
export type {
  PublicRole,
  PublicShift,
  ScheduleShift,
  ShiftsResponse,
  VolunteerErased,
  VolunteerExport,
  VolunteerResponse,
  VolunteerView,
} from "./volunteers-responses.js";
