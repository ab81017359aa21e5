import * as v from "valibot";
import { eventListQuerySchema } from "./events.js";
import {
  nextCursorSchema,
  organisationLanguageSchema,
  publicEventSchema,
  signUpSitesSchema,
} from "./events-responses.js";

/** An organisation's slug as it appears in a path or a filter. */
export const organisationSlugSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, "Use an organisation's short name, such as demo-city."),
);

/** `GET /api/v1/networks/:network/events`: the organisation's filters, and the network's own. */
export const networkEventListQuerySchema = v.object({
  ...eventListQuerySchema.entries,
  /** Only this member's events. */
  organiser: v.optional(organisationSlugSchema),
  /** Only events where this language is spoken (a BCP 47 tag as the events list them). */
  language: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "Use a language code such as uk."),
    ),
  ),
  /** `1`: only the events the network features. */
  featured: v.optional(v.picklist(["1"], "Use featured=1, or leave it out.")),
});

/** Who runs an event in a network's catalogue: shown on its card in the organiser's colours. */
export const networkOrganiserSchema = v.object({
  slug: v.string(),
  name: v.string(),
  /** Only colours: the network's theme rules the rest. */
  colours: v.pipe(
    v.record(v.string(), v.string()),
    v.description("The organiser's own `--hearth-color-*` tokens, for its events' cards."),
  ),
});
export type NetworkOrganiser = v.InferOutput<typeof networkOrganiserSchema>;

export const networkEventSchema = v.object({
  ...publicEventSchema.entries,
  organiser: networkOrganiserSchema,
  /** `featured=1` lists only these. */
  featured: v.pipe(v.boolean(), v.description("The network features it (`featured=1`).")),
});
export type NetworkEvent = v.InferOutput<typeof networkEventSchema>;

export const networkEventListResponseSchema = v.object({
  ...organisationLanguageSchema.entries,
  ...signUpSitesSchema.entries,
  network: v.object({
    slug: v.string(),
    name: v.string(),
    /** Where the network's days begin: the widget's date filter sends its midnights. */
    timeZone: v.pipe(
      v.string(),
      v.description("The network's IANA time zone: where its days begin, for `from` and `to`."),
    ),
  }),
  organisers: v.pipe(
    v.array(networkOrganiserSchema),
    v.description("Every organisation whose events the catalogue may list (for `organiser`)."),
  ),
  events: v.array(networkEventSchema),
  nextCursor: nextCursorSchema,
});
export type NetworkEventListResponse = v.InferOutput<typeof networkEventListResponseSchema>;
