import { signupOriginsJson } from "../networks/signup-origins.js";
import type { organisations } from "../../schema/tables/organisations.js";
import type { PublicOrganisation } from "../../schema/contracts/events.js";
import { firstRow } from "../db/first-row.js";

/**
 * An organisation as the worker loads it. `allowedOrigins` are its own settings; `signupOrigins`
 * adds those of the networks it joined, and is what every write from a website is checked against.
 */
export type OrganisationRow = typeof organisations.$inferSelect & { signupOrigins: string[] };

type StoredOrganisation = Omit<
  OrganisationRow,
  "locales" | "allowedOrigins" | "signupOrigins" | "theme" | "isNetwork"
> & {
  locales: string;
  allowedOrigins: string;
  signupOrigins: string;
  theme: string;
  isNetwork: number;
};

/** The columns of an `OrganisationRow` (before `organisationFromRow`), of organisation `o`. */
export const organisationColumns = `o.id, o.slug, o.name, o.kind, o.default_locale AS defaultLocale,
  o.locales, o.time_zone AS timeZone, o.allowed_origins AS allowedOrigins,
  ${signupOriginsJson("o")} AS signupOrigins, o.retention_days AS retentionDays, o.theme,
  o.version, o.shift_grace_minutes AS shiftGraceMinutes, o.is_network AS isNetwork,
  o.created_at AS createdAt`;

/** The organisation with this slug, as a statement to run alone or in a batch. */
export function organisationBySlug(db: D1Database, slug: string): D1PreparedStatement {
  return db
    .prepare(`SELECT ${organisationColumns} FROM organisations o WHERE slug = ?1`)
    .bind(slug);
}

/** `organisationBySlug`'s row with its JSON columns read; null when there was none. */
export function organisationFromRow(row: unknown): OrganisationRow | null {
  if (!row) return null;
  const stored = row as StoredOrganisation;
  return {
    ...stored,
    locales: JSON.parse(stored.locales) as string[],
    allowedOrigins: JSON.parse(stored.allowedOrigins) as string[],
    signupOrigins: JSON.parse(stored.signupOrigins) as string[],
    theme: JSON.parse(stored.theme) as Record<string, string>,
    isNetwork: stored.isNetwork === 1,
  };
}

export async function findOrganisationBySlug(
  db: D1Database,
  slug: string,
): Promise<OrganisationRow | null> {
  return organisationFromRow(await firstRow<StoredOrganisation>(organisationBySlug(db, slug)));
}

export function toPublicOrganisation(row: OrganisationRow): PublicOrganisation {
  return {
    slug: row.slug,
    name: row.name,
    kind: row.kind,
    defaultLocale: row.defaultLocale,
    locales: row.locales,
    timeZone: row.timeZone,
    theme: row.theme,
  };
}

export interface OrganisationSettingsUpdate {
  name: string;
  defaultLocale: string;
  locales: string[];
  timeZone: string;
  allowedOrigins: string[];
  theme: Record<string, string>;
  retentionDays: number;
}

/**
 * Saves settings only over the version the editor loaded, and bumps it: 0 changes means someone
 * else saved first.
 */
export function updateOrganisationSettings(
  db: D1Database,
  organisationId: string,
  version: number,
  settings: OrganisationSettingsUpdate,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE organisations
          SET name = ?3, default_locale = ?4, locales = ?5, time_zone = ?6, allowed_origins = ?7,
              theme = ?8, retention_days = ?9, version = version + 1
        WHERE id = ?1 AND version = ?2`,
    )
    .bind(
      organisationId,
      version,
      settings.name,
      settings.defaultLocale,
      JSON.stringify(settings.locales),
      settings.timeZone,
      JSON.stringify(settings.allowedOrigins),
      JSON.stringify(settings.theme),
      settings.retentionDays,
    );
}

/**
 * Adds one website to the allowed ones and bumps the version (a settings form opened before then
 * gets a version conflict instead of saving the old list over it). Nothing changes when it is
 * allowed already or the list holds `max` websites — checked in the statement, against the row as
 * it is. Hand-written: the append happens in SQLite's JSON functions, so no list read earlier can
 * be written back over someone else's change.
 */
export function addAllowedOrigin(
  db: D1Database,
  organisationId: string,
  origin: string,
  max: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE organisations
          SET allowed_origins = json_insert(allowed_origins, '$[#]', ?2), version = version + 1
        WHERE id = ?1
          AND json_array_length(allowed_origins) < ?3
          AND NOT EXISTS (SELECT 1 FROM json_each(allowed_origins) WHERE value = ?2)`,
    )
    .bind(organisationId, origin, max);
}
