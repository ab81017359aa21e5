import { promoteWaitlist } from "../booking/promote-waitlist.js";
import { renumberSeriesDates } from "../series/series-positions.js";
import { newId } from "../lib/crypto.js";
import { enqueueForRegistrations } from "../notifications/enqueue.js";
import { reminderTime } from "../notifications/reminder-time.js";
import type { AdminEventRow } from "./admin-event-queries.js";
import { auditStatement } from "../organisers/audit-log.js";
import type { ValidEventInput } from "./event-columns.js";
import {
  emptyToNull,
  eventValues,
  hostStop,
  json,
  ms,
  msOrNull,
  shiftRole,
} from "./event-columns.js";

/** A new slot of the event, written only where `guard` holds (`"1"` for a new event). */
function insertSlot(
  db: D1Database,
  slot: ValidEventInput["slots"][number],
  ids: { slotId: string; eventId: string; organisationId: string },
  guard: string,
  guardBinds: unknown[],
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO slots (id, organisation_id, event_id, label, starts_at, ends_at, audience, capacity,
                          taken, waitlist_capacity, waitlist_taken, stop_id, role_id, minimum)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 0, ?9, 0, ?10, ?11, ?12 WHERE ${guard}`,
    )
    .bind(
      ids.slotId,
      ids.organisationId,
      ids.eventId,
      json(slot.label),
      ms(slot.startsAt),
      ms(slot.endsAt),
      slot.audience,
      slot.capacity,
      slot.waitlistCapacity,
      hostStop(slot),
      shiftRole(slot),
      slot.minimum,
      ...guardBinds,
    );
}

/** Creates a draft event with its slots, and its audit entry, in one batch. Returns its id. */
export async function createEvent(
  db: D1Database,
  organisationId: string,
  input: ValidEventInput,
  userId: string,
  now: number,
): Promise<string> {
  const eventId = newId("evt");
  await db.batch([
    db
      .prepare(
        `INSERT INTO events (id, organisation_id, status, kind, title, summary, description, venue_name,
            venue_address, region, online_url, starts_at, ends_at, time_zone, signup_opens_at,
            signup_closes_at, languages, interpretation, accessibility_notes, version, created_at, updated_at,
            reminder_at, feedback_url, cook_deadline, what_to_bring, day_contact, waitlist_offer_hours)
         VALUES (?1, ?18, 'draft', ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, 1, ?19, ?19, ?20, ?21, ?22, ?23, ?24, ?25)`,
      )
      .bind(
        eventId,
        ...eventValues(input),
        organisationId,
        now,
        reminderTime(ms(input.startsAt), input.timeZone),
        emptyToNull(input.feedbackUrl),
        msOrNull(input.cookDeadline),
        json(input.whatToBring),
        emptyToNull(input.dayContact),
        input.waitlistOfferHours,
      ),
    ...input.slots.map((slot) =>
      insertSlot(db, slot, { slotId: newId("slt"), eventId, organisationId }, "1", []),
    ),
    auditStatement(db, {
      organisationId,
      userId,
      action: "event.created",
      targetType: "event",
      targetId: eventId,
      now,
    }),
  ]);
  return eventId;
}

/**
 * Saves an edited event in one batch, only if nobody saved since `input.version`: the first
 * statement bumps the version and sets a random edit marker, and every other statement applies
 * only where that marker is set. Raised capacities promote from the waitlist in the same batch.
 * Returns false on a version conflict (nothing was written).
 */
export async function updateEvent(
  db: D1Database,
  organisationId: string,
  existing: AdminEventRow,
  input: ValidEventInput & { version: number },
  userId: string,
  now: number,
): Promise<boolean> {
  const results = await db.batch([
    ...updateEventStatements(db, organisationId, existing, input, userId, now, newId("edit")),
    // A date of a series may have moved past another: its number among them follows.
    ...(existing.series ? [renumberSeriesDates(db, existing.series.id)] : []),
  ]);
  return (results[0]!.meta.changes ?? 0) > 0;
}

/**
 * `updateEvent`'s batch as statements, for a caller that saves several events at once (the dates
 * of a series): its first statement is the guarded update, and `marker` may be shared — each
 * statement's guard names its own event too.
 */
export function updateEventStatements(
  db: D1Database,
  organisationId: string,
  existing: AdminEventRow,
  input: ValidEventInput & { version: number },
  userId: string,
  now: number,
  marker: string,
  /** `raised`: promote only where the save adds places (a series' other dates: fewer statements). */
  promote: "kept" | "raised" = "kept",
): D1PreparedStatement[] {
  const guard = `EXISTS (SELECT 1 FROM events WHERE id = ? AND edit_marker = ?)`;
  const guardBinds = [existing.id, marker];
  const kept = new Set(input.slots.flatMap((slot) => (slot.id ? [slot.id] : [])));
  const moved = timeOrPlaceChanged(existing, input);
  return [
    db
      .prepare(
        `UPDATE events
            SET kind = ?2, title = ?3, summary = ?4, description = ?5, venue_name = ?6,
                venue_address = ?7, region = ?8, online_url = ?9, starts_at = ?10, ends_at = ?11,
                time_zone = ?12, signup_opens_at = ?13, signup_closes_at = ?14, languages = ?15,
                interpretation = ?16, accessibility_notes = ?17, version = version + 1,
                edit_marker = ?18, updated_at = ?19, reminder_at = ?22, feedback_url = ?24, cook_deadline = ?25,
                what_to_bring = ?26, day_contact = ?27, waitlist_offer_hours = ?28, calendar_sequence = calendar_sequence + ?23,
                -- A new time: the cron's reminder and thank-you jobs read this event again.
                reminders_queued_at = CASE WHEN reminder_at IS ?22 THEN reminders_queued_at END,
                thank_yous_queued_at = CASE WHEN ends_at IS ?11 THEN thank_yous_queued_at END
          WHERE id = ?1 AND organisation_id = ?20 AND version = ?21`,
      )
      .bind(
        existing.id,
        ...eventValues(input),
        marker,
        now,
        organisationId,
        input.version,
        reminderTime(ms(input.startsAt), input.timeZone),
        moved ? 1 : 0,
        emptyToNull(input.feedbackUrl),
        msOrNull(input.cookDeadline),
        json(input.whatToBring),
        emptyToNull(input.dayContact),
        input.waitlistOfferHours,
      ),
    ...(moved ? eventChangedStatements(db, existing, guard, guardBinds, now) : []),
    ...input.slots.map((slot) =>
      slot.id === undefined
        ? insertSlot(
            db,
            slot,
            { slotId: newId("slt"), eventId: existing.id, organisationId },
            guard,
            guardBinds,
          )
        : db
            .prepare(
              `UPDATE slots SET label = ?, starts_at = ?, ends_at = ?, capacity = ?, waitlist_capacity = ?,
                                audience = ?, stop_id = ?, role_id = ?, minimum = ?
                WHERE id = ? AND event_id = ? AND ${guard}`,
            )
            .bind(
              json(slot.label),
              ms(slot.startsAt),
              ms(slot.endsAt),
              slot.capacity,
              slot.waitlistCapacity,
              slot.audience,
              hostStop(slot),
              shiftRole(slot),
              slot.minimum,
              slot.id,
              existing.id,
              ...guardBinds,
            ),
    ),
    ...existing.slots
      .filter((slot) => !kept.has(slot.id))
      .map((slot) =>
        db
          .prepare(
            `DELETE FROM slots WHERE id = ? AND event_id = ?
                AND NOT EXISTS (SELECT 1 FROM registrations WHERE slot_id = ?) AND ${guard}`,
          )
          .bind(slot.id, existing.id, slot.id, ...guardBinds),
      ),
    ...[...kept]
      .filter((slotId) => promote === "kept" || placesRaised(existing, input, slotId))
      .flatMap((slotId) => promoteWaitlist(db, slotId, newId("promo"), now)),
    db
      .prepare(
        `INSERT INTO audit_log (id, organisation_id, user_id, action, target_type, target_id, created_at)
         SELECT ?, ?, ?, 'event.updated', 'event', ?, ? WHERE ${guard}`,
      )
      .bind(newId("aud"), organisationId, userId, existing.id, now, ...guardBinds),
  ];
}

/** Whether the save gives the slot more places or a longer waitlist than it had. */
function placesRaised(existing: AdminEventRow, input: ValidEventInput, slotId: string): boolean {
  const before = existing.slots.find((slot) => slot.id === slotId);
  const after = input.slots.find((slot) => slot.id === slotId);
  return (
    !before ||
    !after ||
    after.capacity > before.capacity ||
    after.waitlistCapacity > before.waitlistCapacity
  );
}

/** People care about when and where: a change to either is worth a message and a new calendar file. */
function timeOrPlaceChanged(existing: AdminEventRow, input: ValidEventInput): boolean {
  return (
    existing.startsAt !== ms(input.startsAt) ||
    existing.endsAt !== ms(input.endsAt) ||
    existing.venueName !== emptyToNull(input.venueName) ||
    existing.venueAddress !== emptyToNull(input.venueAddress) ||
    existing.onlineUrl !== emptyToNull(input.onlineUrl)
  );
}

/** Tells everyone signed up what changed, and lets the reminder go out again for the new date. */
function eventChangedStatements(
  db: D1Database,
  existing: AdminEventRow,
  guard: string,
  guardBinds: unknown[],
  now: number,
): D1PreparedStatement[] {
  const venue = [existing.venueName, existing.venueAddress].filter(Boolean).join(", ") || null;
  return [
    enqueueForRegistrations(db, {
      kind: "event_changed",
      where: `event_id = ? AND status IN ('confirmed', 'offered', 'waitlisted') AND ${guard}`,
      binds: [existing.id, ...guardBinds],
      payload: { previous: { startsAt: existing.startsAt, endsAt: existing.endsAt, venue } },
      now,
    }),
    db
      .prepare(`UPDATE registrations SET reminder_queued_at = NULL WHERE event_id = ? AND ${guard}`)
      .bind(existing.id, ...guardBinds),
  ];
}
