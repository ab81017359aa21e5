import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { events } from "./events.js";
import { organisations } from "./organisations.js";

/** A place at the festival with what it has; an optional grid position for a simple plan. */
export const stalls = sqliteTable(
  "stalls",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    power: integer("power", { mode: "boolean" }).notNull().default(false),
    water: integer("water", { mode: "boolean" }).notNull().default(false),
    covered: integer("covered", { mode: "boolean" }).notNull().default(false),
    planX: integer("plan_x"),
    planY: integer("plan_y"),
  },
  (table) => [index("stalls_event_id_idx").on(table.eventId)],
);
