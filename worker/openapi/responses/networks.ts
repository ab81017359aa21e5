import * as v from "valibot";
import type {
  NetworkEvent,
  NetworkEventListResponse,
  NetworkOrganiser,
} from "../../../schema/contracts/networks.js";
import type { Expect, Same } from "../same-type.js";
import { organisationLanguage, publicEventSchema, signUpSites } from "./events.js";

/* A network's catalogue; pinned to the contracts' interfaces as in `events.ts`. */

export const networkOrganiserSchema = v.object({
  slug: v.string(),
  name: v.string(),
  colours: v.pipe(
    v.record(v.string(), v.string()),
    v.description("The organiser's own `--hearth-color-*` tokens, for its events' cards."),
  ),
});

export const networkEventSchema = v.object({
  ...publicEventSchema.entries,
  organiser: networkOrganiserSchema,
  featured: v.pipe(v.boolean(), v.description("The network features it (`featured=1`).")),
});

export const networkEventListResponseSchema = v.object({
  ...organisationLanguage,
  ...signUpSites,
  network: v.object({
    slug: v.string(),
    name: v.string(),
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
  nextCursor: v.pipe(
    v.nullable(v.string()),
    v.description("Pass as `cursor` for the next page; null on the last page."),
  ),
});

export type NetworkSchemasMatchContracts = [
  Expect<Same<v.InferOutput<typeof networkOrganiserSchema>, NetworkOrganiser>>,
  Expect<Same<v.InferOutput<typeof networkEventSchema>, NetworkEvent>>,
  Expect<Same<v.InferOutput<typeof networkEventListResponseSchema>, NetworkEventListResponse>>,
];
