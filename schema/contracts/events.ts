import * as v from "valibot";
import { localeSchema } from "./locale-text.js";
import { readerTimeZoneSchema } from "./reader-time-zone.js";

export const eventKindSchema = v.picklist(["meetup", "course", "visit", "festival"]);
export type EventKind = v.InferOutput<typeof eventKindSchema>;

export const isoDate = v.pipe(
  v.string(),
  v.check((value) => !Number.isNaN(Date.parse(value)), "Use a date such as 2026-12-01."),
);

/** `GET /api/v1/orgs/:org/events` query string. */
export const eventListQuerySchema = v.object({
  kind: v.optional(eventKindSchema),
  from: v.optional(isoDate),
  to: v.optional(isoDate),
  lang: v.optional(localeSchema),
  region: v.optional(v.pipe(v.string(), v.maxLength(100))),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d+$/, "Use a whole number from 1 to 50."),
      v.transform(Number),
      v.minValue(1, "Use a whole number from 1 to 50."),
      v.maxValue(50, "Use a whole number from 1 to 50."),
    ),
  ),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/**
 * `GET /api/v1/orgs/:org/events/first-screen` query string: the list's filters, the reader's
 * language and time zone (`tz`, so a date names its zone as the widget will).
 */
export const eventsFirstScreenQuerySchema = v.object({
  kind: v.optional(eventKindSchema),
  lang: v.optional(localeSchema),
  region: v.optional(v.pipe(v.string(), v.maxLength(100))),
  tz: readerTimeZoneSchema,
});

/** `GET /api/v1/orgs/:org/visits/first-screen` query string: the same, visits having no kind. */
export const visitsFirstScreenQuerySchema = v.omit(eventsFirstScreenQuerySchema, ["kind"]);

export const eventDetailQuerySchema = v.object({ lang: v.optional(localeSchema) });

/**
 * `GET /api/v1/orgs/:org/events/:eventId/first-screen` query string: the reader's language and
 * time zone, and `header=0` for a form whose page already shows the event (`no-header`).
 */
export const signupFirstScreenQuerySchema = v.object({
  lang: v.optional(localeSchema),
  tz: readerTimeZoneSchema,
  /**
   * `0` leaves the event's header and the form's heading out (`no-header`); `form` keeps only the
   * form's heading, for a form inside a page that shows the event (a festival's tickets).
   */
  header: v.optional(
    v.picklist(
      ["0", "1", "form"],
      "Send header=0 to leave the event's header out, or header=form to keep only the form's heading.",
    ),
  ),
});

/** `GET /api/v1/orgs/:org/festivals/:eventId/first-screen` query string. */
export const festivalFirstScreenQuerySchema = v.omit(signupFirstScreenQuerySchema, ["header"]);

/*
 * The public reads' answers: their schemas, and the types inferred from them, are in
 * `events-responses.ts`, which only the worker imports values from (a widget bundling a contract's
 * input schemas would otherwise carry every answer's schema too). Their types, as before:
 */
export type {
  EventDetailResponse,
  EventListResponse,
  OrganisationLanguage,
  OrganisationResponse,
  PublicEvent,
  PublicOrganisation,
  PublicPickupPoint,
  PublicSlot,
  PublicStop,
  SignUpSites,
} from "./events-responses.js";
