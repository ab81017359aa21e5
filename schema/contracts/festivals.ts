import * as v from "valibot";
import { optionalEmail, optionalPhone } from "./contact-fields.js";
import { localeSchema } from "./locale-text.js";
import { multiLineText, singleLineText } from "./text-fields.js";

/** The EU's 14 allergens (Regulation 1169/2011, Annex II). */
export const allergens = [
  "gluten",
  "crustaceans",
  "eggs",
  "fish",
  "peanuts",
  "soy",
  "milk",
  "nuts",
  "celery",
  "mustard",
  "sesame",
  "sulphites",
  "lupin",
  "molluscs",
] as const;
export type Allergen = (typeof allergens)[number];

export const dietLabels = [
  "vegan",
  "vegetarian",
  "halal",
  "kosher",
  "gluten-free",
  "lactose-free",
] as const;
export type DietLabel = (typeof dietLabels)[number];

export const dishInputSchema = v.object({
  /** Present for an existing dish; absent for a new one. */
  id: v.optional(v.pipe(v.string(), v.maxLength(64))),
  name: singleLineText(80, "Write the dish's name."),
  description: v.optional(multiLineText(300), ""),
  /** "Free / donation" instead of a price. */
  free: v.optional(v.boolean(), false),
  priceCents: v.optional(
    v.nullable(
      v.pipe(
        v.number("Use a price such as 4.50."),
        v.integer(),
        v.minValue(0),
        v.maxValue(100_000),
      ),
    ),
    null,
  ),
  portions: v.optional(
    v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10_000))),
    null,
  ),
  allergens: v.optional(v.array(v.picklist(allergens, "Choose allergens from the list.")), []),
  /** "None of these": an explicit answer. An empty `allergens` without it is no answer. */
  allergensNone: v.optional(v.boolean(), false),
  dietLabels: v.optional(v.array(v.picklist(dietLabels, "Choose labels from the list.")), []),
});

export const stallNeedsSchema = v.object({
  power: v.optional(v.boolean(), false),
  water: v.optional(v.boolean(), false),
  table: v.optional(v.boolean(), false),
  equipment: v.optional(v.boolean(), false),
  helper: v.optional(v.boolean(), false),
});

const isoDay = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date such as 2027-05-31."),
  v.check((value) => !Number.isNaN(Date.parse(value)), "Use a date such as 2027-05-31."),
);

/**
 * A cook's application, saved step by step: every field but the name may still be empty in a
 * draft. Submitting checks that it is complete (see the submit endpoint).
 */
export const applicationInputSchema = v.object({
  displayName: singleLineText(60, "Write a name. A nickname is fine."),
  email: optionalEmail(),
  phone: optionalPhone(),
  locale: localeSchema,
  /** The cuisine they want to present, in their words. Optional; never "nationality". */
  cuisine: v.optional(v.nullable(singleLineText(80)), null),
  story: v.optional(v.nullable(multiLineText(1000)), null),
  dishes: v.optional(
    v.pipe(v.array(dishInputSchema), v.maxLength(8, "Offer 8 dishes or fewer.")),
    [],
  ),
  stallNeeds: v.optional(stallNeedsSchema, {}),
  hygiene: v.optional(
    v.nullable(v.picklist(["none", "planned", "done"], "Choose one answer.")),
    null,
  ),
  /** When their food-hygiene certificate expires, if they have one. */
  hygieneExpiresOn: v.optional(v.nullable(isoDay), null),
  /** Show their name and story on the public menu. */
  consentPublic: v.optional(v.boolean(), false),
  /** To keep their answers to run the festival. */
  consent: v.literal(true, "Tick the box to agree, so we can keep your application."),
});

export type ApplicationInput = v.InferInput<typeof applicationInputSchema>;

/** `GET /api/v1/orgs/:org/festivals/:eventId/menu` query. */
export const menuQuerySchema = v.object({
  lang: v.optional(localeSchema),
  /** Only dishes with all these diet labels (comma-separated). */
  diet: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** Only dishes without these allergens (comma-separated). */
  without: v.optional(v.pipe(v.string(), v.maxLength(300))),
});

/*
 * The answers about cooks' applications and the menu: schemas and inferred types in
 * `festivals-responses.ts` (widgets import only types from there). Their types, as before:
 */
export type {
  ApplicationExport,
  ApplicationResponse,
  ApplicationStatus,
  ApplicationView,
  DishView,
  MenuDish,
  MenuResponse,
  MenuStall,
} from "./festivals-responses.js";
