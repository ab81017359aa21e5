import * as v from "valibot";
import { localeSchema } from "../../../schema/contracts/locale-text.js";
import { questionKinds } from "../../../schema/contracts/questions.js";
import type {
  RegistrationResponse,
  RegistrationView,
  SignUpResponse,
} from "../../../schema/contracts/registrations.js";
import type { SeriesSignUpResponse } from "../../../schema/contracts/series.js";
import type { Expect, Same } from "../same-type.js";
import { isoTime, webAddress } from "./formats.js";

/* The sign-ups' answers; pinned to the contracts' interfaces as in `events.ts`. */

const shortCode = v.pipe(
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
    shortCode,
    manageUrl: v.pipe(
      webAddress,
      v.description(
        "Carries the secret manage token: shown with the sign-up (and its replays) only.",
      ),
    ),
    calendarUrl: v.pipe(
      webAddress,
      v.description("The person's own calendar file; the link opens that file only."),
    ),
  }),
});

export const seriesSignUpResponseSchema = v.object({
  registrations: v.pipe(
    v.array(
      v.object({
        id: v.string(),
        eventId: v.string(),
        startsAt: isoTime,
        shortCode,
        manageUrl: webAddress,
        calendarUrl: webAddress,
      }),
    ),
    v.description("One confirmed registration per date, soonest first."),
  ),
});

const answerValue = v.union([v.string(), v.array(v.string()), v.boolean(), v.number()]);

export const registrationViewSchema = v.object({
  id: v.string(),
  status: v.picklist(["confirmed", "waitlisted", "offered", "cancelled"]),
  position: v.nullable(v.number()),
  offer: v.pipe(
    v.nullable(v.object({ expiresAt: isoTime })),
    v.description("While `offered`: until when the freed place is held for the person."),
  ),
  shortCode,
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
  visit: v.object({
    languages: v.nullable(v.array(v.string())),
    pickupPoint: v.nullable(
      v.object({ id: v.string(), name: v.nullable(v.string()), departsAt: v.nullable(isoTime) }),
    ),
    offer: v.nullable(v.string()),
    wheelchairPlaces: v.number(),
  }),
  attendance: v.object({
    confirmedAt: v.nullable(isoTime),
    checkedInAt: v.nullable(isoTime),
    noShowAt: v.nullable(isoTime),
  }),
  consentAt: isoTime,
  createdAt: isoTime,
  cancelledAt: v.nullable(isoTime),
  erased: v.boolean(),
  answers: v.array(
    v.object({
      questionId: v.string(),
      question: v.string(),
      kind: v.picklist(questionKinds),
      value: answerValue,
      choices: v.array(v.object({ id: v.string(), label: v.string() })),
    }),
  ),
  calendarUrl: webAddress,
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
    calendarUrl: webAddress,
  }),
  slot: v.object({ id: v.string(), label: v.string(), startsAt: isoTime, endsAt: isoTime }),
});

export const registrationResponseSchema = v.object({ registration: registrationViewSchema });

export type RegistrationSchemasMatchContracts = [
  Expect<Same<v.InferOutput<typeof signUpResponseSchema>, SignUpResponse>>,
  Expect<Same<v.InferOutput<typeof seriesSignUpResponseSchema>, SeriesSignUpResponse>>,
  Expect<Same<v.InferOutput<typeof registrationViewSchema>, RegistrationView>>,
  Expect<Same<v.InferOutput<typeof registrationResponseSchema>, RegistrationResponse>>,
];
