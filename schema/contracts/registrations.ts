import * as v from "valibot";
import { optionalEmail, optionalPhone } from "./contact-fields.js";
import { localeSchema } from "./locale-text.js";
import { readerTimeZoneSchema } from "./reader-time-zone.js";
import { answersSchema } from "./questions.js";
import { multiLineText, singleLineText } from "./text-fields.js";
import { visitLanguages } from "../rules/visit-languages.js";

/** `POST /api/v1/orgs/:org/events/:eventId/registrations` body. */
const childCount = v.pipe(
  v.number("Use a whole number."),
  v.integer("Use a whole number."),
  v.minValue(0, "Use 0 or more."),
  v.maxValue(50, "Use 50 or fewer."),
);

export const signUpBodySchema = v.object({
  slotId: v.pipe(v.string("Choose a time."), v.minLength(1, "Choose a time."), v.maxLength(64)),
  adults: v.pipe(
    v.number("Say how many adults are coming."),
    v.integer("Use a whole number."),
    v.minValue(0, "Use 0 or more."),
    v.maxValue(50, "Use 50 or fewer."),
  ),
  children: v.optional(childCount, 0),
  name: singleLineText(80, "Write a name. A nickname is fine."),
  email: optionalEmail(),
  phone: optionalPhone(),
  locale: localeSchema,
  needs: v.optional(
    v.object({
      interpreterLanguage: v.optional(v.nullable(singleLineText(40))),
      accessibility: v.optional(v.nullable(multiLineText(500))),
      dietary: v.optional(v.nullable(multiLineText(500))),
    }),
  ),
  /**
   * Visits: languages the group speaks, or an interpreter interprets between: at most every one
   * the forms offer (`visitLanguages`), so ticking them all is never refused.
   */
  languages: v.optional(
    v.pipe(
      v.array(localeSchema, "Choose languages from the list."),
      v.maxLength(visitLanguages.length, `Choose ${visitLanguages.length} languages or fewer.`),
    ),
  ),
  /** Visits: where the group boards the bus. */
  pickupPointId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64)))),
  /** Visits, hosts: what they offer the group. */
  offer: v.optional(v.nullable(multiLineText(500))),
  /** Visits: how many in the group need a wheelchair place. */
  wheelchairPlaces: v.optional(
    v.pipe(
      v.number("Use a whole number."),
      v.integer("Use a whole number."),
      v.minValue(0, "Use 0 or more."),
      v.maxValue(50, "Use 50 or fewer."),
    ),
  ),
  /**
   * Answers to the event's own questions (`PublicEvent.questions`), by question id: checked on
   * the server against the questions that apply to the chosen time (`checkAnswer`), each problem
   * named `answers.<questionId>`.
   */
  answers: answersSchema,
  consent: v.literal(true, "Tick the box to agree, so we can keep your place."),
  /** Honeypot: people never see it, so it stays empty. */
  website: v.optional(v.string()),
  /**
   * Milliseconds between showing the form and sending it (a bot check). Required: a script that
   * leaves it out is not spared the check.
   */
  fillMs: v.pipe(
    v.number("Send how long the form was open, in milliseconds."),
    v.minValue(0, "Use 0 or more."),
  ),
});

export type SignUpBody = v.InferInput<typeof signUpBodySchema>;
export type ValidSignUp = v.InferOutput<typeof signUpBodySchema>;

const answers = signUpBodySchema.entries;

/**
 * A change to one's own booking (`PATCH /registrations/:id`): only what changes, each checked
 * as at sign-up. Another time of the same event, the party, the contact and the needs.
 */
export const changeRegistrationBodySchema = v.pipe(
  v.object({
    slotId: v.optional(answers.slotId),
    adults: v.optional(answers.adults),
    children: v.optional(childCount),
    name: v.optional(answers.name),
    // Without the sign-up's default (null): a field left out stays as it is; "" or null clears it.
    email: v.optional(answers.email.wrapped),
    phone: v.optional(answers.phone.wrapped),
    needs: answers.needs,
    /**
     * With another `slotId`, for someone with a place: take a place there if one is free, else
     * join its waitlist, giving up the place held now (in one batch: never both, never neither).
     */
    joinWaitlist: v.optional(v.literal(true, "Send true to join the waitlist, or leave it out.")),
  }),
  v.check(
    (change) =>
      change.joinWaitlist === true ||
      Object.entries(change).some(([key, value]) => key !== "joinWaitlist" && value !== undefined),
    "Say what to change: the time, the number of people, the contact or the needs.",
  ),
  v.forward(
    v.check(
      (change) => change.joinWaitlist === undefined || change.slotId !== undefined,
      "Choose the time whose waitlist to join.",
    ),
    ["slotId"],
  ),
);

export type ChangeRegistrationBody = v.InferInput<typeof changeRegistrationBodySchema>;
export type ValidRegistrationChange = v.InferOutput<typeof changeRegistrationBodySchema>;

/*
 * The sign-ups' answers: schemas and inferred types in `registrations-responses.ts` (widgets
 * import only types from there). Their types, as before:
 */
export type {
  RegistrationResponse,
  RegistrationStatus,
  RegistrationView,
  SignUpResponse,
} from "./registrations-responses.js";

/**
 * `GET` and `POST /api/v1/registrations/:id/first-screen` query string: the manage page's first
 * screen in `lang` (else the language the person signed up in), dates naming their time zone when
 * it is not the reader's `tz`.
 */
export const manageFirstScreenQuerySchema = v.object({
  lang: v.optional(localeSchema),
  tz: readerTimeZoneSchema,
});
