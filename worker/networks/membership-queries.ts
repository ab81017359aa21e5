import type {
  JoinedNetwork,
  NetworkInvitationSummary,
  NetworkMemberSummary,
} from "../../schema/contracts/admin/networks.js";
import { firstRow } from "../db/first-row.js";

/**
 * Who is in which network. Joining and leaving are single statements guarded on what they need
 * (a live invitation, an organisation that is a network), so two people acting at once can't
 * leave a half-made membership behind.
 */

export interface NetworkOverviewRow {
  isNetwork: boolean;
  members: NetworkMemberSummary[];
  invitations: NetworkInvitationSummary[];
  joined: JoinedNetwork[];
}

const iso = (column: string) => `strftime('%Y-%m-%dT%H:%M:%fZ', ${column} / 1000.0, 'unixepoch')`;

/** The organisation's two sides in one query: its members and open links, and what it joined. */
export async function readNetworkOverview(
  db: D1Database,
  organisationId: string,
  now: number,
): Promise<NetworkOverviewRow> {
  const row = await firstRow<{
    isNetwork: number;
    members: string;
    invitations: string;
    joined: string;
  }>(
    db
      .prepare(
        `SELECT o.is_network AS isNetwork,
                (SELECT json_group_array(json_object('slug', m.slug, 'name', m.name,
                          'joinedAt', ${iso("m.joined_at")},
                          'listByDefault', json(CASE WHEN m.list_by_default THEN 'true' ELSE 'false' END),
                          'upcomingEvents', (SELECT count(*) FROM events e WHERE e.organisation_id = m.id
                                               AND e.status = 'published' AND e.ends_at >= ?2)))
                   FROM (SELECT member.id, member.slug, member.name, nm.joined_at, nm.list_by_default
                           FROM network_members nm JOIN organisations member ON member.id = nm.member_id
                          WHERE nm.network_id = o.id ORDER BY member.name) AS m) AS members,
                (SELECT json_group_array(json_object('id', i.id, 'note', i.note,
                          'createdAt', ${iso("i.created_at")}, 'expiresAt', ${iso("i.expires_at")}))
                   FROM (SELECT * FROM network_invitations WHERE network_id = o.id
                           AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?2
                          ORDER BY created_at DESC) AS i) AS invitations,
                (SELECT json_group_array(json_object('slug', n.slug, 'name', n.name,
                          'joinedAt', ${iso("n.joined_at")},
                          'listByDefault', json(CASE WHEN n.list_by_default THEN 'true' ELSE 'false' END)))
                   FROM (SELECT network.slug, network.name, nm.joined_at, nm.list_by_default
                           FROM network_members nm JOIN organisations network ON network.id = nm.network_id
                          WHERE nm.member_id = o.id ORDER BY network.name) AS n) AS joined
           FROM organisations o WHERE o.id = ?1`,
      )
      .bind(organisationId, now),
  );
  if (!row) return { isNetwork: false, members: [], invitations: [], joined: [] };
  return {
    isNetwork: row.isNetwork === 1,
    members: JSON.parse(row.members) as NetworkMemberSummary[],
    invitations: JSON.parse(row.invitations) as NetworkInvitationSummary[],
    joined: JSON.parse(row.joined) as JoinedNetwork[],
  };
}

/** Turns the organisation into a network, or back — only while no organisation is in it. */
export function setNetworkMode(
  db: D1Database,
  organisationId: string,
  isNetwork: boolean,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE organisations SET is_network = ?2
        WHERE id = ?1 AND (?2 = 1 OR NOT EXISTS (SELECT 1 FROM network_members WHERE network_id = ?1))`,
    )
    .bind(organisationId, isNetwork ? 1 : 0);
}

export function insertNetworkInvitation(
  db: D1Database,
  invitation: {
    id: string;
    networkId: string;
    note: string;
    tokenHash: string;
    invitedBy: string;
    now: number;
    expiresAt: number;
  },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO network_invitations (id, network_id, note, token_hash, invited_by, created_at, expires_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7 WHERE EXISTS (SELECT 1 FROM organisations WHERE id = ?2 AND is_network = 1)`,
    )
    .bind(
      invitation.id,
      invitation.networkId,
      invitation.note,
      invitation.tokenHash,
      invitation.invitedBy,
      invitation.now,
      invitation.expiresAt,
    );
}

