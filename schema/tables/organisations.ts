import { sql } from "drizzle-orm";
import { check, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

/** A municipality or NGO that embeds Hearth. Every other row belongs to one. */
export const organisations = sqliteTable(
  "organisations",
  {
    id: text("id").primaryKey(),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    kind: text("kind", { enum: ["municipality", "ngo"] }).notNull(),
    defaultLocale: text("default_locale").notNull(),
    locales: text("locales", { mode: "json" }).$type<string[]>().notNull(),
    timeZone: text("time_zone").notNull(),
    allowedOrigins: text("allowed_origins", { mode: "json" }).$type<string[]>().notNull(),
    retentionDays: integer("retention_days").notNull().default(30),
    /** `--hearth-*` design tokens the organisation's widgets use, e.g. `{ "color-primary": "#0b57d0" }`. */
    theme: text("theme", { mode: "json" }).$type<Record<string, string>>().notNull().default({}),
    version: integer("version").notNull().default(1),
    /** Volunteers' shifts may not overlap, except by up to this many minutes for a handover. */
    shiftGraceMinutes: integer("shift_grace_minutes").notNull().default(15),
    /** A network: other organisations may join it, and its catalogue lists their events. */
    isNetwork: integer("is_network", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("organisations_slug_idx").on(table.slug),
    check("organisations_retention_days_check", sql`${table.retentionDays} BETWEEN 1 AND 3650`),
  ],
);
