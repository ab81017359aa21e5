import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { LocaleText } from "../contracts/locale-text.js";
import { events } from "./events.js";
import { organisations } from "./organisations.js";

/**
 * The unit of capacity. `taken` and `waitlistTaken` are stored counters guarded by CHECKs, so a
 * booking batch that would overfill a slot fails as a whole inside SQLite.
 */
export const slots = sqliteTable(
  "slots",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    label: text("label", { mode: "json" }).$type<LocaleText>().notNull(),
    startsAt: integer("starts_at").notNull(),
    endsAt: integer("ends_at").notNull(),
    /** attendee (events), visitor, host or interpreter (visits); later volunteer roles. */
    audience: text("audience").notNull().default("attendee"),
    /** For host places: the itinerary stop they host. */
    stopId: text("stop_id"),
    /** Volunteer shifts: the role, and how many are needed at least ("at least 2, ideally 4"). */
    roleId: text("role_id"),
    minimum: integer("minimum").notNull().default(0),
    capacity: integer("capacity").notNull(),
    taken: integer("taken").notNull().default(0),
    waitlistCapacity: integer("waitlist_capacity").notNull().default(0),
    waitlistTaken: integer("waitlist_taken").notNull().default(0),
    /**
     * Of `taken`: places held for parties offered them from the waitlist, not yet accepted.
     * Guarded like a CHECK (0 ≤ held ≤ taken) by the trigger `slots_held_check` (migration
     * 0018): SQLite cannot add a CHECK to a table without rebuilding it.
     */
    held: integer("held").notNull().default(0),
  },
  (table) => [
    index("slots_event_id_idx").on(table.eventId),
    check("slots_taken_check", sql`${table.taken} >= 0 AND ${table.taken} <= ${table.capacity}`),
    check(
      "slots_waitlist_taken_check",
      sql`${table.waitlistTaken} >= 0 AND ${table.waitlistTaken} <= ${table.waitlistCapacity}`,
    ),
    check("slots_capacity_check", sql`${table.capacity} >= 0 AND ${table.waitlistCapacity} >= 0`),
  ],
);
