import { signupOriginsJson } from "../networks/signup-origins.js";
import type { AnswerValue, QuestionKind } from "../../schema/contracts/questions.js";
import { firstRow } from "../db/first-row.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type { RegistrationStatus } from "../../schema/contracts/registrations.js";
import { waitlistPosition } from "../booking/waitlist-position.js";

/** What a sign-up needs to know about its event and slot before it books. */
export interface SignupTarget {
  eventStatus: "draft" | "published" | "cancelled";
  startsAt: number;
  signupOpensAt: number | null;
  signupClosesAt: number | null;
  slotId: string | null;
  capacity: number | null;
  audience: "attendee" | "visitor" | "host" | "interpreter" | null;
  /** Visits: how many pick-up points the visit has, and whether the chosen one is among them. */
  pickupPoints: number;
  pickupPointFound: number;
}

/**
 * The event and time a sign-up books, as a statement: within the organisation named by its id
 * or (read in one batch with the organisation itself) by its slug.
 */
export function signupTarget(
  db: D1Database,
  organisation: { id: string } | { slug: string },
  eventId: string,
  slotId: string,
  pickupPointId: string | null = null,
): D1PreparedStatement {
  const owner =
    "id" in organisation
      ? "e.organisation_id = ?1"
      : "e.organisation_id = (SELECT id FROM organisations WHERE slug = ?1)";
  return db
    .prepare(
      `SELECT e.status AS eventStatus, e.starts_at AS startsAt, e.signup_opens_at AS signupOpensAt,
              e.signup_closes_at AS signupClosesAt, s.id AS slotId, s.capacity, s.audience,
              (SELECT COUNT(*) FROM pickup_points p WHERE p.event_id = e.id) AS pickupPoints,
              EXISTS (SELECT 1 FROM pickup_points p WHERE p.event_id = e.id AND p.id = ?4) AS pickupPointFound
         FROM events e
         LEFT JOIN slots s ON s.id = ?3 AND s.event_id = e.id
                          AND s.audience IN ('attendee', 'visitor', 'host', 'interpreter')
        WHERE e.id = ?2 AND ${owner}`,
    )
    .bind(
      "id" in organisation ? organisation.id : organisation.slug,
      eventId,
      slotId,
      pickupPointId,
    );
}

export function findSignupTarget(
  db: D1Database,
  organisationId: string,
  eventId: string,
  slotId: string,
  pickupPointId: string | null = null,
): Promise<SignupTarget | null> {
  return firstRow<SignupTarget>(
    signupTarget(db, { id: organisationId }, eventId, slotId, pickupPointId),
  );
}

/** A registration found by its idempotency key, to replay the original answer. */
export interface IdempotentRegistration {
  id: string;
  status: RegistrationStatus;
  requestHash: string;
  position: number | null;
  shortCode: string | null;
}

export function findByIdempotencyKey(
  db: D1Database,
  organisationId: string,
  idempotencyKeyHash: string,
): Promise<IdempotentRegistration | null> {
  return firstRow<IdempotentRegistration>(
    db
      .prepare(
        `SELECT r.id, r.status, r.request_hash AS requestHash, r.short_code AS shortCode,
              ${waitlistPosition} AS position
         FROM registrations r
        WHERE r.organisation_id = ?1 AND r.idempotency_key_hash = ?2`,
      )
      .bind(organisationId, idempotencyKeyHash),
  );
}

/** A registration with everything its manage page shows, and the hash that authorises it. */
export interface ManagedRegistration {
  id: string;
  status: RegistrationStatus;
  position: number | null;
  shortCode: string | null;
  adults: number;
  children: number;
  name: string;
  email: string | null;
  phone: string | null;
  locale: string;
  interpreterLanguage: string | null;
  accessibilityNeeds: string | null;
  dietaryNeeds: string | null;
  languages: string[] | null;
  pickupPointId: string | null;
  pickupPointName: string | null;
  pickupPointDepartsAt: number | null;
  offer: string | null;
  wheelchairPlaces: number;
  attendanceConfirmedAt: number | null;
  checkedInAt: number | null;
  noShowAt: number | null;
  consentAt: number;
  createdAt: number;
  cancelledAt: number | null;
  erasedAt: number | null;
  /** While `offered`: until when the place is held. */
  offerExpiresAt: number | null;
  /** Answers to the event's own questions, with each question in every language. */
  answers: ManagedAnswer[];
  manageTokenHash: string;
  eventId: string;
  eventTitle: LocaleText;
  eventStartsAt: number;
  eventEndsAt: number;
  eventTimeZone: string;
  venueName: string | null;
  venueAddress: string | null;
  onlineUrl: string | null;
  slotId: string;
  slotLabel: LocaleText;
  slotStartsAt: number;
  slotEndsAt: number;
  organisationSlug: string;
  defaultLocale: string;
  allowedOrigins: string[];
}

