import { signupOriginsJson } from "../networks/signup-origins.js";
import type { ManagedIntake } from "../../schema/contracts/mentoring.js";
import type { AnswerValue } from "../../schema/contracts/questions.js";
import { firstRow } from "../db/first-row.js";

/** A mentor's or learner's row, JSON read, as the intake and manage routes use it. */
export interface PersonRow extends Omit<ManagedIntake, "partners" | "season"> {
  organisationId: string;
  /** Websites that may send this person's changes: the organisation's and its networks'. */
  allowedOrigins: string[];
  manageTokenHash: string;
  requestHash: string;
  erasedAt: number | null;
}

const jsonColumns = [
  "languages",
  "availability",
  "modes",
  "interests",
  "wants",
  "answers",
  "allowedOrigins",
] as const;

const personColumns = `id, organisation_id AS organisationId, season_id AS seasonId, role, status,
  first_name AS firstName, email, locale, time_zone AS timeZone, languages, level, availability,
  modes, region, interests, interests_other AS interestsOther, gender, age, wants, capacity, answers,
  manage_token_hash AS manageTokenHash, request_hash AS requestHash, erased_at AS erasedAt,
  (SELECT ${signupOriginsJson("o")} FROM organisations o WHERE o.id = organisation_id) AS allowedOrigins`;

function parse(row: Record<string, unknown> | null): PersonRow | null {
  if (!row) return null;
  const parsed = { ...row };
  for (const column of jsonColumns) parsed[column] = JSON.parse(String(row[column]));
  return parsed as unknown as PersonRow;
}

export async function findPerson(db: D1Database, id: string): Promise<PersonRow | null> {
  return parse(
    await firstRow<Record<string, unknown>>(
      db.prepare(`SELECT ${personColumns} FROM mentoring_people WHERE id = ?1`).bind(id),
    ),
  );
}

export async function findPersonByKey(
  db: D1Database,
  seasonId: string,
  keyHash: string,
): Promise<PersonRow | null> {
  return parse(
    await firstRow<Record<string, unknown>>(
      db
        .prepare(
          `SELECT ${personColumns} FROM mentoring_people WHERE season_id = ?1 AND idempotency_key_hash = ?2`,
        )
        .bind(seasonId, keyHash),
    ),
  );
}

/** The intake's answers as stored (JSON for lists), in the column order of the statements below. */
export interface IntakeFields {
  firstName: string;
  locale: string;
  timeZone: string;
  languages: { code: string; fluency: string }[];
  level: string;
  availability: { day: string; part: string }[];
  modes: string[];
  region: string | null;
  interests: string[];
  interestsOther: string;
  gender: string | null;
  age: number | null;
  wants: { gender: string | null; ageMin: number | null; ageMax: number | null };
  capacity: number;
  /** Answers to the season's own questions, checked against them (`checkQuestionAnswers`). */
  answers: Record<string, AnswerValue>;
}

const fieldBinds = (fields: IntakeFields) => [
  fields.firstName,
  fields.locale,
  fields.timeZone,
  JSON.stringify(fields.languages),
  fields.level,
  JSON.stringify(fields.availability),
  JSON.stringify(fields.modes),
  fields.region,
  JSON.stringify(fields.interests),
  fields.interestsOther,
  fields.gender,
  fields.age,
  JSON.stringify(fields.wants),
  fields.capacity,
  JSON.stringify(fields.answers),
];

/**
 * A new mentor or learner — only while the season's intake is open (checked in the same
 * statement, so the deadline holds to the millisecond).
 */
