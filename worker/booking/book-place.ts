import { isSignupOrigin } from "../networks/signup-origins.js";
import { newShortCode } from "../notifications/short-code.js";
import type { VisitAnswers } from "../visits/visit-answers.js";
import type { ConfirmationQuota } from "../notifications/confirmation-quota.js";
import { enqueueConfirmation } from "../notifications/enqueue.js";
import { isCheckViolation, isShortCodeCollision, isUniqueViolation } from "./d1-errors.js";
import { waitlistPosition } from "./waitlist-position.js";
import { signupOpenSql } from "../events/signup-window.js";

/**
 * Whose event it is. An organiser's entry and a checked sign-up name the organisation by id; a
 * public sign-up's first try names it by slug and leaves every check to the batch itself — the
 * website it came from (`origin`; null for the worker's own pages), the sign-up window, an
 * ordinary (attendee) time of the event, the party against its places — so the common case is
 * one D1 round trip. When any check fails nothing is written and the outcome is `closed`.
 */
export type BookingOwner =
  { organisationId: string } | { organisationSlug: string; origin: string | null; party: number };

export interface BookingRequest {
  registrationId: string;
  owner: BookingOwner;
  eventId: string;
  slotId: string;
  adults: number;
  children: number;
  name: string;
  email: string | null;
  phone: string | null;
  locale: string;
  interpreterLanguage: string | null;
  accessibilityNeeds: string | null;
  dietaryNeeds: string | null;
  idempotencyKeyHash: string;
  requestHash: string;
  manageTokenHash: string;
  /** `in_person` when an organiser records the consent on the person's behalf. */
  consentSource: "online" | "in_person";
  createdBy: string | null;
  /** Visits: languages, pick-up point, host offer, wheelchair places. */
  visit: VisitAnswers;
  /** Answers to the event's own questions, checked (`checkAnswers`), by question id. */
  answers: Record<string, unknown>;
  now: number;
  /** The cap on confirmations to the address today; without one (organisers' entries), none. */
  confirmationQuota?: ConfirmationQuota | null;
}

export type BookingOutcome =
  | {
      kind: "booked";
      registrationId: string;
      status: "confirmed" | "waitlisted";
      position: number | null;
      shortCode: string | null;
    }
  /** The idempotency key was used before: the caller replays or refuses. */
  | { kind: "duplicate" }
  /** Neither the places nor the waitlist had room for the party. */
  | { kind: "full" }
  /** The event stopped taking sign-ups between the checks and the write. */
  | { kind: "closed" };

type Column = "taken" | "waitlist_taken";

/**
 * A party joins the waitlist only if it does not fit the free places at that moment: places a
 * cancellation freed between the two attempts are taken, not waited for (?4 slot, ?6 + ?7 party).
 */
const waitsOnlyIfNoRoom = `AND EXISTS (SELECT 1 FROM slots WHERE id = ?4 AND capacity - taken < ?6 + ?7)`;

/**
 * The insert's condition on whose event it is: ?2 is the organisation's id or slug, ?26 the
 * website and ?27 the party (?3 is the event, ?4 the slot, ?15 now).
 */
function ownerCheck(owner: BookingOwner): { sql: string; key: string; values: unknown[] } {
  if ("organisationId" in owner) {
    return { sql: "e.organisation_id = ?2", key: owner.organisationId, values: [] };
  }
  return {
    sql: `e.organisation_id = (SELECT o.id FROM organisations o WHERE o.slug = ?2
            AND (?26 IS NULL OR ${isSignupOrigin("o", "?26")}))
          AND ${signupOpenSql("e", "?15")}
          AND EXISTS (SELECT 1 FROM slots s WHERE s.id = ?4 AND s.event_id = e.id
                        AND s.audience = 'attendee' AND s.capacity >= ?27)
          -- Without answers, only an event that asks nothing required of attendees.
          AND NOT EXISTS (SELECT 1 FROM event_questions q WHERE q.event_id = e.id AND q.required = 1
                            AND (q.audience IS NULL OR q.audience = 'attendee'))`,
    key: owner.organisationSlug,
    values: [owner.origin, owner.party],
  };
}

/**
 * One atomic attempt: insert the registration and add the party to one of the slot's counters.
 * If the counter would pass its capacity the slot's CHECK fails and the whole batch rolls back.
 */