export function revokeNetworkInvitation(
  db: D1Database,
  networkId: string,
  invitationId: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE network_invitations SET revoked_at = ?3
        WHERE id = ?2 AND network_id = ?1 AND accepted_at IS NULL AND revoked_at IS NULL`,
    )
    .bind(networkId, invitationId, now);
}

export interface OpenNetworkInvitation {
  id: string;
  networkId: string;
  networkSlug: string;
  networkName: string;
  /** The organisation asking is in the network already. */
  alreadyMember: number;
}

/** A live invitation (not used, revoked or expired) of an organisation that still is a network. */
export function findOpenNetworkInvitation(
  db: D1Database,
  tokenHash: string,
  memberId: string,
  now: number,
): Promise<OpenNetworkInvitation | null> {
  return firstRow<OpenNetworkInvitation>(
    db
      .prepare(
        `SELECT i.id, i.network_id AS networkId, n.slug AS networkSlug, n.name AS networkName,
                EXISTS (SELECT 1 FROM network_members WHERE network_id = n.id AND member_id = ?2) AS alreadyMember
           FROM network_invitations i JOIN organisations n ON n.id = i.network_id AND n.is_network = 1
          WHERE i.token_hash = ?1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL AND i.expires_at > ?3`,
      )
      .bind(tokenHash, memberId, now),
  );
}

/**
 * Joining: the invitation is used up and the membership made, in one batch — the insert takes
 * its network from the invitation this very batch marked as used by this organisation, so a
 * link used twice at once makes one membership and a used or revoked link makes none.
 */
export function joinNetworkStatements(
  db: D1Database,
  join: { tokenHash: string; memberId: string; userId: string; now: number },
): D1PreparedStatement[] {
  return [
    db
      .prepare(
        `UPDATE network_invitations SET accepted_at = ?3, accepted_for = ?2
          WHERE token_hash = ?1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?3
            AND network_id <> ?2
            AND EXISTS (SELECT 1 FROM organisations WHERE id = network_id AND is_network = 1)`,
      )
      .bind(join.tokenHash, join.memberId, join.now),
    db
      .prepare(
        `INSERT INTO network_members (network_id, member_id, list_by_default, joined_at, accepted_by)
         SELECT network_id, ?2, 1, ?3, ?4 FROM network_invitations
          WHERE token_hash = ?1 AND accepted_for = ?2 AND accepted_at = ?3
         ON CONFLICT (network_id, member_id) DO NOTHING`,
      )
      .bind(join.tokenHash, join.memberId, join.now, join.userId),
  ];
}

/**
 * Ends a membership from either side, with the network's say over the member's events: they
 * leave the catalogue with the row (the catalogue reads memberships, nothing is copied).
 */
export function endMembershipStatements(
  db: D1Database,
  networkId: string,
  memberId: string,
): D1PreparedStatement[] {
  return [
    db
      .prepare(`DELETE FROM network_members WHERE network_id = ?1 AND member_id = ?2`)
      .bind(networkId, memberId),
    db
      .prepare(
        `DELETE FROM network_curation WHERE network_id = ?1
            AND event_id IN (SELECT id FROM events WHERE organisation_id = ?2)`,
      )
      .bind(networkId, memberId),
  ];
}

/** The id of the organisation with this slug that is in (or runs) the given relation. */
export function findOrganisationId(db: D1Database, slug: string): Promise<string | null> {
  return firstRow<{ id: string }>(
    db.prepare(`SELECT id FROM organisations WHERE slug = ?1`).bind(slug),
  ).then((row) => row?.id ?? null);
}

export function setListByDefault(
  db: D1Database,
  networkId: string,
  memberId: string,
  listByDefault: boolean,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE network_members SET list_by_default = ?3 WHERE network_id = ?1 AND member_id = ?2`,
    )
    .bind(networkId, memberId, listByDefault ? 1 : 0);
}
