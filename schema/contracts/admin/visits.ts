import * as v from "valibot";
import { localeSchema } from "../locale-text.js";
import type { LocaleText } from "../locale-text.js";
import { multiLineText, singleLineText } from "../text-fields.js";

const isoDateTime = v.pipe(
  v.string("Choose a date and time."),
  v.check((value) => !Number.isNaN(Date.parse(value)), "Choose a date and time."),
);

const optionalLine = /* @__NO_SIDE_EFFECTS__ */ (max: number) =>
  v.optional(v.nullable(singleLineText(max)), null);

/** `PUT /api/v1/admin/orgs/:org/events/:eventId/itinerary`: the whole itinerary and pick-ups. */
export const itineraryInputSchema = v.object({
  stops: v.pipe(
    v.array(
      v.object({
        /** Present for an existing stop; absent for a new one. */
        id: v.optional(v.pipe(v.string(), v.maxLength(64))),
        place: v.pipe(
          v.record(localeSchema, singleLineText(200)),
          v.check(
            (text) => Object.values(text).some((value) => value.length > 0),
            "Name the place in at least one language.",
          ),
        ),
        address: optionalLine(300),
        arrivesAt: isoDateTime,
        activity: v.record(localeSchema, multiLineText(1000)),
        accessibility: v.record(localeSchema, multiLineText(500)),
      }),
    ),
    v.maxLength(30, "Use 30 stops or fewer."),
  ),
  pickupPoints: v.pipe(
    v.array(
      v.object({
        id: v.optional(v.pipe(v.string(), v.maxLength(64))),
        name: singleLineText(200, "Name the pick-up point."),
        address: optionalLine(300),
        departsAt: isoDateTime,
      }),
    ),
    v.maxLength(20, "Use 20 pick-up points or fewer."),
  ),
});

export type ItineraryInput = v.InferInput<typeof itineraryInputSchema>;

export interface AdminStop {
  id: string;
  position: number;
  place: LocaleText;
  address: string | null;
  arrivesAt: string;
  activity: LocaleText;
  accessibility: LocaleText;
}

export interface AdminPickupPoint {
  id: string;
  position: number;
  name: string;
  address: string | null;
  departsAt: string;
}

export interface ItineraryResponse {
  stops: AdminStop[];
  pickupPoints: AdminPickupPoint[];
}

/** `GET …/events/:eventId/needs`: what the visit needs against what is covered. */
export interface NeedsBoard {
  /** Language → people in confirmed groups who speak it (and need interpreting into it). */
  languagesNeeded: Record<string, number>;
  /** Language → confirmed interpreters who interpret it. */
  languagesCovered: Record<string, number>;
  /** Languages needed that no confirmed interpreter covers: the gaps to fill. */
  gaps: string[];
  visitors: { confirmedPeople: number; adults: number; children: number; groups: number };
  seats: { capacity: number; taken: number; remaining: number };
  wheelchairPlaces: number;
  /** Food needs as written by the groups, with how many groups wrote each. */
  dietary: { text: string; groups: number }[];
  /** Stops with how many host places are filled. */
  hosts: { stopId: string; place: LocaleText; capacity: number; taken: number }[];
}

export interface NeedsBoardResponse {
  needs: NeedsBoard;
}

/** `GET …/events/:eventId/manifest`: the day sheet. Only what the day needs. */
export interface Manifest {
  event: { id: string; title: LocaleText; startsAt: string; endsAt: string; timeZone: string };
  pickupPoints: {
    id: string | null;
    name: string;
    address: string | null;
    departsAt: string | null;
    groups: {
      code: string | null;
      /** The contact for the day (a name or nickname). */
      contact: string;
      phone: string | null;
      adults: number;
      children: number;
      languages: string[];
      wheelchairPlaces: number;
    }[];
  }[];
  stops: {
    id: string;
    place: LocaleText;
    address: string | null;
    arrivesAt: string;
    hosts: { name: string; phone: string | null; offer: string | null }[];
  }[];
  interpreters: { name: string; phone: string | null; languages: string[] }[];
}

export interface ManifestResponse {
  manifest: Manifest;
}

export interface FeedbackSummary {
  responses: number;
  /** Average of the 1–5 faces, one decimal; null with no responses. */
  average: number | null;
  /** How many chose each face, index 0 = 1 (very unhappy) … 4 = 5 (very happy). */
  distribution: [number, number, number, number, number];
  byAudience: Record<string, { responses: number; average: number | null }>;
  comments: { audience: string; score: number; comment: string; at: string }[];
}

export interface FeedbackSummaryResponse {
  feedback: FeedbackSummary;
}