export interface ManagedAnswer {
  questionId: string;
  label: LocaleText;
  kind: QuestionKind;
  value: AnswerValue;
  choices: { id: string; label: LocaleText }[] | null;
}

type ManagedRegistrationRow = Omit<
  ManagedRegistration,
  "eventTitle" | "slotLabel" | "allowedOrigins" | "languages" | "answers"
> & {
  eventTitle: string;
  slotLabel: string;
  allowedOrigins: string;
  languages: string | null;
  answers: string;
};

export async function findManagedRegistration(
  db: D1Database,
  registrationId: string,
): Promise<ManagedRegistration | null> {
  const row = await firstRow<ManagedRegistrationRow>(
    db
      .prepare(
        `SELECT r.id, r.status, r.short_code AS shortCode, r.adults, r.children, r.name, r.email, r.phone, r.locale,
              r.interpreter_language AS interpreterLanguage, r.accessibility_needs AS accessibilityNeeds,
              r.dietary_needs AS dietaryNeeds, r.languages, r.pickup_point_id AS pickupPointId,
              (SELECT p.name FROM pickup_points p WHERE p.id = r.pickup_point_id) AS pickupPointName,
              (SELECT p.departs_at FROM pickup_points p WHERE p.id = r.pickup_point_id) AS pickupPointDepartsAt,
              r.offer, r.wheelchair_places AS wheelchairPlaces,
              r.attendance_confirmed_at AS attendanceConfirmedAt, r.checked_in_at AS checkedInAt,
              r.no_show_at AS noShowAt, r.consent_at AS consentAt, r.created_at AS createdAt,
              r.cancelled_at AS cancelledAt, r.erased_at AS erasedAt,
              CASE WHEN r.status = 'offered' THEN r.offer_expires_at END AS offerExpiresAt,
              (SELECT json_group_array(json_object('questionId', x.id, 'label', json(x.label),
                        'kind', x.kind, 'value', json(x.value), 'choices', json(x.choices)))
                 FROM (SELECT q.id, q.label, q.kind, a.value, q.choices
                         FROM registration_answers a JOIN event_questions q ON q.id = a.question_id
                        WHERE a.registration_id = r.id ORDER BY q.position) AS x) AS answers,
              r.manage_token_hash AS manageTokenHash,
              ${waitlistPosition} AS position,
              e.id AS eventId, e.title AS eventTitle, e.starts_at AS eventStartsAt,
              e.ends_at AS eventEndsAt, e.time_zone AS eventTimeZone, e.venue_name AS venueName,
              e.venue_address AS venueAddress, e.online_url AS onlineUrl,
              s.id AS slotId, s.label AS slotLabel, s.starts_at AS slotStartsAt, s.ends_at AS slotEndsAt,
              o.slug AS organisationSlug, o.default_locale AS defaultLocale,
              ${signupOriginsJson("o")} AS allowedOrigins
         FROM registrations r
         JOIN events e ON e.id = r.event_id
         JOIN slots s ON s.id = r.slot_id
         JOIN organisations o ON o.id = r.organisation_id
        WHERE r.id = ?1`,
      )
      .bind(registrationId),
  );
  if (!row) return null;
  return {
    ...row,
    eventTitle: JSON.parse(row.eventTitle) as LocaleText,
    slotLabel: JSON.parse(row.slotLabel) as LocaleText,
    allowedOrigins: JSON.parse(row.allowedOrigins) as string[],
    languages: row.languages === null ? null : (JSON.parse(row.languages) as string[]),
    answers: JSON.parse(row.answers) as ManagedAnswer[],
  };
}

export function findAllowedOriginsOfRegistration(
  db: D1Database,
  registrationId: string,
): Promise<string[] | null> {
  return firstRow<{ origins: string }>(
    db
      .prepare(
        `SELECT ${signupOriginsJson("o")} AS origins FROM registrations r
         JOIN organisations o ON o.id = r.organisation_id WHERE r.id = ?1`,
      )
      .bind(registrationId),
  ).then((row) => (row ? (JSON.parse(row.origins) as string[]) : null));
}

/** The organisation a registration belongs to, for keying rate limits on its links. */
export function findRegistrationOrganisation(
  db: D1Database,
  registrationId: string,
): Promise<{ organisationId: string } | null> {
  return firstRow<{ organisationId: string }>(
    db
      .prepare(`SELECT organisation_id AS organisationId FROM registrations WHERE id = ?1`)
      .bind(registrationId),
  );
}
