import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { LocaleText } from "../contracts/locale-text.js";
import { questionKinds } from "../contracts/questions.js";
import { events } from "./events.js";
import { organisations } from "./organisations.js";
import { registrations } from "./registrations.js";

/**
 * An organiser's own question on an event's sign-up form, in the event's languages. `sensitive`
 * answers are never in emails nor (unless asked for, audited) in the spreadsheet; every answer is
 * erased with its person. `audience` limits it to one kind of place (null: everyone).
 */
export const eventQuestions = sqliteTable(
  "event_questions",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    position: integer("position").notNull(),
    kind: text("kind", { enum: questionKinds }).notNull(),
    label: text("label", { mode: "json" }).$type<LocaleText>().notNull(),
    /** One choice and several choices: `[{ id, label }]`, in order; null for other kinds. */
    choices: text("choices", { mode: "json" }).$type<{ id: string; label: LocaleText }[]>(),
    required: integer("required", { mode: "boolean" }).notNull().default(false),
    sensitive: integer("sensitive", { mode: "boolean" }).notNull().default(false),
    audience: text("audience"),
  },
  (table) => [index("event_questions_event_id_position_idx").on(table.eventId, table.position)],
);

/** A person's answer to one question, as JSON (text, choice ids, yes/no or a number). */
export const registrationAnswers = sqliteTable(
  "registration_answers",
  {
    registrationId: text("registration_id")
      .notNull()
      .references(() => registrations.id),
    questionId: text("question_id").notNull(),
    value: text("value").notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.registrationId, table.questionId] }),
    check("registration_answers_value_check", sql`json_valid(${table.value})`),
  ],
);
