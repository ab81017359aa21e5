import { eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/d1";
import { organisations } from "../../schema/tables/organisations.js";
import type { PublicOrganisation } from "../../schema/contracts/events.js";

export type OrganisationRow = typeof organisations.$inferSelect;

export async function findOrganisationBySlug(
  db: D1Database,
  slug: string,
): Promise<OrganisationRow | undefined> {
  return drizzle(db).select().from(organisations).where(eq(organisations.slug, slug)).get();
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
