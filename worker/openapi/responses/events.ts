import * as v from "valibot";
import type {
  EventDetailResponse,
  EventListResponse,
  OrganisationResponse,
  PublicEvent,
  PublicOrganisation,
} from "../../../schema/contracts/events.js";
import { eventKindSchema } from "../../../schema/contracts/events.js";
import { localeSchema } from "../../../schema/contracts/locale-text.js";
import type { PublicQuestion } from "../../../schema/contracts/questions.js";
import { questionAudiences, questionKinds } from "../../../schema/contracts/questions.js";
import type { Expect, Same } from "../same-type.js";
import { isoTime, webAddress } from "./formats.js";

/*
 * The public reads' answers as valibot schemas, for the OpenAPI document. The contracts declare
 * them as TypeScript interfaces (the worker builds them, nothing parses them), so each schema here
 * is pinned to its interface by `Same` below: a field added, dropped or changed on either side
 * fails `tsc`, and the live tests check real answers against the converted schemas.
 */

export const publicOrganisationSchema = v.object({
  slug: v.string(),
  name: v.string(),
  kind: v.picklist(["municipality", "ngo"]),
  defaultLocale: localeSchema,
  locales: v.array(localeSchema),
  timeZone: v.string(),
  theme: v.pipe(
    v.record(v.string(), v.string()),
    v.description('`--hearth-*` design tokens, e.g. `{ "color-primary": "#0b57d0" }`.'),
  ),
});

export const organisationResponseSchema = v.object({ organisation: publicOrganisationSchema });

/** `OrganisationLanguage` and `SignUpSites`, which several answers extend. */
const organisationLanguage = { defaultLocale: localeSchema };
const signUpSites = {
  signupOrigins: v.pipe(
    v.array(webAddress),
    v.description("Origins whose pages may send sign-ups; Hearth's own pages always may."),
  ),
  signupPageUrl: webAddress,
};

export const publicSlotSchema = v.object({
  id: v.string(),
  label: v.string(),
  startsAt: isoTime,
  endsAt: isoTime,
  audience: v.string(),
  labelLang: localeSchema,
  stopId: v.nullable(v.string()),
  capacity: v.number(),
  remaining: v.number(),
  waitlistCapacity: v.number(),
  waitlistRemaining: v.number(),
  held: v.pipe(
    v.number(),
    v.description("Places held for people offered them from the waitlist, not answered yet."),
  ),
});

export const publicStopSchema = v.object({
  id: v.string(),
  position: v.number(),
  place: v.string(),
  address: v.nullable(v.string()),
  arrivesAt: isoTime,
  activity: v.string(),
  accessibility: v.string(),
  langs: v.object({ place: localeSchema, activity: localeSchema, accessibility: localeSchema }),
});

export const publicPickupPointSchema = v.object({
  id: v.string(),
  name: v.string(),
  address: v.nullable(v.string()),
  departsAt: isoTime,
});

const choice = v.object({ id: v.string(), label: v.string() });

export const publicQuestionSchema = v.object({
  id: v.string(),
  kind: v.picklist(questionKinds),
  label: v.string(),
  labelLang: localeSchema,
  choices: v.array(choice),
  required: v.boolean(),
  sensitive: v.boolean(),
  audience: v.nullable(v.picklist(questionAudiences)),
});

export const eventSeriesLinkSchema = v.object({
  id: v.string(),
  position: v.number(),
  total: v.number(),
  blockSignup: v.boolean(),
});

export const publicEventSchema = v.object({
  questions: v.array(publicQuestionSchema),
  id: v.string(),
  kind: eventKindSchema,
  status: v.picklist(["published", "cancelled"]),
  langs: v.pipe(
    v.object({
      title: localeSchema,
      summary: localeSchema,
      description: localeSchema,
      accessibilityNotes: localeSchema,
    }),
    v.description("The language each text is really in (after falling back)."),
  ),
  title: v.string(),
  summary: v.string(),
  description: v.string(),
  venueName: v.nullable(v.string()),
  venueAddress: v.nullable(v.string()),
  region: v.nullable(v.string()),
  onlineUrl: v.nullable(webAddress),
  startsAt: isoTime,
  endsAt: isoTime,
  timeZone: v.string(),
  signupOpensAt: v.nullable(isoTime),
  signupClosesAt: v.nullable(isoTime),
  signupOpen: v.boolean(),
  languages: v.array(localeSchema),
  interpretation: v.array(localeSchema),
  accessibilityNotes: v.string(),
  calendarUrl: webAddress,
  retentionDays: v.number(),
  slots: v.array(publicSlotSchema),
  itinerary: v.array(publicStopSchema),
  pickupPoints: v.array(publicPickupPointSchema),
  series: v.nullable(eventSeriesLinkSchema),
});

export const eventListResponseSchema = v.object({
  ...organisationLanguage,
  ...signUpSites,
  events: v.array(publicEventSchema),
  nextCursor: v.pipe(
    v.nullable(v.string()),
    v.description("Pass as `cursor` for the next page; null on the last page."),
  ),
});

export const eventDetailResponseSchema = v.object({
  ...organisationLanguage,
  ...signUpSites,
  event: publicEventSchema,
});

export { organisationLanguage, signUpSites };

export type EventSchemasMatchContracts = [
  Expect<Same<v.InferOutput<typeof publicOrganisationSchema>, PublicOrganisation>>,
  Expect<Same<v.InferOutput<typeof organisationResponseSchema>, OrganisationResponse>>,
  Expect<Same<v.InferOutput<typeof publicQuestionSchema>, PublicQuestion>>,
  Expect<Same<v.InferOutput<typeof publicEventSchema>, PublicEvent>>,
  Expect<Same<v.InferOutput<typeof eventListResponseSchema>, EventListResponse>>,
  Expect<Same<v.InferOutput<typeof eventDetailResponseSchema>, EventDetailResponse>>,
];
