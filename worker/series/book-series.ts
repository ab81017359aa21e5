import type { AdminQuestion, AnswerValue } from "../../schema/contracts/questions.js";
import {
  isCheckViolation,
  isNotNullViolation,
  isShortCodeCollision,
  isUniqueViolation,
} from "../booking/d1-errors.js";
import { signupOpenSql } from "../events/signup-window.js";
import { newId } from "../lib/crypto.js";
import type { ConfirmationQuota } from "../notifications/confirmation-quota.js";
import { enqueueConfirmation } from "../notifications/enqueue.js";
import { newShortCode } from "../notifications/short-code.js";
import { parseQuestions } from "../questions/question-queries.js";
import { deriveManageToken, hashManageToken } from "../registrations/manage-token.js";

/** A coming date of a series open for sign-up, with its first attendee time and its questions. */
export interface SeriesDate {
  eventId: string;
  startsAt: number;
  slotId: string;
  capacity: number;
  taken: number;
  questions: AdminQuestion[];
}

/** Questions come as SQLite wrote them: labels and choices still JSON text (`parseQuestions`). */
interface DateRow extends Omit<SeriesDate, "questions"> {
  questions: unknown[];
}

/**
 * The organisation's series that takes sign-ups for every date at once: whether it exists and
 * does, and its dates open for sign-up now (published, in their window), each with its first
 * attendee time and its questions — one query.
 */
export function seriesDatesStatement(
  db: D1Database,
  organisationSlug: string,
  seriesId: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `SELECT s.block_signup AS blockSignup,
              (SELECT json_group_array(json_object(
                  'eventId', d.id, 'startsAt', d.starts_at, 'slotId', d.slot_id,
                  'capacity', d.capacity, 'taken', d.taken,
                  'questions', (SELECT json_group_array(json_object(
                                   'id', q.id, 'kind', q.kind, 'label', q.label, 'choices', q.choices,
                                   'required', q.required, 'sensitive', q.sensitive,
                                   'audience', q.audience))
                                  FROM (SELECT * FROM event_questions WHERE event_id = d.id
                                         ORDER BY position, id) q)))
                 FROM (SELECT e.id, e.starts_at, t.id AS slot_id, t.capacity, t.taken
                         FROM events e
                         JOIN slots t ON t.id = (SELECT id FROM slots WHERE event_id = e.id
                                                  AND audience = 'attendee' ORDER BY starts_at, id LIMIT 1)
                        WHERE e.series_id = s.id AND ${signupOpenSql("e", "?3")}
                        ORDER BY e.starts_at, e.id) d) AS dates
         FROM event_series s
        WHERE s.id = ?1 AND s.organisation_id = (SELECT id FROM organisations WHERE slug = ?2)`,
    )
    .bind(seriesId, organisationSlug, now);
}

export function parseSeriesDates(row: { blockSignup: number; dates: string } | undefined) {
  if (!row) return null;
  const dates = (JSON.parse(row.dates) as DateRow[]).map((date) => ({
    ...date,
    questions: parseQuestions(date.questions),
  }));
  return { blockSignup: row.blockSignup === 1, dates };
}

/**
 * Answers keyed by the questions of any date of the series (the form shows one date's), as the
 * answers to the same questions — by their place on the form — of `date`.
 */
export function answersForDate(
  answers: Record<string, AnswerValue>,
  dates: SeriesDate[],
  date: SeriesDate,
): Record<string, AnswerValue> {
  const position = new Map<string, number>();
  for (const each of dates)
    each.questions.forEach((question, index) => position.set(question.id, index));
  const mapped: Record<string, AnswerValue> = {};
  for (const [id, value] of Object.entries(answers)) {
    const index = position.get(id);
    const question = index === undefined ? undefined : date.questions[index];
    // A question no date has is kept under its id: the check refuses it by name.
    mapped[question?.id ?? id] = value;
  }
  return mapped;
}

export interface SeriesBooking {
  organisationId: string;
  dates: SeriesDate[];
  /** Checked answers per date, by that date's question ids. */
  answers: Map<string, Record<string, AnswerValue>>;
  person: {
    adults: number;
    children: number;
    name: string;
    email: string | null;
    phone: string | null;
    locale: string;
    interpreterLanguage: string | null;
    accessibilityNeeds: string | null;
    dietaryNeeds: string | null;
  };
  idempotencyKeyHash: string;
  requestHash: string;
  secret: string;
  confirmationQuota: ConfirmationQuota | null;
  now: number;
}

