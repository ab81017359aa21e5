import type { Role } from "../../schema/contracts/admin/session.js";
import { firstRow } from "../db/first-row.js";

export interface LiveInvitation {
  id: string;
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
  email: string;
  role: Role;
}

/** An invitation that can still be used: not accepted, not revoked, not expired. */
export function findLiveInvitation(
  db: D1Database,
  tokenHash: string,
  now: number,
): Promise<LiveInvitation | null> {
  return firstRow<LiveInvitation>(
    db
      .prepare(
        `SELECT i.id, i.organisation_id AS organisationId, o.slug AS organisationSlug,
                o.name AS organisationName, i.email, i.role
           FROM invitations i JOIN organisations o ON o.id = i.organisation_id
          WHERE i.token_hash = ?1 AND i.accepted_at IS NULL AND i.revoked_at IS NULL
            AND i.expires_at > ?2`,
      )
      .bind(tokenHash, now),
  );
}

export interface PendingInvitationRow {
  id: string;
  email: string;
  role: Role;
  expiresAt: number;
}

export async function listPendingInvitations(
  db: D1Database,
  organisationId: string,
  now: number,
): Promise<PendingInvitationRow[]> {
  const { results } = await db
    .prepare(
      `SELECT id, email, role, expires_at AS expiresAt FROM invitations
        WHERE organisation_id = ?1 AND accepted_at IS NULL AND revoked_at IS NULL
          AND expires_at > ?2
        ORDER BY created_at DESC`,
    )
    .bind(organisationId, now)
    .all<PendingInvitationRow>();
  return results;
}

export function insertInvitation(
  db: D1Database,
  invitation: {
    id: string;
    organisationId: string;
    email: string;
    role: Role;
    tokenHash: string;
    invitedBy: string;
    now: number;
    expiresAt: number;
  },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO invitations (id, organisation_id, email, role, token_hash, invited_by, created_at, expires_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`,
    )
    .bind(
      invitation.id,
      invitation.organisationId,
      invitation.email,
      invitation.role,
      invitation.tokenHash,
      invitation.invitedBy,
      invitation.now,
      invitation.expiresAt,
    );
}

/** Marks the invitation used, only if it still can be: at most one accept ever changes it. */
export function acceptInvitation(
  db: D1Database,
  invitationId: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE invitations SET accepted_at = ?2
        WHERE id = ?1 AND accepted_at IS NULL AND revoked_at IS NULL AND expires_at > ?2`,
    )
    .bind(invitationId, now);
}

export function revokeInvitation(
  db: D1Database,
  organisationId: string,
  invitationId: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE invitations SET revoked_at = ?3
        WHERE id = ?2 AND organisation_id = ?1 AND accepted_at IS NULL AND revoked_at IS NULL`,
    )
    .bind(organisationId, invitationId, now);
}
