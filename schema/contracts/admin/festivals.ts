import * as v from "valibot";
import type { ApplicationStatus, DishView } from "../festivals.js";
import { localeSchema } from "../locale-text.js";
import type { LocaleText } from "../locale-text.js";
import { organiserWords } from "../organiser-words.js";
import { multiLineText, singleLineText } from "../text-fields.js";

/**
 * `POST …/applications/:applicationId/decision` — the message, in one or several languages, goes
 * to the cook in theirs.
 */
export const decisionBodySchema = v.object({
  status: v.picklist(
    ["approved", "waitlisted", "declined"],
    "Choose approve, waitlist or decline.",
  ),
  message: v.optional(v.nullable(organiserWords(1000)), null),
});

export const noteBodySchema = v.object({ note: multiLineText(2000) });

export const hygieneBodySchema = v.object({ verified: v.boolean() });

/** `PUT …/applications/:applicationId/stall` — null takes the stall away. */
export const stallAssignmentBodySchema = v.object({
  stallId: v.nullable(v.pipe(v.string(), v.maxLength(64))),
});

/** `PUT …/dishes/:dishId/translations` — organisers' translations beside the cook's own words. */
export const dishTranslationsBodySchema = v.object({
  name: v.record(localeSchema, singleLineText(80)),
  description: v.record(localeSchema, multiLineText(300)),
});

/** `PUT …/stalls` — the festival's stalls, in order. */
export const stallsBodySchema = v.object({
  stalls: v.pipe(
    v.array(
      v.object({
        id: v.optional(v.pipe(v.string(), v.maxLength(64))),
        name: singleLineText(80, "Name the stall."),
        power: v.optional(v.boolean(), false),
        water: v.optional(v.boolean(), false),
        covered: v.optional(v.boolean(), false),
        planX: v.optional(
          v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50))),
          null,
        ),
        planY: v.optional(
          v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(50))),
          null,
        ),
      }),
    ),
    v.maxLength(100),
  ),
});

/** `POST …/ledger` */
export const ledgerEntryBodySchema = v.object({
  applicationId: v.pipe(v.string(), v.maxLength(64)),
  kind: v.picklist(["ingredients", "takings"], "Choose ingredients or takings."),
  amountCents: v.pipe(
    v.number("Use an amount such as 12.40."),
    v.integer(),
    v.minValue(0),
    v.maxValue(10_000_000),
  ),
  note: v.optional(v.nullable(singleLineText(200)), null),
});

export interface AdminDish extends Omit<DishView, "name" | "description"> {
  /** The cook's words under their locale, and the organisers' translations. */
  name: LocaleText;
  description: LocaleText;
  /** Festival locales with no name yet. */
  missingTranslations: string[];
}

export interface AdminApplication {
  id: string;
  status: ApplicationStatus;
  displayName: string;
  email: string | null;
  phone: string | null;
  locale: string;
  cuisine: string | null;
  story: string | null;
  consentPublic: boolean;
  dishes: AdminDish[];
  stallNeeds: {
    power: boolean;
    water: boolean;
    table: boolean;
    equipment: boolean;
    helper: boolean;
  };
  hygiene: "none" | "planned" | "done" | null;
  hygieneExpiresOn: string | null;
  hygieneVerified: boolean;
  /** `missing` (none, planned, or no expiry date) or `expires` (before the festival); null when fine. */
  hygieneFlag: "missing" | "expires" | null;
  /** The words sent with the last decision, per language. */
  organiserMessage: LocaleText | null;
  organiserNote: string | null;
  stallId: string | null;
  submittedAt: string | null;
}

export interface ApplicationListResponse {
  applications: AdminApplication[];
}

export interface AdminApplicationResponse {
  application: AdminApplication;
}

export interface AdminStall {
  id: string;
  name: string;
  power: boolean;
  water: boolean;
  covered: boolean;
  planX: number | null;
  planY: number | null;
  applicationId: string | null;
}

export interface StallsResponse {
  stalls: AdminStall[];
  /** Approved cooks without a stall yet. */
  unassigned: string[];
}

export interface LedgerResponse {
  entries: {
    id: string;
    applicationId: string;
    kind: "ingredients" | "takings";
    amountCents: number;
    note: string | null;
    at: string;
  }[];
  perCook: {
    applicationId: string;
    displayName: string;
    ingredientsCents: number;
    takingsCents: number;
    balanceCents: number;
  }[];
  totals: { ingredientsCents: number; takingsCents: number; balanceCents: number };
}
