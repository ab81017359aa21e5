import * as v from "valibot";
import { eventKindSchema } from "./events.js";
import { localeSchema } from "./locale-text.js";
import { questionAudiences, questionKinds } from "./questions.js";
import { isoTime, webAddress } from "./response-formats.js";

/*
 * The public reads' answers (`events.ts` re-exports their types). Each is a valibot schema and its
 * type is inferred from it: the worker builds these (nothing parses them), and the OpenAPI
 * document converts the very same schemas (`worker/openapi/schemas.ts`), so the document and the
 * types cannot drift apart; the live tests check real answers against the document.
 *
 * Widgets import only types from here: a bundle keeps a module's top-level schemas even unused,
 * so the answers stay out of the contract files whose input schemas widgets validate with.
 */

/** A question as a sign-up form shows it: in the reader's language (`labelLang` says which). */
export const publicQuestionSchema = v.object({
  id: v.string(),
  kind: v.picklist(questionKinds),
  label: v.string(),
  labelLang: localeSchema,
  choices: v.array(v.object({ id: v.string(), label: v.string() })),
  required: v.boolean(),
  /** Only the organisers see the answer, and it is erased with the rest (the form says so). */
  sensitive: v.boolean(),
  audience: v.nullable(v.picklist(questionAudiences)),
});
export type PublicQuestion = v.InferOutput<typeof publicQuestionSchema>;

/** On `AdminEvent` and `PublicEvent`: the series a date belongs to (null for one-off events). */
export const eventSeriesLinkSchema = v.object({
  id: v.string(),
  /** 1-based number of this date among the series' dates, and how many there are. */
  position: v.number(),
  total: v.number(),
  /** People may sign up for every coming date at once. */
  blockSignup: v.boolean(),
});
export type EventSeriesLink = v.InferOutput<typeof eventSeriesLinkSchema>;

export const publicOrganisationSchema = v.object({
  slug: v.string(),
  name: v.string(),
  kind: v.picklist(["municipality", "ngo"]),
  defaultLocale: localeSchema,
  locales: v.array(localeSchema),
  timeZone: v.string(),
  /** Chosen by the organisation. */
  theme: v.pipe(
    v.record(v.string(), v.string()),
    v.description('`--hearth-*` design tokens, e.g. `{ "color-primary": "#0b57d0" }`.'),
  ),
});
export type PublicOrganisation = v.InferOutput<typeof publicOrganisationSchema>;

export const publicSlotSchema = v.object({
  id: v.string(),
  label: v.string(),
  startsAt: isoTime,
  endsAt: isoTime,
  /** `attendee` for events; `visitor`, `host` or `interpreter` for visits. */
  audience: v.string(),
  /** The language `label` is really in. */
  labelLang: localeSchema,
  /** Host places: the itinerary stop they host. */
  stopId: v.nullable(v.string()),
  capacity: v.number(),
  remaining: v.number(),
  waitlistCapacity: v.number(),
  waitlistRemaining: v.number(),
  /** Of the places not `remaining`; they come back if declined or not answered. */
  held: v.pipe(
    v.number(),
    v.description("Places held for people offered them from the waitlist, not answered yet."),
  ),
});
export type PublicSlot = v.InferOutput<typeof publicSlotSchema>;

export const publicStopSchema = v.object({
  id: v.string(),
  position: v.number(),
  place: v.string(),
  address: v.nullable(v.string()),
  arrivesAt: isoTime,
  activity: v.string(),
  accessibility: v.string(),
  /** The language each of the stop's texts is really in. */
  langs: v.object({ place: localeSchema, activity: localeSchema, accessibility: localeSchema }),
});
export type PublicStop = v.InferOutput<typeof publicStopSchema>;

export const publicPickupPointSchema = v.object({
  id: v.string(),
  name: v.string(),
  address: v.nullable(v.string()),
  departsAt: isoTime,
});
export type PublicPickupPoint = v.InferOutput<typeof publicPickupPointSchema>;

export const publicEventSchema = v.object({
  /** The organisers' own questions on the sign-up form, in the reader's language, in order. */
  questions: v.array(publicQuestionSchema),
  id: v.string(),
  kind: eventKindSchema,
  status: v.picklist(["published", "cancelled"]),
  /**
   * For `lang` and `dir` on the element that shows each organisation-written text: a Ukrainian
   * title may come with an English description.
   */
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
  /** Days after the event ends that the organisers keep a sign-up's personal data, then erase it. */
  retentionDays: v.number(),
  slots: v.array(publicSlotSchema),
  /** Visits: the stops in order (empty for other kinds). */
  itinerary: v.array(publicStopSchema),
  /** Visits: where the bus picks groups up (empty for other kinds). */
  pickupPoints: v.array(publicPickupPointSchema),
  /** The series this date belongs to (dates of one series share its id); null for one-off events. */
  series: v.nullable(eventSeriesLinkSchema),
});
export type PublicEvent = v.InferOutput<typeof publicEventSchema>;

export const organisationResponseSchema = v.object({ organisation: publicOrganisationSchema });
export type OrganisationResponse = v.InferOutput<typeof organisationResponseSchema>;

/**
 * The organisation's default language: the last preference of the one negotiation rule, for a
 * reader none of whose languages the widgets speak. Several answers carry it (`...entries`).
 */
export const organisationLanguageSchema = v.object({ defaultLocale: localeSchema });
export type OrganisationLanguage = v.InferOutput<typeof organisationLanguageSchema>;

/**
 * Where the organisation takes sign-ups: a form on any other website cannot send one (the
 * browser refuses before the widget could explain), so the widget checks its page against this
 * before anyone types, and offers the organisation's page on Hearth instead.
 */
export const signUpSitesSchema = v.object({
  signupOrigins: v.pipe(
    v.array(webAddress),
    v.description("Origins whose pages may send sign-ups; Hearth's own pages always may."),
  ),
  /** The organisation's page on Hearth, where anyone can sign up. */
  signupPageUrl: webAddress,
});
export type SignUpSites = v.InferOutput<typeof signUpSitesSchema>;

/** Pass as `cursor` to get the next page. */
export const nextCursorSchema = v.pipe(
  v.nullable(v.string()),
  v.description("Pass as `cursor` for the next page; null on the last page."),
);

export const eventListResponseSchema = v.object({
  ...organisationLanguageSchema.entries,
  ...signUpSitesSchema.entries,
  events: v.array(publicEventSchema),
  nextCursor: nextCursorSchema,
});
export type EventListResponse = v.InferOutput<typeof eventListResponseSchema>;

export const eventDetailResponseSchema = v.object({
  ...organisationLanguageSchema.entries,
  ...signUpSitesSchema.entries,
  event: publicEventSchema,
});
export type EventDetailResponse = v.InferOutput<typeof eventDetailResponseSchema>;
