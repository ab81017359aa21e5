import * as v from "valibot";
import { allergens, dietLabels } from "./festivals.js";
import { localeSchema } from "./locale-text.js";
import { isoDay, isoTime, webAddress } from "./response-formats.js";

/*
 * The answers about cooks' applications and the menu (`festivals.ts` re-exports their types):
 * valibot schemas, each type inferred from its schema, and the OpenAPI document converts the same
 * schemas (see `events-responses.ts`). Widgets import only types from here.
 */

export const applicationStatusSchema = v.picklist([
  "draft",
  "submitted",
  "approved",
  "waitlisted",
  "declined",
]);
export type ApplicationStatus = v.InferOutput<typeof applicationStatusSchema>;

const priceCents = v.pipe(
  v.nullable(v.number()),
  v.description("In cents of the organisation's currency; null when `free`."),
);

export const dishViewSchema = v.object({
  id: v.string(),
  name: v.string(),
  description: v.string(),
  free: v.boolean(),
  priceCents,
  portions: v.nullable(v.number()),
  allergens: v.array(v.picklist(allergens)),
  allergensNone: v.boolean(),
  dietLabels: v.array(v.picklist(dietLabels)),
});
export type DishView = v.InferOutput<typeof dishViewSchema>;

/** What the manage link shows a cook (their own data). */
export const applicationViewSchema = v.object({
  id: v.string(),
  status: applicationStatusSchema,
  /** True until the deadline while the organisers have not decided: the cook can still edit. */
  editable: v.boolean(),
  festival: v.object({
    id: v.string(),
    organisation: v.string(),
    title: v.string(),
    contentLocale: localeSchema,
    startsAt: isoTime,
    deadline: v.nullable(isoTime),
    /** Days after the festival that the organisers keep the cook's personal data. */
    retentionDays: v.number(),
  }),
  displayName: v.string(),
  email: v.nullable(v.string()),
  phone: v.nullable(v.string()),
  locale: localeSchema,
  cuisine: v.nullable(v.string()),
  story: v.nullable(v.string()),
  dishes: v.array(dishViewSchema),
  stallNeeds: v.object({
    power: v.boolean(),
    water: v.boolean(),
    table: v.boolean(),
    equipment: v.boolean(),
    helper: v.boolean(),
  }),
  hygiene: v.nullable(v.picklist(["none", "planned", "done"])),
  hygieneExpiresOn: v.nullable(isoDay),
  consentPublic: v.boolean(),
  /** The organisers' words with their decision, in the cook's language when they wrote it. */
  organiserMessage: v.nullable(v.object({ text: v.string(), lang: localeSchema })),
  stall: v.nullable(v.object({ name: v.string() })),
  submittedAt: v.nullable(isoTime),
  /** The cook erased their data: what is left is the status and the festival, without a name. */
  erased: v.boolean(),
});
export type ApplicationView = v.InferOutput<typeof applicationViewSchema>;

export const applicationResponseSchema = v.object({
  application: applicationViewSchema,
  manageUrl: v.pipe(
    v.optional(webAddress),
    v.description("Only when the application is created: the secret link back (shown once)."),
  ),
});
export type ApplicationResponse = v.InferOutput<typeof applicationResponseSchema>;

export const menuDishSchema = v.object({
  id: v.string(),
  name: v.string(),
  description: v.string(),
  /** The locale the name is written in (after fallback), for `lang` on the page. */
  contentLocale: localeSchema,
  /** The locale the description is written in; a cook may have translated only the name. */
  descriptionLocale: localeSchema,
  free: v.boolean(),
  priceCents,
  allergens: v.array(v.picklist(allergens)),
  allergensNone: v.boolean(),
  dietLabels: v.array(v.picklist(dietLabels)),
  cook: v.pipe(
    v.nullable(
      v.object({
        displayName: v.string(),
        story: v.nullable(v.string()),
        cuisine: v.nullable(v.string()),
      }),
    ),
    v.description("Only when the cook agreed to show it."),
  ),
  stall: v.nullable(v.string()),
});
export type MenuDish = v.InferOutput<typeof menuDishSchema>;

export const menuStallSchema = v.object({
  id: v.string(),
  name: v.string(),
  power: v.boolean(),
  water: v.boolean(),
  covered: v.boolean(),
  planX: v.nullable(v.number()),
  planY: v.nullable(v.number()),
  /** The cook's name only with their consent. */
  cook: v.nullable(v.string()),
});
export type MenuStall = v.InferOutput<typeof menuStallSchema>;

export const menuResponseSchema = v.object({
  stalls: v.array(menuStallSchema),
  dishes: v.array(menuDishSchema),
});
export type MenuResponse = v.InferOutput<typeof menuResponseSchema>;

/** "Download my data" from a cook's manage link: everything held about the cook. */
export const applicationExportSchema = v.object({
  exportedAt: isoTime,
  application: applicationViewSchema,
  /** What organisers recorded for the cook's stall (ingredients bought, takings reported). */
  ledger: v.array(
    v.object({
      kind: v.picklist(["ingredients", "takings"]),
      amountCents: v.number(),
      note: v.nullable(v.string()),
      at: isoTime,
    }),
  ),
});
export type ApplicationExport = v.InferOutput<typeof applicationExportSchema>;
