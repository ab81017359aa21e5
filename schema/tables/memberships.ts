import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations } from "./organisations.js";
import { users } from "./users.js";

export const roles = ["owner", "organiser", "coordinator"] as const;

/** Who may act for which organisation, and how. */
export const memberships = sqliteTable(
  "memberships",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    role: text("role", { enum: roles }).notNull(),
    /** Opt-in: a daily email of new sign-ups for this organisation's events. */
    digestOptIn: integer("digest_opt_in", { mode: "boolean" }).notNull().default(false),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.userId, table.organisationId] }),
    index("memberships_organisation_id_idx").on(table.organisationId),
  ],
);
