import type { Role } from "../../schema/contracts/admin/session.js";
import type { OrganisationRow } from "./organisations.js";
import { findOrganisationBySlug } from "./organisations.js";
import { firstRow } from "./first-row.js";

/**
 * The organisation `slug` with the user's role in it, or null when the organisation does not
 * exist or the user is not a member: both look the same from outside.
 */
export async function findMembership(
  db: D1Database,
  userId: string,
  slug: string,
): Promise<{ organisation: OrganisationRow; role: Role } | null> {
  const organisation = await findOrganisationBySlug(db, slug);
  if (!organisation) return null;
  const row = await firstRow<{ role: Role }>(
    db
      .prepare(`SELECT role FROM memberships WHERE user_id = ?1 AND organisation_id = ?2`)
      .bind(userId, organisation.id),
  );
  return row ? { organisation, role: row.role } : null;
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
