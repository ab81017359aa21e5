import { and, eq } from "drizzle-orm";
import { memberships } from "../../schema/tables/index.js";
import { orm } from "../db/orm.js";
import type { Role } from "../../schema/contracts/admin/session.js";
import { firstRow } from "../db/first-row.js";
import { organisationColumns } from "../organisations/organisation-queries.js";
import { liveSessionColumns, liveSessionCondition } from "./session-queries.js";
import type { SessionUser } from "./session-queries.js";

/**
 * The live session with this token hash (`liveSession`'s columns), the organisation `slug`
 * (`organisationColumns`) and its user's `role` in it (each join one index lookup): no row without
 * a live session, no role for someone who is not a member. `parseLiveMembership` keeps the
 * organisation of a member only: to anyone else, one that does not exist looks the same.
 */
export function liveMembership(
  db: D1Database,
  tokenHash: string,
  slug: string,
  now: number,
  idleMs: number,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT ${liveSessionColumns}, m.user_id AS memberUserId, m.role, ${organisationColumns}
         FROM sessions s JOIN users u ON u.id = s.user_id
         LEFT JOIN organisations o ON o.slug = ?4
         LEFT JOIN memberships m ON m.user_id = s.user_id AND m.organisation_id = o.id
        WHERE ${liveSessionCondition("?1", "?2", "?3")}`,
    )
    .bind(tokenHash, now, idleMs, slug);
}

/** `liveMembership`'s row apart: the session, and the role and organisation of a member only. */
export function parseLiveMembership(
  row: unknown,
): { session: SessionUser; role: Role | null; organisation: unknown } | null {
  if (!row) return null;
  const {
    sessionId,
    userId,
    email,
    displayName,
    locale,
    lastSeenAt,
    expiresAt,
    memberUserId,
    role,
    ...organisation
  } = row as SessionUser & { memberUserId: string | null; role: Role | null };
  const session = { sessionId, userId, email, displayName, locale, lastSeenAt, expiresAt };
  return memberUserId && role
    ? { session, role, organisation }
    : { session, role: null, organisation: null };
}

export interface MembershipSummary {
  role: Role;
  slug: string;
  name: string;
  defaultLocale: string;
  locales: string;
  timeZone: string;
}

export async function listMemberships(
  db: D1Database,
  userId: string,
): Promise<MembershipSummary[]> {
  const { results } = await db
    .prepare(
      `SELECT m.role, o.slug, o.name, o.default_locale AS defaultLocale, o.locales,
              o.time_zone AS timeZone
         FROM memberships m JOIN organisations o ON o.id = m.organisation_id
        WHERE m.user_id = ?1 ORDER BY o.name`,
    )
    .bind(userId)
    .all<MembershipSummary>();
  return results;
}

export interface TeamMemberRow {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  createdAt: number;
}

const teamMemberSelect = `SELECT m.user_id AS userId, u.email, u.display_name AS displayName, m.role,
                                 m.created_at AS createdAt
                            FROM memberships m JOIN users u ON u.id = m.user_id`;

export async function listTeamMembers(
  db: D1Database,
  organisationId: string,
): Promise<TeamMemberRow[]> {
  const { results } = await db
    .prepare(`${teamMemberSelect} WHERE m.organisation_id = ?1 ORDER BY u.display_name, u.email`)
    .bind(organisationId)
    .all<TeamMemberRow>();
  return results;
}

export function findTeamMember(
  db: D1Database,
  organisationId: string,
  userId: string,
): Promise<TeamMemberRow | null> {
  return firstRow<TeamMemberRow>(
    db
      .prepare(`${teamMemberSelect} WHERE m.organisation_id = ?1 AND m.user_id = ?2`)
      .bind(organisationId, userId),
  );
}

/**
 * The membership an accepted invitation grants (a member already gets the invitation's role,
 * except that the organisation's only owner stays an owner).
 * Must follow `acceptInvitation` in the same batch: when that matched nothing, `changes()` is 0,
 * the organisation id becomes NULL and the NOT NULL constraint aborts the whole batch, so a used,
 * revoked or expired invitation can never create a membership, even under concurrent accepts.
 */
export function insertMembershipAfterAccept(
  db: D1Database,
  membership: { userId: string; organisationId: string; role: Role; now: number },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO memberships (user_id, organisation_id, role, created_at)
       VALUES (?1, CASE WHEN changes() > 0 THEN ?2 END, ?3, ?4)
       ON CONFLICT (user_id, organisation_id) DO UPDATE SET role = excluded.role
       WHERE excluded.role = 'owner' OR memberships.role <> 'owner'
          OR (SELECT COUNT(*) FROM memberships WHERE organisation_id = ?2 AND role = 'owner') > 1`,
    )
    .bind(membership.userId, membership.organisationId, membership.role, membership.now);
}

export function isAcceptGuardFailure(error: unknown): boolean {
  return (
    error instanceof Error &&
    /NOT NULL constraint failed: memberships\.organisation_id/i.test(error.message)
  );
}

/** An owner stays an owner while they are the only one: the count is read inside the statement. */
const keepsAnOwner = `(role <> 'owner'
  OR (SELECT COUNT(*) FROM memberships WHERE organisation_id = ?1 AND role = 'owner') > 1)`;

export function changeMemberRole(
  db: D1Database,
  organisationId: string,
  userId: string,
  role: Role,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE memberships SET role = ?3
        WHERE organisation_id = ?1 AND user_id = ?2 AND (?3 = 'owner' OR ${keepsAnOwner})`,
    )
    .bind(organisationId, userId, role);
}

export function removeMember(
  db: D1Database,
  organisationId: string,
  userId: string,
): D1PreparedStatement {
  return db
    .prepare(
      `DELETE FROM memberships WHERE organisation_id = ?1 AND user_id = ?2 AND ${keepsAnOwner}`,
    )
    .bind(organisationId, userId);
}

/** Whether the member wants the daily digest of new sign-ups for the organisation. */
export async function digestPreference(
  db: D1Database,
  member: { userId: string; organisationId: string },
): Promise<boolean> {
  const row = await orm(db)
    .select({ digest: memberships.digestOptIn })
    .from(memberships)
    .where(
      and(
        eq(memberships.userId, member.userId),
        eq(memberships.organisationId, member.organisationId),
      ),
    )
    .get();
  return row?.digest ?? false;
}

export async function setDigestPreference(
  db: D1Database,
  member: { userId: string; organisationId: string },
  digest: boolean,
): Promise<void> {
  await orm(db)
    .update(memberships)
    .set({ digestOptIn: digest })
    .where(
      and(
        eq(memberships.userId, member.userId),
        eq(memberships.organisationId, member.organisationId),
      ),
    )
    .run();
}
