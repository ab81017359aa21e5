import type { LocaleText } from "../../schema/contracts/locale-text.js";

/** A member's upcoming event as its network sees it: counts of places, never a person. */
export interface MemberEventRow {
  id: string;
  organiserSlug: string;
  organiserName: string;
  organiserLocale: string;
  title: LocaleText;
  startsAt: number;
  kind: string;
  listed: number;
  curation: "featured" | "hidden" | null;
  capacity: number;
  taken: number;
}

/**
 * The published events, not ended, of the network and its members, soonest first, one page of
 * `limit + 1` (keyset paging on start and id), with whether the catalogue lists each and the
 * network's curation. Places come from the slots' counters; no registration is read.
 */
export async function listMemberEvents(
  db: D1Database,
  networkId: string,
  page: { now: number; after?: { startsAt: number; id: string } | undefined; limit: number },
): Promise<MemberEventRow[]> {
  const after = page.after ? "AND (e.starts_at, e.id) > (?3, ?4)" : "";
  const { results } = await db
    .prepare(
      `SELECT e.id, o.slug AS organiserSlug, o.name AS organiserName,
              o.default_locale AS organiserLocale, e.title, e.starts_at AS startsAt, e.kind,
              (e.network_listing = 'listed'
                 OR (e.network_listing IS NULL AND (m.member_id IS NULL OR m.list_by_default = 1))) AS listed,
              c.state AS curation,
              (SELECT coalesce(sum(s.capacity), 0) FROM slots s
                WHERE s.event_id = e.id AND s.audience IN ('attendee', 'visitor')) AS capacity,
              (SELECT coalesce(sum(s.taken), 0) FROM slots s
                WHERE s.event_id = e.id AND s.audience IN ('attendee', 'visitor')) AS taken
         FROM events e
         JOIN organisations o ON o.id = e.organisation_id
         LEFT JOIN network_members m ON m.network_id = ?1 AND m.member_id = e.organisation_id
         LEFT JOIN network_curation c ON c.network_id = ?1 AND c.event_id = e.id
        WHERE e.organisation_id IN (SELECT ?1 UNION ALL SELECT member_id FROM network_members WHERE network_id = ?1)
          AND e.status = 'published' AND e.ends_at >= ?2 ${after}
        ORDER BY e.starts_at, e.id LIMIT ?5`,
    )
    .bind(networkId, page.now, page.after?.startsAt ?? null, page.after?.id ?? null, page.limit + 1)
    .all<Omit<MemberEventRow, "title"> & { title: string }>();
  return results.map((row) => ({ ...row, title: JSON.parse(row.title) as LocaleText }));
}

/**
 * Features or hides an event in the network's catalogue — only an event of the network or of a
 * member (else nothing is written, and the caller answers 404). `null` clears the network's say.
 */
export function curateStatement(
  db: D1Database,
  networkId: string,
  eventId: string,
  state: "featured" | "hidden" | null,
  now: number,
): D1PreparedStatement {
  if (state === null) {
    return db
      .prepare(`DELETE FROM network_curation WHERE network_id = ?1 AND event_id = ?2`)
      .bind(networkId, eventId);
  }
  return db
    .prepare(
      `INSERT INTO network_curation (network_id, event_id, state, updated_at)
       SELECT ?1, e.id, ?3, ?4 FROM events e
        WHERE e.id = ?2 AND e.organisation_id IN
              (SELECT ?1 UNION ALL SELECT member_id FROM network_members WHERE network_id = ?1)
       ON CONFLICT (network_id, event_id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at`,
    )
    .bind(networkId, eventId, state, now);
}

/** One row when the event belongs to the network or one of its members. */
export function networkEventStatement(
  db: D1Database,
  networkId: string,
  eventId: string,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT 1 AS found FROM events e WHERE e.id = ?2 AND e.organisation_id IN
         (SELECT ?1 UNION ALL SELECT member_id FROM network_members WHERE network_id = ?1)`,
    )
    .bind(networkId, eventId);
}

/** The member's own choice for one of its events: listed, unlisted, or null (its default). */
export function setNetworkListing(
  db: D1Database,
  organisationId: string,
  eventId: string,
  listing: "listed" | "unlisted" | null,
): D1PreparedStatement {
  return db
    .prepare(`UPDATE events SET network_listing = ?3 WHERE id = ?2 AND organisation_id = ?1`)
    .bind(organisationId, eventId, listing);
}
