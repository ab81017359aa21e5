import { sql } from "drizzle-orm";
import { check, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Confirmation emails queued per recipient and day, so a form cannot turn the organisation's
 * domain into a relay: past the daily cap the sign-up still succeeds, the email is not queued.
 * Addresses are kept only as a keyed hash, and rows are deleted once their day is over.
 */
export const confirmationCounts = sqliteTable(
  "confirmation_counts",
  {
    /** HMAC-SHA256 of the normalised address, keyed with the worker's secret. */
    recipientHash: text("recipient_hash").notNull(),
    /** Days since 1970-01-01 in UTC. */
    day: integer("day").notNull(),
    queued: integer("queued").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.recipientHash, table.day] }),
    check("confirmation_counts_queued_check", sql`${table.queued} >= 0`),
  ],
);
