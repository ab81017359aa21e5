import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { LocaleText } from "../contracts/locale-text.js";
import { events } from "./events.js";
import { organisations } from "./organisations.js";

/** One stop of a host-community visit's itinerary, in order. Hosts sign up for a stop. */
export const visitStops = sqliteTable(
  "visit_stops",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    position: integer("position").notNull(),
    place: text("place", { mode: "json" }).$type<LocaleText>().notNull(),
    address: text("address"),
    arrivesAt: integer("arrives_at").notNull(),
    activity: text("activity", { mode: "json" }).$type<LocaleText>().notNull(),
    accessibility: text("accessibility", { mode: "json" }).$type<LocaleText>().notNull(),
  },
  (table) => [index("visit_stops_event_id_position_idx").on(table.eventId, table.position)],
);