export function insertPerson(
  db: D1Database,
  person: IntakeFields & {
    id: string;
    organisationId: string;
    seasonId: string;
    role: "mentor" | "learner";
    email: string;
    manageTokenHash: string;
    idempotencyKeyHash: string;
    requestHash: string;
    now: number;
  },
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO mentoring_people (first_name, locale, time_zone, languages, level, availability,
         modes, region, interests, interests_other, gender, age, wants, capacity, answers, id,
         organisation_id, season_id, role, email, manage_token_hash, idempotency_key_hash,
         request_hash, consent_at, created_at, updated_at)
       SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
              ?20, ?21, ?22, ?23, ?24, ?24, ?24
        WHERE EXISTS (SELECT 1 FROM mentoring_seasons WHERE id = ?18 AND organisation_id = ?17
                        AND intake_closes_at > ?24)`,
    )
    .bind(
      ...fieldBinds(person),
      person.id,
      person.organisationId,
      person.seasonId,
      person.role,
      person.email,
      person.manageTokenHash,
      person.idempotencyKeyHash,
      person.requestHash,
      person.now,
    );
}

/** Saves a person's changed answers (never after erasure). */
export function updatePerson(
  db: D1Database,
  id: string,
  fields: IntakeFields & { status: "active" | "paused" },
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE mentoring_people SET first_name = ?1, locale = ?2, time_zone = ?3, languages = ?4,
         level = ?5, availability = ?6, modes = ?7, region = ?8, interests = ?9, interests_other = ?10,
         gender = ?11, age = ?12, wants = ?13, capacity = ?14, answers = ?15, status = ?16,
         updated_at = ?17
        WHERE id = ?18 AND erased_at IS NULL AND status <> 'withdrawn'`,
    )
    .bind(...fieldBinds(fields), fields.status, now, id);
}

/**
 * Withdraws a person: out of every proposal, and out of a published pair (which ends). Their
 * answers stay until the season's retention erases them, or they erase them now.
 */
export function withdrawStatements(db: D1Database, id: string, now: number): D1PreparedStatement[] {
  return [
    db
      .prepare(`UPDATE mentoring_people SET status = 'withdrawn', updated_at = ?2 WHERE id = ?1`)
      .bind(id, now),
    db
      .prepare(
        `DELETE FROM mentoring_pairs WHERE state = 'proposed' AND (mentor_id = ?1 OR learner_id = ?1)`,
      )
      .bind(id),
    db
      .prepare(
        `UPDATE mentoring_pairs SET state = 'ended', ended_at = ?2
          WHERE state = 'published' AND (mentor_id = ?1 OR learner_id = ?1)`,
      )
      .bind(id, now),
  ];
}

/** Erases every personal field now (the row stays, counted in the season's report). */
export function erasePersonStatement(db: D1Database, id: string, now: number): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE mentoring_people SET status = 'withdrawn', first_name = '', email = NULL,
         languages = '[]', availability = '[]', region = NULL, interests = '[]', interests_other = '',
         gender = NULL, age = NULL, wants = '{"gender":null,"ageMin":null,"ageMax":null}',
         answers = '{}', erased_at = ?2, updated_at = ?2
        WHERE id = ?1 AND erased_at IS NULL`,
    )
    .bind(id, now);
}

export interface PartnerRow {
  pairId: string;
  firstName: string;
  modes: string;
  region: string | null;
  email: string | null;
  youShared: number;
  theyShared: number;
  contact: "relay" | "email";
}

/** The partners of a person's published pairs, with who agreed to share their address. */
export async function findPartners(db: D1Database, id: string): Promise<PartnerRow[]> {
  const { results } = await db
    .prepare(
      `SELECT p.id AS pairId, other.first_name AS firstName, other.modes AS modes,
              other.region AS region, other.email AS email, s.contact AS contact,
              (CASE WHEN p.mentor_id = ?1 THEN p.mentor_shares_at ELSE p.learner_shares_at END) IS NOT NULL AS youShared,
              (CASE WHEN p.mentor_id = ?1 THEN p.learner_shares_at ELSE p.mentor_shares_at END) IS NOT NULL AS theyShared
         FROM mentoring_pairs p
         JOIN mentoring_seasons s ON s.id = p.season_id
         JOIN mentoring_people other ON other.id = CASE WHEN p.mentor_id = ?1 THEN p.learner_id ELSE p.mentor_id END
        WHERE p.state = 'published' AND (p.mentor_id = ?1 OR p.learner_id = ?1)`,
    )
    .bind(id)
    .all<PartnerRow>();
  return results;
}

/** The person agrees to show their address to the partner of this published pair. */
export function shareContactStatement(
  db: D1Database,
  personId: string,
  pairId: string,
  now: number,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE mentoring_pairs
          SET mentor_shares_at = CASE WHEN mentor_id = ?1 THEN coalesce(mentor_shares_at, ?3) ELSE mentor_shares_at END,
              learner_shares_at = CASE WHEN learner_id = ?1 THEN coalesce(learner_shares_at, ?3) ELSE learner_shares_at END
        WHERE id = ?2 AND state = 'published' AND (mentor_id = ?1 OR learner_id = ?1)`,
    )
    .bind(personId, pairId, now);
}
