import { firstRow } from "../db/first-row.js";
import type { EventWithSlots } from "../events/event-queries.js";
import { publicEventJson } from "../events/event-queries.js";

/** An event in a network's catalogue: the organiser's slug and words come with it. */
export interface CatalogueEvent extends EventWithSlots {
  organiserSlug: string;
  organiserLocale: string;
  organiserRetentionDays: number;
  featured: 0 | 1;
}

export interface CatalogueOrganiser {
  slug: string;
  name: string;
  theme: Record<string, string>;
}

export interface NetworkCatalogue {
  id: string;
  slug: string;
  name: string;
  defaultLocale: string;
  /** The network's IANA time zone: where its "today" and "this week" are. */
  timeZone: string;
  allowedOrigins: string[];
  organisers: CatalogueOrganiser[];
  events: CatalogueEvent[];
}

export interface CatalogueFilter {
  organiser?: string | undefined;
  kind?: string | undefined;
  region?: string | undefined;
  language?: string | undefined;
  featuredOnly?: boolean | undefined;
  from?: number | undefined;
  to?: number | undefined;
  /** Events that ended before this are not upcoming. */
  endedBefore: number;
  after?: { startsAt: number; id: string } | undefined;
  limit: number;
}

interface CatalogueRow extends Omit<NetworkCatalogue, "allowedOrigins" | "organisers" | "events"> {
  allowedOrigins: string;
  organisers: string;
  events: string;
}

/** The network itself and the organisations that joined it: whose events it may list. */
const organisersOf = (network: string) =>
  `(SELECT ${network}.id UNION ALL SELECT member_id FROM network_members WHERE network_id = ${network}.id)`;

/**
 * Whether the network lists an event (`e`, with `m` its organiser's membership — null for the
 * network's own events — and `c` the network's curation of it): the event's own choice, else
 * its organiser's default for this network; never one the network hid.
 */
const listed = `(e.network_listing = 'listed'
    OR (e.network_listing IS NULL AND (m.member_id IS NULL OR m.list_by_default = 1)))
  AND (c.state IS NULL OR c.state <> 'hidden')`;

/**
 * A network, its organisers and one page of the upcoming events its catalogue lists, soonest
 * first, in one D1 round trip. `limit + 1` events at most, so the caller can tell if there is a
 * next page. Null when there is no network with this slug (an organisation that is not a
 * network has no catalogue).
 */
export async function listNetworkCatalogue(
  db: D1Database,
  networkSlug: string,
  filter: CatalogueFilter,
): Promise<NetworkCatalogue | null> {
  const binds: unknown[] = [networkSlug, filter.endedBefore];
  const bind = (value: unknown) => {
    binds.push(value);
    return `?${binds.length}`;
  };
  const conditions = [
    `e.organisation_id IN ${organisersOf("n")}`,
    "e.status = 'published'",
    "e.ends_at >= ?2",
    listed,
  ];
  if (filter.organiser) conditions.push(`o.slug = ${bind(filter.organiser)}`);
  if (filter.kind) conditions.push(`e.kind = ${bind(filter.kind)}`);
  if (filter.region) conditions.push(`e.region = ${bind(filter.region)} COLLATE NOCASE`);
  if (filter.language) {
    // `uk` finds events in `uk` and in `uk-UA`; `uk-UA` only those (tags compare without case).
    const language = bind(filter.language);
    conditions.push(
      `EXISTS (SELECT 1 FROM json_each(e.languages)
                WHERE value = ${language} COLLATE NOCASE OR value LIKE ${language} || '-%')`,
    );
  }
  if (filter.featuredOnly) conditions.push("c.state = 'featured'");
  if (filter.from !== undefined) conditions.push(`e.starts_at >= ${bind(filter.from)}`);
  if (filter.to !== undefined) conditions.push(`e.starts_at < ${bind(filter.to)}`);
  if (filter.after) {
    const startsAt = bind(filter.after.startsAt);
    conditions.push(`(e.starts_at, e.id) > (${startsAt}, ${bind(filter.after.id)})`);
  }
  const limit = bind(filter.limit + 1);
  const row = await firstRow<CatalogueRow>(
    db
      .prepare(
        `SELECT n.id, n.slug, n.name, n.default_locale AS defaultLocale, n.time_zone AS timeZone,
                n.allowed_origins AS allowedOrigins,
                (SELECT json_group_array(json_object('slug', o.slug, 'name', o.name, 'theme', json(o.theme)))
                   FROM (SELECT * FROM organisations WHERE id IN ${organisersOf("n")} ORDER BY name) AS o
                ) AS organisers,
                (SELECT json_group_array(json(json_insert(${publicEventJson},
                          '$.organiserSlug', e.organiser_slug,
                          '$.organiserLocale', e.organiser_locale,
                          '$.organiserRetentionDays', e.organiser_retention_days,
                          '$.featured', e.featured)))
                   FROM (SELECT e.*, o.slug AS organiser_slug, o.default_locale AS organiser_locale,
                                o.retention_days AS organiser_retention_days,
                                (c.state IS 'featured') AS featured
                           FROM events e
                           JOIN organisations o ON o.id = e.organisation_id
                           LEFT JOIN network_members m ON m.network_id = n.id AND m.member_id = e.organisation_id
                           LEFT JOIN network_curation c ON c.network_id = n.id AND c.event_id = e.id
                          WHERE ${conditions.join(" AND ")}
                          ORDER BY e.starts_at, e.id LIMIT ${limit}) AS e
                ) AS events
           FROM organisations n WHERE n.slug = ?1 AND n.is_network = 1`,
      )
      .bind(...binds),
  );
  if (!row) return null;
  return {
    ...row,
    allowedOrigins: JSON.parse(row.allowedOrigins) as string[],
    organisers: JSON.parse(row.organisers) as CatalogueOrganiser[],
    events: JSON.parse(row.events) as CatalogueEvent[],
  };
}
