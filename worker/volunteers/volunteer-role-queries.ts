import type { AdminRole } from "../../schema/contracts/admin/volunteers.js";
import type { Requirement } from "../../schema/contracts/volunteers.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";

interface RoleRow {
  id: string;
  name: string;
  description: string;
  requirements: string;
  minimumAge: number | null;
}

export async function listRoles(db: D1Database, organisationId: string): Promise<AdminRole[]> {
  const { results } = await db
    .prepare(
      `SELECT id, name, description, requirements, minimum_age AS minimumAge FROM volunteer_roles
        WHERE organisation_id = ?1 ORDER BY position`,
    )
    .bind(organisationId)
    .all<RoleRow>();
  return results.map((row) => ({
    id: row.id,
    name: JSON.parse(row.name) as LocaleText,
    description: JSON.parse(row.description) as LocaleText,
    requirements: JSON.parse(row.requirements) as Requirement[],
    minimumAge: row.minimumAge,
  }));
}
