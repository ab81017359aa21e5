import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { events } from "./events.js";
import { organisations } from "./organisations.js";

/** Where the bus picks groups up (several accommodation centres may share one bus). */
export const pickupPoints = sqliteTable(
  "pickup_points",
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
    address: text("address"),
    departsAt: integer("departs_at").notNull(),
  },
  (table) => [index("pickup_points_event_id_position_idx").on(table.eventId, table.position)],
);