async function attempt(
  db: D1Database,
  request: BookingRequest,
  counter: Column,
  shortCode: string,
) {
  const status = counter === "taken" ? "confirmed" : "waitlisted";
  const party = request.adults + request.children;
  const owner = ownerCheck(request.owner);
  const results = await db.batch([
    db
      .prepare(
        `INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, children,
            name, email, phone, locale, interpreter_language, accessibility_needs, dietary_needs,
            consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at,
            consent_source, created_by, short_code, languages, pickup_point_id, offer, wheelchair_places)
         SELECT ?1, e.organisation_id, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18,
                ?15, ?15, ?19, ?20, ?21, ?22, ?23, ?24, ?25
           FROM events e
          WHERE e.id = ?3 AND e.status = 'published' AND ${owner.sql}
            AND (?23 IS NULL OR EXISTS (SELECT 1 FROM pickup_points WHERE id = ?23 AND event_id = ?3))
            ${counter === "waitlist_taken" ? waitsOnlyIfNoRoom : ""}`,
      )
      .bind(
        request.registrationId,
        owner.key,
        request.eventId,
        request.slotId,
        status,
        request.adults,
        request.children,
        request.name,
        request.email,
        request.phone,
        request.locale,
        request.interpreterLanguage,
        request.accessibilityNeeds,
        request.dietaryNeeds,
        request.now,
        request.idempotencyKeyHash,
        request.requestHash,
        request.manageTokenHash,
        request.consentSource,
        request.createdBy,
        shortCode,
        request.visit.languages === null ? null : JSON.stringify(request.visit.languages),
        request.visit.pickupPointId,
        request.visit.offer,
        request.visit.wheelchairPlaces,
        ...owner.values,
      ),
    db
      .prepare(
        `UPDATE slots SET ${counter} = ${counter} + ?1
          WHERE id = ?2 AND EXISTS (SELECT 1 FROM registrations WHERE id = ?3)`,
      )
      .bind(party, request.slotId, request.registrationId),
    // The answers to the event's own questions, with the registration, never without it.
    ...(Object.keys(request.answers).length > 0
      ? [
          db
            .prepare(
              `INSERT INTO registration_answers (registration_id, question_id, value)
               SELECT ?1, key, CASE type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
                                         ELSE json_quote(value) END
                 FROM json_each(?2)
                WHERE EXISTS (SELECT 1 FROM registrations WHERE id = ?1)`,
            )
            .bind(request.registrationId, JSON.stringify(request.answers)),
        ]
      : []),
    // The confirmation (or waitlist message) is queued with the registration, never without it.
    ...enqueueConfirmation(
      db,
      { kind: status, registrationId: request.registrationId, now: request.now },
      request.confirmationQuota ?? null,
    ),
    db
      .prepare(
        `SELECT r.status, r.short_code AS shortCode,
                ${waitlistPosition} AS position
           FROM registrations r WHERE r.id = ?1`,
      )
      .bind(request.registrationId),
  ]);
  return results.at(-1)!.results[0] as
    | { status: "confirmed" | "waitlisted"; position: number | null; shortCode: string | null }
    | undefined;
}

type Attempt = BookingOutcome | { kind: "no_room" } | { kind: "nothing_written" };

/** One attempt on one counter, with a fresh short code if the drawn one is taken. */
async function attemptOn(
  db: D1Database,
  request: BookingRequest,
  counter: Column,
): Promise<Attempt> {
  for (let codeAttempt = 0; ; codeAttempt++) {
    try {
      const row = await attempt(db, request, counter, newShortCode());
      if (!row) return { kind: "nothing_written" };
      return { kind: "booked", registrationId: request.registrationId, ...row };
    } catch (error) {
      // One in a billion per pair: draw another code, a few times at most.
      if (isShortCodeCollision(error) && codeAttempt < 3) continue;
      if (isUniqueViolation(error)) return { kind: "duplicate" };
      if (isCheckViolation(error)) return { kind: "no_room" };
      throw error;
    }
  }
}

/** Rounds of "places, else the waitlist" before giving up when places keep being freed. */
const maxRounds = 3;

/**
 * Books a party onto a slot: a confirmed place if it fits, else the waitlist if that has room.
 * Capacity is never read and then written in separate steps: each attempt is one D1 batch. If
 * places were freed between the two attempts the waitlist refuses the party and the places are
 * tried again, so nobody waits for a place that is free.
 */
export async function bookPlace(db: D1Database, request: BookingRequest): Promise<BookingOutcome> {
  for (let round = 0; round < maxRounds; round++) {
    const place = await attemptOn(db, request, "taken");
    if (place.kind === "nothing_written") return { kind: "closed" };
    if (place.kind !== "no_room") return place;
    const waiting = await attemptOn(db, request, "waitlist_taken");
    if (waiting.kind === "no_room") return { kind: "full" };
    if (waiting.kind !== "nothing_written") return waiting;
  }
  return { kind: "full" };
}