export type SeriesOutcome =
  | {
      kind: "booked";
      registrations: { id: string; eventId: string; startsAt: number; shortCode: string }[];
    }
  /** A date filled up meanwhile: nothing was booked. */
  | { kind: "full" }
  /** A date stopped taking sign-ups meanwhile: nothing was booked. */
  | { kind: "closed" }
  /** The idempotency key was used before: the caller replays or refuses. */
  | { kind: "duplicate" };

/** The idempotency key of the n-th date's registration: the first date's is the request's own. */
export const dateKeyHash = (keyHash: string, index: number) =>
  index === 0 ? keyHash : `${keyHash}:${index}`;

/**
 * Books the party on every date in one batch, all or nothing, confirmed places only (a block
 * does not wait). Each date's insert names its status only while its event is still published and
 * open (else NULL, which fails NOT NULL and rolls the batch back: `closed`), and each place taken
 * passes the slot's CHECK or rolls everything back (`full`). One message confirms them all.
 */
export async function bookSeries(db: D1Database, booking: SeriesBooking): Promise<SeriesOutcome> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await attemptSeries(db, booking);
    } catch (error) {
      // One in a billion per pair: draw other door codes, a few times at most.
      if (isShortCodeCollision(error) && attempt < 3) continue;
      throw error;
    }
  }
}

async function attemptSeries(db: D1Database, booking: SeriesBooking): Promise<SeriesOutcome> {
  const { person, now } = booking;
  const party = person.adults + person.children;
  const registrations = booking.dates.map((date) => ({
    id: newId("reg"),
    eventId: date.eventId,
    startsAt: date.startsAt,
    slotId: date.slotId,
    shortCode: newShortCode(),
  }));
  const statements: D1PreparedStatement[] = [];
  for (const [index, registration] of registrations.entries()) {
    const token = await deriveManageToken(booking.secret, registration.id);
    statements.push(
      db
        .prepare(
          `INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, children,
              name, email, phone, locale, interpreter_language, accessibility_needs, dietary_needs,
              consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at,
              consent_source, short_code)
           VALUES (?1, ?2, ?3, ?4,
                   CASE WHEN EXISTS (SELECT 1 FROM events e WHERE e.id = ?3 AND e.organisation_id = ?2
                                        AND ${signupOpenSql("e", "?15")}) THEN 'confirmed' END,
                   ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?15, ?16, ?17, ?14, ?15, ?15, 'online', ?18)`,
        )
        .bind(
          registration.id,
          booking.organisationId,
          registration.eventId,
          registration.slotId,
          person.adults,
          person.children,
          person.name,
          person.email,
          person.phone,
          person.locale,
          person.interpreterLanguage,
          person.accessibilityNeeds,
          person.dietaryNeeds,
          await hashManageToken(token),
          now,
          dateKeyHash(booking.idempotencyKeyHash, index),
          booking.requestHash,
          registration.shortCode,
        ),
      db
        .prepare(`UPDATE slots SET taken = taken + ?1 WHERE id = ?2`)
        .bind(party, registration.slotId),
    );
    const answers = booking.answers.get(registration.eventId) ?? {};
    if (Object.keys(answers).length > 0) {
      statements.push(
        db
          .prepare(
            `INSERT INTO registration_answers (registration_id, question_id, value)
             SELECT ?1, key, CASE type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false'
                                       ELSE json_quote(value) END
               FROM json_each(?2)`,
          )
          .bind(registration.id, JSON.stringify(answers)),
      );
    }
  }
  statements.push(
    ...enqueueConfirmation(
      db,
      {
        kind: "confirmed",
        registrationId: registrations[0]!.id,
        now,
        payload: {
          seriesRegistrations: registrations.slice(1).map(({ id, startsAt }) => ({ id, startsAt })),
        },
      },
      booking.confirmationQuota,
    ),
  );
  try {
    await db.batch(statements);
  } catch (error) {
    if (isNotNullViolation(error, "registrations.status")) return { kind: "closed" };
    if (isCheckViolation(error)) return { kind: "full" };
    if (isUniqueViolation(error) && !isShortCodeCollision(error)) return { kind: "duplicate" };
    throw error;
  }
  return { kind: "booked", registrations };
}
