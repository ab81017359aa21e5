import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { LocaleText } from "../contracts/locale-text.js";
import { events } from "./events.js";
import { organisations } from "./organisations.js";

export const applicationStatuses = [
  "draft",
  "submitted",
  "approved",
  "waitlisted",
  "declined",
] as const;
export const hygieneTrainings = ["none", "planned", "done"] as const;

/** What a cook needs at the stall. */
export interface StallNeeds {
  power: boolean;
  water: boolean;
  table: boolean;
  equipment: boolean;
  helper: boolean;
}

/**
 * A cook's application to a food festival: a draft until submitted, editable with its manage
 * link until the festival's deadline. Cooks are people, not businesses: a display name is enough,
 * and the cuisine is optional (never "nationality"). Name and story are public only with consent.
 */
export const cookApplications = sqliteTable(
  "cook_applications",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    status: text("status", { enum: applicationStatuses }).notNull().default("draft"),
    displayName: text("display_name").notNull(),
    email: text("email"),
    phone: text("phone"),
    locale: text("locale").notNull(),
    cuisine: text("cuisine"),
    story: text("story"),
    stallNeeds: text("stall_needs", { mode: "json" }).$type<StallNeeds>().notNull(),
    hygiene: text("hygiene", { enum: hygieneTrainings }),
    hygieneExpiresAt: integer("hygiene_expires_at"),
    hygieneVerifiedAt: integer("hygiene_verified_at"),
    consentPublic: integer("consent_public", { mode: "boolean" }).notNull().default(false),
    consentAt: integer("consent_at").notNull(),
    /** Sent to the cook with a decision, in their language. */
    /** The words sent with the last decision, per language. */
    organiserMessage: text("organiser_message", { mode: "json" }).$type<LocaleText>(),
    /** Seen only by organisers. */
    organiserNote: text("organiser_note"),
    stallId: text("stall_id"),
    manageTokenHash: text("manage_token_hash").notNull(),
    /**
     * The `Idempotency-Key` the application was started with, hashed, and the hash of what was
     * sent with it: a retried first save (its answer lost) gets the same application back. Null
     * for applications started without one, and before keys were kept.
     */
    idempotencyKeyHash: text("idempotency_key_hash"),
    requestHash: text("request_hash"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    submittedAt: integer("submitted_at"),
    erasedAt: integer("erased_at"),
  },
  (table) => [
    index("cook_applications_event_id_status_idx").on(table.eventId, table.status),
    uniqueIndex("cook_applications_event_id_idempotency_key_hash_idx").on(
      table.eventId,
      table.idempotencyKeyHash,
    ),
    // Retention reads only applications that still hold a person.
    index("cook_applications_event_id_unerased_idx")
      .on(table.eventId)
      .where(sql`erased_at IS NULL`),
  ],
);
