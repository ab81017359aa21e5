import type { EventSeriesLink } from "./series.js";
import type { PublicQuestion } from "./questions.js";
import * as v from "valibot";
import { localeSchema } from "./locale-text.js";

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

export const eventDetailQuerySchema = v.object({ lang: v.optional(localeSchema) });

export interface PublicOrganisation {
  slug: string;
  name: string;
  kind: "municipality" | "ngo";
  defaultLocale: string;
  locales: string[];
  timeZone: string;
  /** `--hearth-*` design tokens chosen by the organisation, e.g. `{ "color-primary": "#0b57d0" }`. */
  theme: Record<string, string>;
}

export interface PublicSlot {
  id: string;
  label: string;
  startsAt: string;
  endsAt: string;
  /** `attendee` for events; `visitor`, `host` or `interpreter` for visits. */
  audience: string;
  /** The language `label` is really in. */
  labelLang: string;
  /** Host places: the itinerary stop they host. */
  stopId: string | null;
  capacity: number;
  remaining: number;
  waitlistCapacity: number;
  waitlistRemaining: number;
  /**
   * Of the places not `remaining`: held for people offered them from the waitlist, who have not
   * answered yet (they come back if declined or not answered).
   */
  held: number;
}

export interface PublicEvent {
  /** The organisers' own questions on the sign-up form, in the reader's language, in order. */
  questions: PublicQuestion[];
  id: string;
  kind: EventKind;
  status: "published" | "cancelled";
  /**
   * The language each organisation-written text is really in (after fallback), for `lang` and
   * `dir` on the element that shows it: a Ukrainian title may come with an English description.
   */
  langs: { title: string; summary: string; description: string; accessibilityNotes: string };
  title: string;
  summary: string;
  description: string;
  venueName: string | null;
  venueAddress: string | null;
  region: string | null;
  onlineUrl: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  signupOpensAt: string | null;
  signupClosesAt: string | null;
  signupOpen: boolean;
  languages: string[];
  interpretation: string[];
  accessibilityNotes: string;
  calendarUrl: string;
  /** Days after the event ends that the organisers keep a sign-up's personal data, then erase it. */
  retentionDays: number;
  slots: PublicSlot[];
  /** Visits: the stops in order (empty for other kinds). */
  itinerary: PublicStop[];
  /** Visits: where the bus picks groups up (empty for other kinds). */
  pickupPoints: PublicPickupPoint[];
  /** The series this date belongs to (dates of one series share its id); null for one-off events. */
  series: EventSeriesLink | null;
}

export interface PublicStop {
  id: string;
  position: number;
  place: string;
  address: string | null;
  arrivesAt: string;
  activity: string;
  accessibility: string;
  /** The language each of the stop's texts is really in. */
  langs: { place: string; activity: string; accessibility: string };
}

export interface PublicPickupPoint {
  id: string;
  name: string;
  address: string | null;
  departsAt: string;
}

export interface OrganisationResponse {
  organisation: PublicOrganisation;
}

/**
 * The organisation's default language: the last preference of the one negotiation rule, for a
 * reader none of whose languages the widgets speak.
 */
export interface OrganisationLanguage {
  defaultLocale: string;
}

/**
 * Where the organisation takes sign-ups: a form on any other website cannot send one (the
 * browser refuses before the widget could explain), so the widget checks its page against this
 * before anyone types, and offers the organisation's page on Hearth instead.
 */
export interface SignUpSites {
  /** Origins whose pages may send sign-ups; Hearth's own pages always may. */
  signupOrigins: string[];
  /** The organisation's page on Hearth, where anyone can sign up. */
  signupPageUrl: string;
}

export interface EventListResponse extends OrganisationLanguage, SignUpSites {
  events: PublicEvent[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}

export interface EventDetailResponse extends OrganisationLanguage, SignUpSites {
  event: PublicEvent;
}
