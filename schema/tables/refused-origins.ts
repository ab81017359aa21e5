import { integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { organisations } from "./organisations.js";

/**
 * Websites whose writes the worker refused because the organisation has not allowed them yet,
 * counted, so an organiser sees who tried to embed the forms and can allow them in one click.
 * Origins only (never a page, a person or an address); at most 50 per organisation.
 */
export const refusedOrigins = sqliteTable(
  "refused_origins",
  {
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    /** `scheme://host[:port]`, exactly as the browser sent it in `Origin`. */
    origin: text("origin").notNull(),
    attempts: integer("attempts").notNull(),
    firstSeenAt: integer("first_seen_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
  },
  (table) => [primaryKey({ columns: [table.organisationId, table.origin] })],
);
