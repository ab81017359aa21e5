import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { RepeatRule } from "../contracts/series.js";
import { organisations } from "./organisations.js";

/**
 * Events that repeat. The rule (`RepeatRule`: an RRULE subset) made the dates once; each date is
 * an ordinary event pointing here (`events.series_id`) with its own places and roster, so the
 * booking engine knows nothing of series. `block_signup`: people may take every coming date at once.
 */
export const eventSeries = sqliteTable("event_series", {
  id: text("id").primaryKey(),
  organisationId: text("organisation_id")
    .notNull()
    .references(() => organisations.id),
  rule: text("rule", { mode: "json" }).$type<RepeatRule>().notNull(),
  blockSignup: integer("block_signup", { mode: "boolean" }).notNull().default(false),
  /** How many dates it has: fixed when they are made (a cancelled date still counts). */
  dateCount: integer("date_count").notNull().default(0),
  createdAt: integer("created_at").notNull(),
});
