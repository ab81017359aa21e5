import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { cookApplications } from "./cook-applications.js";
import { events } from "./events.js";
import { organisations } from "./organisations.js";

/** Cost recovery per cook: ingredients bought for them, takings reported. A ledger, not a shop. */
export const ledgerEntries = sqliteTable(
  "ledger_entries",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    applicationId: text("application_id")
      .notNull()
      .references(() => cookApplications.id),
    kind: text("kind", { enum: ["ingredients", "takings"] }).notNull(),
    amountCents: integer("amount_cents").notNull(),
    note: text("note"),
    createdBy: text("created_by"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    index("ledger_entries_event_id_idx").on(table.eventId),
    check("ledger_entries_amount_check", sql`${table.amountCents} >= 0`),
  ],
);
