import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations } from "./organisations.js";

export const messageKinds = [
  "confirmed",
  "waitlisted",
  "promoted",
  "offered",
  "offer_expired",
  "cancelled",
  "event_changed",
  "reminder",
  "thank_you",
  "digest",
  "cook_received",
  "cook_decision",
  "cook_stall",
  "shift_message",
  "mentoring_received",
  "mentoring_introduction",
  "mentoring_check_in",
  "mentoring_relay",
] as const;

export const outboxStatuses = ["pending", "sent", "failed", "skipped"] as const;

/**
 * Messages to send, written in the same batch as the change that causes them. The recipient's
 * address and words are read when the message is sent, so an erased person gets nothing.
 * `payload` holds only what the change knew (an organiser's message, a change summary).
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    kind: text("kind", { enum: messageKinds }).notNull(),
    registrationId: text("registration_id"),
    /** For messages to a festival cook. */
    applicationId: text("application_id"),
    /** For messages to a Language Friend mentor or learner. */
    mentoringPersonId: text("mentoring_person_id"),
    /** For organiser messages (the digest). */
    userId: text("user_id"),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: outboxStatuses }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    nextAttemptAt: integer("next_attempt_at").notNull(),
    /** A sender holds the row until then, so two deliveries never send it twice. */
    claimedUntil: integer("claimed_until"),
    lastError: text("last_error"),
    createdAt: integer("created_at").notNull(),
    sentAt: integer("sent_at"),
  },
  (table) => [
    index("outbox_status_next_attempt_at_idx").on(table.status, table.nextAttemptAt),
    // Whether an organiser already has today's digest: their digests only.
    index("outbox_digests_idx")
      .on(table.userId, table.organisationId, table.createdAt)
      .where(sql`kind = 'digest'`),
    // Housekeeping deletes delivered messages past three months without reading the others.
    index("outbox_status_created_at_idx").on(table.status, table.createdAt),
    index("outbox_organisation_id_status_idx").on(table.organisationId, table.status),
    index("outbox_registration_id_idx").on(table.registrationId),
    index("outbox_application_id_idx").on(table.applicationId),
    check("outbox_attempts_check", sql`${table.attempts} >= 0`),
  ],
);
