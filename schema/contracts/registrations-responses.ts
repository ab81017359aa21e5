import * as v from "valibot";
import { localeSchema } from "./locale-text.js";
import { questionKinds } from "./questions.js";
import { isoTime, webAddress } from "./response-formats.js";

/*
 * The sign-ups' answers (`registrations.ts` and `series.ts` re-export their types): valibot
 * schemas, each type inferred from its schema, and the OpenAPI document converts the same schemas
 * (see `events-responses.ts`). Widgets import only types from here.
 */

/** `offered`: a freed place is held for the person until `offer.expiresAt` (see `RegistrationView`). */
export const registrationStatusSchema = v.picklist([
  "confirmed",
  "waitlisted",
  "offered",
  "cancelled",
]);
export type RegistrationStatus = v.InferOutput<typeof registrationStatusSchema>;

/** A registration's check-in code (null once erased). */
const shortCodeSchema = v.pipe(
  v.nullable(v.string()),
  v.description("Six characters to give at the door for check-in."),
);

export const signUpResponseSchema = v.object({
  registration: v.object({
    id: v.string(),
    status: v.picklist(["confirmed", "waitlisted"]),
    position: v.pipe(
      v.nullable(v.number()),
      v.description("1-based place on the waitlist; null when confirmed."),
    ),
    shortCode: shortCodeSchema,
    manageUrl: v.pipe(
      webAddress,
      v.description(
        "Carries the secret manage token: shown with the sign-up (and its replays) only.",
      ),
    ),
    /**
     * In the person's language, with the UID the emails' invites use (so a cancellation removes
     * the entry).
     */
    calendarUrl: v.pipe(
      webAddress,
      v.description("The person's own calendar file; the link opens that file only."),
    ),
  }),
});
export type SignUpResponse = v.InferOutput<typeof signUpResponseSchema>;

/** An answer as sent (`AnswerValue`): text, a choice id, choice ids, yes/no or a number. */
const answerValue = v.union([v.string(), v.array(v.string()), v.boolean(), v.number()]);

/** What the manage link shows: the person's own data (this is also their data export). */
export const registrationViewSchema = v.object({
  id: v.string(),
  status: registrationStatusSchema,
  position: v.nullable(v.number()),
  /** Accept or decline before `expiresAt`. */
  offer: v.pipe(
    v.nullable(v.object({ expiresAt: isoTime })),
    v.description("While `offered`: until when the freed place is held for the person."),
  ),
  shortCode: shortCodeSchema,
  adults: v.number(),
  children: v.number(),
  name: v.string(),
  email: v.nullable(v.string()),
  phone: v.nullable(v.string()),
  locale: localeSchema,
  needs: v.object({
    interpreterLanguage: v.nullable(v.string()),
    accessibility: v.nullable(v.string()),
    dietary: v.nullable(v.string()),
  }),
  /** Visits: what the group or host answered (null for other events, and once erased). */
  visit: v.object({
    languages: v.nullable(v.array(v.string())),
    /** Where and when the bus picks the group up. */
    pickupPoint: v.nullable(
      v.object({ id: v.string(), name: v.nullable(v.string()), departsAt: v.nullable(isoTime) }),
    ),
    offer: v.nullable(v.string()),
    wheelchairPlaces: v.number(),
  }),
  /** When the person confirmed from the reminder, was checked in, or was marked absent. */
  attendance: v.object({
    confirmedAt: v.nullable(isoTime),
    checkedInAt: v.nullable(isoTime),
    noShowAt: v.nullable(isoTime),
  }),
  consentAt: isoTime,
  createdAt: isoTime,
  cancelledAt: v.nullable(isoTime),
  erased: v.boolean(),
  /**
   * Their answers to the organisers' own questions, with the question and the choices in their
   * language (`value` as sent: text, a choice id, choice ids, yes/no or a number).
   */
  answers: v.array(
    v.object({
      questionId: v.string(),
      question: v.string(),
      kind: v.picklist(questionKinds),
      value: answerValue,
      choices: v.array(v.object({ id: v.string(), label: v.string() })),
    }),
  ),
  /** The person's own calendar file (see `SignUpResponse`). */
  calendarUrl: webAddress,
  /** The event in Google Calendar's and Outlook's new-event forms (title, time, place only). */
  calendarLinks: v.object({ google: webAddress, outlook: webAddress }),
  event: v.object({
    id: v.string(),
    organisation: v.string(),
    title: v.string(),
    contentLocale: localeSchema,
    startsAt: isoTime,
    endsAt: isoTime,
    timeZone: v.string(),
    venueName: v.nullable(v.string()),
    venueAddress: v.nullable(v.string()),
    onlineUrl: v.nullable(webAddress),
    /** The event's public calendar file. */
    calendarUrl: webAddress,
  }),
  slot: v.object({ id: v.string(), label: v.string(), startsAt: isoTime, endsAt: isoTime }),
});
export type RegistrationView = v.InferOutput<typeof registrationViewSchema>;

export const registrationResponseSchema = v.object({ registration: registrationViewSchema });
export type RegistrationResponse = v.InferOutput<typeof registrationResponseSchema>;

/** `POST …/series/:seriesId/registrations`: one sign-up for every coming date. */
export const seriesSignUpResponseSchema = v.object({
  /** Each with its own manage link. */
  registrations: v.pipe(
    v.array(
      v.object({
        id: v.string(),
        eventId: v.string(),
        startsAt: isoTime,
        shortCode: shortCodeSchema,
        manageUrl: webAddress,
        calendarUrl: webAddress,
      }),
    ),
    v.description("One confirmed registration per date, soonest first."),
  ),
});
export type SeriesSignUpResponse = v.InferOutput<typeof seriesSignUpResponseSchema>;
