import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { organisations } from "./organisations.js";

/** What a volunteer says about themself: the requirements they meet, and their age if a role asks. */
export interface VolunteerDeclarations {
  foodHygiene: boolean;
  drivingLicence: boolean;
  introduction: boolean;
  age: number | null;
}

/**
 * A person who volunteers: one manage link for all their shifts, and a private calendar feed.
 * Coordinators mark declared requirements as verified.
 */
export const volunteers = sqliteTable(
  "volunteers",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    locale: text("locale").notNull(),
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull(),
    declarations: text("declarations", { mode: "json" }).$type<VolunteerDeclarations>().notNull(),
    /** Requirement → when a coordinator verified it. */
    verified: text("verified", { mode: "json" }).$type<Record<string, number>>().notNull(),
    idempotencyKeyHash: text("idempotency_key_hash").notNull(),
    /** The sign-up's body, hashed: a retry with the key must send the same (null before 0006). */
    requestHash: text("request_hash"),
    manageTokenHash: text("manage_token_hash").notNull(),
    consentAt: integer("consent_at").notNull(),
    createdAt: integer("created_at").notNull(),
    erasedAt: integer("erased_at"),
  },
  (table) => [
    uniqueIndex("volunteers_organisation_id_idempotency_key_hash_idx").on(
      table.organisationId,
      table.idempotencyKeyHash,
    ),
    // Retention reads only volunteers that still hold a person.
    index("volunteers_organisation_id_unerased_idx")
      .on(table.organisationId)
      .where(sql`erased_at IS NULL`),
  ],
);
