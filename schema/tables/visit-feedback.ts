import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { events } from "./events.js";
import { organisations } from "./organisations.js";

/** After a visit: a five-point face scale and one optional comment, once per sign-up. */
export const visitFeedback = sqliteTable(
  "visit_feedback",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    registrationId: text("registration_id").notNull(),
    /** Which side answered: the visiting group or a host (interpreters too). */
    audience: text("audience").notNull(),
    score: integer("score").notNull(),
    comment: text("comment"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("visit_feedback_registration_id_idx").on(table.registrationId),
    index("visit_feedback_event_id_idx").on(table.eventId),
    // Retention reads only comments not yet erased.
    index("visit_feedback_event_id_commented_idx")
      .on(table.eventId)
      .where(sql`comment IS NOT NULL`),
    check("visit_feedback_score_check", sql`${table.score} BETWEEN 1 AND 5`),
  ],
);
