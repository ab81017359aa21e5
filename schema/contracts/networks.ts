import * as v from "valibot";
import { eventListQuerySchema } from "./events.js";
import type { OrganisationLanguage, PublicEvent, SignUpSites } from "./events.js";

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
export interface NetworkOrganiser {
  slug: string;
  name: string;
  /** The organiser's own `--hearth-*` colour tokens (only colours: the network's theme rules the rest). */
  colours: Record<string, string>;
}

export interface NetworkEvent extends PublicEvent {
  organiser: NetworkOrganiser;
  /** The network marks it (and `featured=1` lists only these). */
  featured: boolean;
}

export interface NetworkEventListResponse extends OrganisationLanguage, SignUpSites {
  /** `timeZone`: where the network's days begin (the widget's date filter sends its midnights). */
  network: { slug: string; name: string; timeZone: string };
  /** Every organisation whose events the catalogue may list (for the organiser filter). */
  organisers: NetworkOrganiser[];
  events: NetworkEvent[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  nextCursor: string | null;
}
