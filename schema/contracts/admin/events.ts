import type { EventSeriesLink } from "../series.js";
import * as v from "valibot";
import { eventKindSchema } from "../events.js";
import type { EventKind } from "../events.js";
import { localeSchema } from "../locale-text.js";
import type { LocaleText } from "../locale-text.js";
import { organiserWords } from "../organiser-words.js";
import { multiLineText, singleLineText, webUrl } from "../text-fields.js";
import type { AdminPickupPoint, AdminStop } from "./visits.js";

const isoDateTime = v.pipe(
  v.string("Choose a date and time."),
  v.check((value) => !Number.isNaN(Date.parse(value)), "Choose a date and time."),
);

/** Organiser-written text per locale: titles and labels are one line, the rest text boxes. */
const oneLinePerLocale = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  v.record(localeSchema, singleLineText(max));
const textPerLocale = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  v.record(localeSchema, multiLineText(max));

const optionalLine = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  v.optional(v.nullable(singleLineText(max)), null);

/** Shown as a link to people who signed up, in the public JSON and in calendar files. */
const optionalWebUrl = v.optional(v.nullable(v.union([v.literal(""), webUrl()])), null);

export const slotAudiences = ["attendee", "visitor", "host", "interpreter", "volunteer"] as const;

export const slotInputSchema = v.object({
  /** Present for an existing slot; absent for a new one. */
  id: v.optional(v.pipe(v.string(), v.maxLength(64))),
  /** Who the places are for: `attendee` for events; visits have visitor, host and interpreter places. */
  audience: v.optional(v.picklist(slotAudiences, "Choose who the places are for."), "attendee"),
  /** Host places: the stop of the itinerary they host. */
  stopId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64))), null),
  /** Volunteer shifts: the role, and the minimum needed (at most the capacity). */
  roleId: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(64))), null),
  minimum: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0)), 0),
  label: oneLinePerLocale(120),
  startsAt: isoDateTime,
  endsAt: isoDateTime,
  capacity: v.pipe(
    v.number("Use a whole number."),
    v.integer("Use a whole number."),
    v.minValue(0, "Use 0 or more."),
    v.maxValue(100000, "Use 100000 or fewer."),
  ),
  waitlistCapacity: v.pipe(
    v.number("Use a whole number."),
    v.integer("Use a whole number."),
    v.minValue(0, "Use 0 or more."),
    v.maxValue(100000, "Use 100000 or fewer."),
  ),
});

/** `POST /api/v1/admin/orgs/:org/events` and, with `version`, `PUT …/events/:eventId`. */
export const eventInputSchema = v.pipe(
  v.object({
    kind: eventKindSchema,
    title: v.pipe(
      oneLinePerLocale(200),
      v.check(
        (text) => Object.values(text).some((value) => value.length > 0),
        "Write a title in at least one language.",
      ),
    ),
    summary: textPerLocale(500),
    description: textPerLocale(5000),
    venueName: optionalLine(200),
    venueAddress: optionalLine(300),
    region: optionalLine(100),
    onlineUrl: optionalWebUrl,
    /** Festivals: cooks can apply and edit their application until then. */
    cookDeadline: v.optional(v.nullable(isoDateTime), null),
    /** Where the thank-you email after the event asks people for feedback, if anywhere. */
    feedbackUrl: optionalWebUrl,
    /** Told in confirmations and reminders: what to bring, and who to call on the day. */
    whatToBring: v.optional(textPerLocale(500), {}),
    dayContact: optionalLine(200),
    /**
     * When a place frees up: null gives it to the next party on the waitlist at once; a number
     * of hours offers it to them, held that long (shorter close to the start), then to the next.
     */
    waitlistOfferHours: v.optional(
      v.nullable(
        v.pipe(
          v.number("Give the number of hours as a number."),
          v.integer("Give whole hours."),
          v.minValue(1, "Give people at least 1 hour to answer."),
          v.maxValue(168, "Give people at most 168 hours (a week) to answer."),
        ),
      ),
      null,
    ),
    startsAt: isoDateTime,
    endsAt: isoDateTime,
    timeZone: v.pipe(
      v.string(),
      v.check((zone) => {
        try {
          new Intl.DateTimeFormat("en", { timeZone: zone });
          return true;
        } catch {
          return false;
        }
      }, "Use a time zone such as Europe/Tallinn."),
    ),
    signupOpensAt: v.optional(v.nullable(isoDateTime), null),
    signupClosesAt: v.optional(v.nullable(isoDateTime), null),
    languages: v.array(localeSchema),
    interpretation: v.array(localeSchema),
    accessibilityNotes: textPerLocale(1000),
    slots: v.pipe(
      v.array(slotInputSchema),
      v.minLength(1, "Add at least one time with places."),
      v.maxLength(50),
    ),
    /** The version the editor loaded; required when saving an existing event. */
    version: v.optional(v.pipe(v.number(), v.integer())),
  }),
  v.forward(
    v.check(
      (event) => Date.parse(event.endsAt) > Date.parse(event.startsAt),
      "The end must be after the start.",
    ),
    ["endsAt"],
  ),
);

export type EventInput = v.InferInput<typeof eventInputSchema>;

/** `POST …/events/:eventId/cancel` */
export const cancelEventBodySchema = v.object({
  message: organiserWords(1000, "Write a short message to the people who signed up."),
  version: v.pipe(v.number(), v.integer()),
});

export interface AdminSlot {
  id: string;
  label: LocaleText;
  startsAt: string;
  endsAt: string;
  audience: string;
  stopId: string | null;
  roleId: string | null;
  minimum: number;
  capacity: number;
  taken: number;
  waitlistCapacity: number;
  waitlistTaken: number;
  /** Of `taken`: held for parties offered a freed place, not yet accepted. */
  held: number;
}

export interface AdminEvent {
  id: string;
  kind: EventKind;
  status: "draft" | "published" | "cancelled";
  title: LocaleText;
  summary: LocaleText;
  description: LocaleText;
  venueName: string | null;
  venueAddress: string | null;
  region: string | null;
  onlineUrl: string | null;
  feedbackUrl: string | null;
  whatToBring: LocaleText;
  /** Who to call on the day: a name and a phone number. */
  dayContact: string | null;
  /** Null: a freed place goes to the next on the waitlist at once; else offered for that long. */
  waitlistOfferHours: number | null;
  cookDeadline: string | null;
  startsAt: string;
  endsAt: string;
  timeZone: string;
  signupOpensAt: string | null;
  signupClosesAt: string | null;
  languages: string[];
  interpretation: string[];
  accessibilityNotes: LocaleText;
  /** What organisers told participants when they cancelled, per language. */
  cancellationMessage: LocaleText | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  slots: AdminSlot[];
  /** Locales of the organisation with no title yet: shown as missing translations. */
  missingTranslations: string[];
  /** Visits: stops and pick-up points (empty for other kinds). */
  itinerary: AdminStop[];
  pickupPoints: AdminPickupPoint[];
  /** The series this date belongs to; null for a one-off event. */
  series: EventSeriesLink | null;
  /** In the networks its organisation joined: always, never, or null (each network's default). */
  networkListing: "listed" | "unlisted" | null;
}

/** `GET …/events`: coming events (soonest first) or past ones (latest first), a page at a time. */
export const adminEventListQuerySchema = v.object({
  when: v.optional(v.picklist(["upcoming", "past"], "Use upcoming or past."), "upcoming"),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

/** Events on one page of the organisers' list. */
export const adminEventPageSize = 50;

export interface AdminEventListResponse {
  events: AdminEvent[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface AdminEventResponse {
  event: AdminEvent;
}
