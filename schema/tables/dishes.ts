import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { LocaleText } from "../contracts/locale-text.js";
import { cookApplications } from "./cook-applications.js";
import { events } from "./events.js";
import { organisations } from "./organisations.js";

/**
 * A dish a cook will serve. Name and description are in the cook's own words (their locale);
 * organisers add translations. `allergens` lists the EU's 14 allergens present; an empty list
 * counts only with `allergensNone` set: "none of these" is an answer, not a blank.
 */
export const dishes = sqliteTable(
  "dishes",
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
    position: integer("position").notNull(),
    name: text("name", { mode: "json" }).$type<LocaleText>().notNull(),
    description: text("description", { mode: "json" }).$type<LocaleText>().notNull(),
    /** In cents; null with `free` for "free / donation". */
    priceCents: integer("price_cents"),
    free: integer("free", { mode: "boolean" }).notNull().default(false),
    portions: integer("portions"),
    allergens: text("allergens", { mode: "json" }).$type<string[]>().notNull(),
    allergensNone: integer("allergens_none", { mode: "boolean" }).notNull().default(false),
    dietLabels: text("diet_labels", { mode: "json" }).$type<string[]>().notNull(),
  },
  (table) => [
    index("dishes_application_id_idx").on(table.applicationId),
    index("dishes_event_id_idx").on(table.eventId),
  ],
);
