import type { organisations } from "../../schema/tables/organisations.js";
import type { PublicOrganisation } from "../../schema/contracts/events.js";
import { firstRow } from "./first-row.js";

export type OrganisationRow = typeof organisations.$inferSelect;

type StoredOrganisation = Omit<OrganisationRow, "locales" | "allowedOrigins"> & {
  locales: string;
  allowedOrigins: string;
};

export async function findOrganisationBySlug(
  db: D1Database,
  slug: string,
): Promise<OrganisationRow | null> {
  const row = await firstRow<StoredOrganisation>(
    db
      .prepare(
        `SELECT id, slug, name, kind, default_locale AS defaultLocale, locales, time_zone AS timeZone,
                allowed_origins AS allowedOrigins, retention_days AS retentionDays,
                created_at AS createdAt
           FROM organisations WHERE slug = ?1`,
      )
      .bind(slug),
  );
  if (!row) return null;
  return {
    ...row,
    locales: JSON.parse(row.locales) as string[],
    allowedOrigins: JSON.parse(row.allowedOrigins) as string[],
  };
}

export function toPublicOrganisation(row: OrganisationRow): PublicOrganisation {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    defaultLocale: row.defaultLocale,
    locales: row.locales,
    timeZone: row.timeZone,
  };
}
