import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { events } from "./events.js";
import { organisations } from "./organisations.js";
import { slots } from "./slots.js";

/**
 * `offered`: a place freed up and is held for this party (counted in the slot's `taken` and
 * `held`) until `offerExpiresAt`; they accept (→ confirmed) or decline or let it pass
 * (→ cancelled), and the next party is offered it. Only for events with waitlist offers.
 */
export const registrationStatuses = ["confirmed", "waitlisted", "offered", "cancelled"] as const;

/**
 * One sign-up: a person or a party on one slot. Needs are sensitive and never public. The
 * idempotency key and the manage token are stored only as hashes.
 */
export const registrations = sqliteTable(
  "registrations",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    eventId: text("event_id")
      .notNull()
      .references(() => events.id),
    slotId: text("slot_id")
      .notNull()
      .references(() => slots.id),
    status: text("status", { enum: registrationStatuses }).notNull(),
    adults: integer("adults").notNull(),
    children: integer("children").notNull().default(0),
    name: text("name").notNull(),
    email: text("email"),
    phone: text("phone"),
    locale: text("locale").notNull(),
    interpreterLanguage: text("interpreter_language"),
    /** Visits: the languages a group speaks, or an interpreter interprets between. */
    languages: text("languages", { mode: "json" }).$type<string[]>(),
    /** Visits: where a group boards the bus. */
    pickupPointId: text("pickup_point_id"),
    /** Visits: what a host offers the group (a tour, a meal, a talk). */
    offer: text("offer"),
    /** Visits: how many of the group need a wheelchair place on the bus and at the stops. */
    wheelchairPlaces: integer("wheelchair_places").notNull().default(0),
    accessibilityNeeds: text("accessibility_needs"),
    dietaryNeeds: text("dietary_needs"),
    consentAt: integer("consent_at").notNull(),
    /** `online`: ticked by the person; `in_person`: recorded by an organiser on their behalf. */
    consentSource: text("consent_source", { enum: ["online", "in_person"] })
      .notNull()
      .default("online"),
    /** The organiser who registered someone on their behalf. */
    createdBy: text("created_by"),
    /** Six characters to find a registration at the door, unique per event. */
    shortCode: text("short_code"),
    /** Set when the day-before reminder (or the after-event thank-you) was queued. */
    reminderQueuedAt: integer("reminder_queued_at"),
    thankYouQueuedAt: integer("thank_you_queued_at"),
    /** Set by the reminder's Confirm link. */
    attendanceConfirmedAt: integer("attendance_confirmed_at"),
    /** Volunteer shifts: whose shift it is. */
    volunteerId: text("volunteer_id"),
    /** Volunteer hours set by a coordinator instead of the computed ones, and why. */
    hoursOverrideMinutes: integer("hours_override_minutes"),
    hoursReason: text("hours_reason"),
    checkedInAt: integer("checked_in_at"),
    noShowAt: integer("no_show_at"),
    idempotencyKeyHash: text("idempotency_key_hash").notNull(),
    requestHash: text("request_hash").notNull(),
    manageTokenHash: text("manage_token_hash").notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    /** Raised by each change of the booking's time or party: its calendar entries' SEQUENCE. */
    calendarSequence: integer("calendar_sequence").notNull().default(0),
    cancelledAt: integer("cancelled_at"),
    erasedAt: integer("erased_at"),
    /** An offer of a freed place: until then it is held for this party (status `offered`). */
    offerExpiresAt: integer("offer_expires_at"),
    /** Marks the rows one cancellation batch promoted, so the batch can count their places. */
    promotionBatch: text("promotion_batch"),
  },
  (table) => [
    uniqueIndex("registrations_organisation_id_idempotency_key_hash_idx").on(
      table.organisationId,
      table.idempotencyKeyHash,
    ),
    index("registrations_slot_id_status_created_at_idx").on(
      table.slotId,
      table.status,
      table.createdAt,
    ),
    index("registrations_event_id_idx").on(table.eventId),
    // The roster's totals, counted from this index alone (never the rows).
    index("registrations_roster_totals_idx").on(
      table.eventId,
      table.status,
      table.adults,
      table.children,
      table.checkedInAt,
      table.interpreterLanguage,
    ),
    // The roster's confirmed and cancelled people, by name: a page reads only itself.
    index("registrations_event_id_status_name_idx").on(
      table.eventId,
      table.status,
      sql`name COLLATE NOCASE`,
      table.id,
    ),
    // Retention reads only rows that still hold a person.
    index("registrations_event_id_unerased_idx")
      .on(table.eventId)
      .where(sql`erased_at IS NULL`),
    index("registrations_volunteer_id_idx").on(table.volunteerId),
    // The daily digest asks whether anything happened in an organisation since yesterday.
    index("registrations_organisation_id_created_at_idx").on(table.organisationId, table.createdAt),
    // The cron queues the messages of the rows it has just marked: found by that mark. Partial,
    // so the rows not marked yet are found through their event, never through these.
    index("registrations_reminder_queued_at_idx")
      .on(table.reminderQueuedAt)
      .where(sql`reminder_queued_at IS NOT NULL`),
    index("registrations_thank_you_queued_at_idx")
      .on(table.thankYouQueuedAt)
      .where(sql`thank_you_queued_at IS NOT NULL`),
    uniqueIndex("registrations_event_id_short_code_idx").on(table.eventId, table.shortCode),
    index("registrations_promotion_batch_idx").on(table.promotionBatch),
    // The cron finds the offers that ran out, and only those.
    index("registrations_open_offers_idx")
      .on(table.offerExpiresAt)
      .where(sql`status = 'offered'`),
    check(
      "registrations_party_check",
      sql`${table.adults} >= 0 AND ${table.children} >= 0 AND ${table.adults} + ${table.children} >= 1`,
    ),
  ],
);
