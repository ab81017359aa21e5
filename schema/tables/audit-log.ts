import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations } from "./organisations.js";
import { users } from "./users.js";

/**
 * Who did what to which record. Ids and action names only: never personal data (no names,
 * emails or needs of participants), so the log itself needs no erasing.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    userId: text("user_id").references(() => users.id),
    action: text("action").notNull(),
    targetType: text("target_type").notNull(),
    targetId: text("target_id").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    index("audit_log_organisation_id_created_at_idx").on(table.organisationId, table.createdAt),
  ],
);
