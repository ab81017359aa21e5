import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import type { LocaleText } from "../contracts/locale-text.js";
import { eventSeries } from "./event-series.js";
import { organisations } from "./organisations.js";

export const eventKinds = ["meetup", "course", "visit", "festival"] as const;
export const eventStatuses = ["draft", "published", "cancelled"] as const;

/** Something people sign up for. Capacity lives in its slots. */
export const events = sqliteTable(
  "events",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    kind: text("kind", { enum: eventKinds }).notNull(),
    status: text("status", { enum: eventStatuses }).notNull().default("draft"),
    title: text("title", { mode: "json" }).$type<LocaleText>().notNull(),
    summary: text("summary", { mode: "json" }).$type<LocaleText>().notNull(),
    description: text("description", { mode: "json" }).$type<LocaleText>().notNull(),
    venueName: text("venue_name"),
    venueAddress: text("venue_address"),
    region: text("region"),
    onlineUrl: text("online_url"),
    startsAt: integer("starts_at").notNull(),
    endsAt: integer("ends_at").notNull(),
    timeZone: text("time_zone").notNull(),
    signupOpensAt: integer("signup_opens_at"),
    signupClosesAt: integer("signup_closes_at"),
    languages: text("languages", { mode: "json" }).$type<string[]>().notNull(),
    interpretation: text("interpretation", { mode: "json" }).$type<string[]>().notNull(),
    accessibilityNotes: text("accessibility_notes", { mode: "json" }).$type<LocaleText>().notNull(),
    /** When the day-before reminder goes out: set from the start time in the event's time zone. */
    reminderAt: integer("reminder_at"),
    /** Festivals: cooks can apply and edit their application until then. */
    cookDeadline: integer("cook_deadline"),
    /** Where the thank-you message after the event sends people for feedback, if anywhere. */
    feedbackUrl: text("feedback_url"),
    /**
     * When a place frees up: null gives it straight to the next party on the waitlist; a number
     * of hours offers it to them instead, held that long (less close to the start).
     */
    waitlistOfferHours: integer("waitlist_offer_hours"),
    /** What people should bring, per language: in confirmations and reminders. */
    whatToBring: text("what_to_bring", { mode: "json" })
      .$type<LocaleText>()
      .notNull()
      .default(sql`'{}'`),
    /** Who to call on the day (a name and a phone number), in confirmations and reminders. */
    dayContact: text("day_contact"),
    /** Bumped when the time or place changes, as the calendar files' SEQUENCE. */
    calendarSequence: integer("calendar_sequence").notNull().default(0),
    /** What organisers told participants when they cancelled the event, per language. */
    cancellationMessage: text("cancellation_message", { mode: "json" }).$type<LocaleText>(),
    /** Bumped on every change, so a second organiser's stale save is refused. */
    version: integer("version").notNull().default(1),
    /**
     * Random per save: the save's batch sets it when the version matched, and every other
     * statement of that batch applies only where it is set (D1 has no interactive transactions).
     */
    editMarker: text("edit_marker"),
    /**
     * The cron queued this event's reminders (or found none to queue): it stops reading the
     * event. Cleared when the event's time changes, so the new reminder time is honoured.
     */
    remindersQueuedAt: integer("reminders_queued_at"),
    /** The cron queued this event's thank-yous (or its week for them is over). */
    thankYousQueuedAt: integer("thank_yous_queued_at"),
    /**
     * Retention erased everyone this event held: retention stops reading it. A trigger clears it
     * if a person is added to the event afterwards (migration 0013).
     */
    peopleErasedAt: integer("people_erased_at"),
    /** The series this event is one date of (null: a one-off event). */
    seriesId: text("series_id").references(() => eventSeries.id),
    /**
     * Its number among the series' dates by start (1 = first), kept by every write that makes or
     * moves dates, so a list reads it instead of counting the series on every read.
     */
    seriesPosition: integer("series_position"),
    /**
     * Whether the networks its organisation joined list it: null follows the organisation's
     * choice for each network (`network_members.list_by_default`).
     */
    networkListing: text("network_listing", { enum: ["listed", "unlisted"] }),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [
    // The cron's due-queries read only events still waiting for that job (partial indexes), so an
    // idle run reads next to nothing however many past events the database holds.
    index("events_reminders_due_idx")
      .on(table.reminderAt)
      .where(sql`reminders_queued_at IS NULL`),
    index("events_thank_yous_due_idx")
      .on(table.endsAt)
      .where(sql`thank_yous_queued_at IS NULL`),
    index("events_retention_due_idx")
      .on(table.organisationId, table.endsAt)
      .where(sql`people_erased_at IS NULL`),
    // Lists of coming events: a range of those not ended yet, however many have ended before.
    index("events_organisation_id_status_ends_at_idx").on(
      table.organisationId,
      table.status,
      table.endsAt,
    ),
    // The organisers' lists (drafts included): coming ones, or past ones latest first.
    index("events_organisation_id_ends_at_idx").on(table.organisationId, table.endsAt),
    // The dates of a series in order: edits of "this and following", the series' list.
    index("events_series_id_starts_at_idx")
      .on(table.seriesId, table.startsAt)
      .where(sql`series_id IS NOT NULL`),
    index("events_organisation_id_status_starts_at_idx").on(
      table.organisationId,
      table.status,
      table.startsAt,
    ),
  ],
);
