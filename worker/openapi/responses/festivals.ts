import * as v from "valibot";
import type {
  ApplicationExport,
  ApplicationResponse,
  ApplicationView,
  DishView,
  MenuDish,
  MenuResponse,
  MenuStall,
} from "../../../schema/contracts/festivals.js";
import { allergens, dietLabels } from "../../../schema/contracts/festivals.js";
import { localeSchema } from "../../../schema/contracts/locale-text.js";
import type { Expect, Same } from "../same-type.js";
import { isoDay, isoTime, webAddress } from "./formats.js";

/* The food festivals' answers; pinned to the contracts' interfaces as in `events.ts`. */

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

export const applicationViewSchema = v.object({
  id: v.string(),
  status: v.picklist(["draft", "submitted", "approved", "waitlisted", "declined"]),
  editable: v.boolean(),
  festival: v.object({
    id: v.string(),
    organisation: v.string(),
    title: v.string(),
    contentLocale: localeSchema,
    startsAt: isoTime,
    deadline: v.nullable(isoTime),
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
  organiserMessage: v.nullable(v.object({ text: v.string(), lang: localeSchema })),
  stall: v.nullable(v.object({ name: v.string() })),
  submittedAt: v.nullable(isoTime),
  erased: v.boolean(),
});

export const applicationResponseSchema = v.object({
  application: applicationViewSchema,
  manageUrl: v.pipe(
    v.optional(webAddress),
    v.description("Only when the application is created: the secret link back (shown once)."),
  ),
});

export const applicationExportSchema = v.object({
  exportedAt: isoTime,
  application: applicationViewSchema,
  ledger: v.array(
    v.object({
      kind: v.picklist(["ingredients", "takings"]),
      amountCents: v.number(),
      note: v.nullable(v.string()),
      at: isoTime,
    }),
  ),
});

export const menuDishSchema = v.object({
  id: v.string(),
  name: v.string(),
  description: v.string(),
  contentLocale: localeSchema,
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

export const menuStallSchema = v.object({
  id: v.string(),
  name: v.string(),
  power: v.boolean(),
  water: v.boolean(),
  covered: v.boolean(),
  planX: v.nullable(v.number()),
  planY: v.nullable(v.number()),
  cook: v.nullable(v.string()),
});

export const menuResponseSchema = v.object({
  stalls: v.array(menuStallSchema),
  dishes: v.array(menuDishSchema),
});

export type FestivalSchemasMatchContracts = [
  Expect<Same<v.InferOutput<typeof dishViewSchema>, DishView>>,
  Expect<Same<v.InferOutput<typeof applicationViewSchema>, ApplicationView>>,
  Expect<Same<v.InferOutput<typeof applicationResponseSchema>, ApplicationResponse>>,
  Expect<Same<v.InferOutput<typeof applicationExportSchema>, ApplicationExport>>,
  Expect<Same<v.InferOutput<typeof menuDishSchema>, MenuDish>>,
  Expect<Same<v.InferOutput<typeof menuStallSchema>, MenuStall>>,
  Expect<Same<v.InferOutput<typeof menuResponseSchema>, MenuResponse>>,
];
