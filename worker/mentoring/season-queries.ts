import type { LanguageLevel } from "../../schema/rules/mentoring/levels.js";
import type { MatchWeights, MeetingMode } from "../../schema/rules/mentoring/pair-fit.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type { SeasonQuestion } from "../../schema/contracts/mentoring-questions.js";
import { firstRow } from "../db/first-row.js";

/** A season as the worker reads it (times in epoch ms), with its organisation's essentials. */
export interface SeasonRow {
  id: string;
  organisationId: string;
  organisationSlug: string;
  organisationName: string;
  defaultLocale: string;
  retentionDays: number;
  name: LocaleText;
  practisedLanguage: string;
  startsOn: number;
  endsOn: number;
  intakeClosesAt: number;
  timeZone: string;
  modes: MeetingMode[];
  regions: string[];
  learnerLevelMin: LanguageLevel;
  learnerLevelMax: LanguageLevel;
  minSharedHours: number;
  maxLearnersPerMentor: number;
  weights: MatchWeights;
  contact: "relay" | "email";
  /** The season's own questions on the intake form, in order. */
  questions: SeasonQuestion[];
  pairingVersion: number;
  publishedAt: number | null;
  mentors: number;
  learners: number;
  pairs: number;
}

const jsonColumns = ["name", "modes", "regions", "weights", "questions"] as const;

const seasonColumns = `s.id, s.organisation_id AS organisationId, o.slug AS organisationSlug,
  o.name AS organisationName, o.default_locale AS defaultLocale, o.retention_days AS retentionDays,
  s.name, s.practised_language AS practisedLanguage, s.starts_on AS startsOn, s.ends_on AS endsOn,
  s.intake_closes_at AS intakeClosesAt, s.time_zone AS timeZone, s.modes, s.regions,
  s.learner_level_min AS learnerLevelMin, s.learner_level_max AS learnerLevelMax,
  s.min_shared_hours AS minSharedHours, s.max_learners_per_mentor AS maxLearnersPerMentor,
  s.weights, s.contact, s.questions, s.pairing_version AS pairingVersion, s.published_at AS publishedAt,
  (SELECT count(*) FROM mentoring_people p WHERE p.season_id = s.id AND p.role = 'mentor' AND p.status = 'active') AS mentors,
  (SELECT count(*) FROM mentoring_people p WHERE p.season_id = s.id AND p.role = 'learner' AND p.status = 'active') AS learners,
  (SELECT count(*) FROM mentoring_pairs x WHERE x.season_id = s.id AND x.state <> 'ended') AS pairs`;

function parse(row: Record<string, unknown>): SeasonRow {
  const parsed = { ...row };
  for (const column of jsonColumns) parsed[column] = JSON.parse(String(row[column]));
  return parsed as unknown as SeasonRow;
}

/** A season of an organisation (by slug), or null. */
export async function findSeason(
  db: D1Database,
  organisationSlug: string,
  seasonId: string,
): Promise<SeasonRow | null> {
  const row = await firstRow<Record<string, unknown>>(
    db
      .prepare(
        `SELECT ${seasonColumns} FROM mentoring_seasons s JOIN organisations o ON o.id = s.organisation_id
          WHERE o.slug = ?1 AND s.id = ?2`,
      )
      .bind(organisationSlug, seasonId),
  );
  return row ? parse(row) : null;
}

/** A season by its id alone (for a person's manage link, which names no organisation). */
export async function findSeasonById(db: D1Database, seasonId: string): Promise<SeasonRow | null> {
  const row = await firstRow<Record<string, unknown>>(
    db
      .prepare(
        `SELECT ${seasonColumns} FROM mentoring_seasons s JOIN organisations o ON o.id = s.organisation_id
          WHERE s.id = ?1`,
      )
      .bind(seasonId),
  );
  return row ? parse(row) : null;
}

export async function listSeasons(db: D1Database, organisationId: string): Promise<SeasonRow[]> {
  const { results } = await db
    .prepare(
      `SELECT ${seasonColumns} FROM mentoring_seasons s JOIN organisations o ON o.id = s.organisation_id
        WHERE s.organisation_id = ?1 ORDER BY s.starts_on DESC, s.id`,
    )
    .bind(organisationId)
    .all<Record<string, unknown>>();
  return results.map(parse);
}

export interface SeasonFields {
  name: LocaleText;
  practisedLanguage: string;
  startsOn: number;
  endsOn: number;
  intakeClosesAt: number;
  timeZone: string;
  modes: MeetingMode[];
  regions: string[];
  learnerLevels: { min: LanguageLevel; max: LanguageLevel };
  minSharedHours: number;
  maxLearnersPerMentor: number;
  weights: MatchWeights;
  contact: "relay" | "email";
  questions: SeasonQuestion[];
}

const fieldBinds = (fields: SeasonFields) => [
  JSON.stringify(fields.name),
  fields.practisedLanguage,
  fields.startsOn,
  fields.endsOn,
  fields.intakeClosesAt,
  fields.timeZone,
  JSON.stringify(fields.modes),
  JSON.stringify(fields.regions),
  fields.learnerLevels.min,
  fields.learnerLevels.max,
  fields.minSharedHours,
  fields.maxLearnersPerMentor,
  JSON.stringify(fields.weights),
  fields.contact,
  JSON.stringify(fields.questions),
];

export function insertSeason(
  db: D1Database,
  season: { id: string; organisationId: string; now: number } & SeasonFields,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO mentoring_seasons (name, practised_language, starts_on, ends_on, intake_closes_at,
         time_zone, modes, regions, learner_level_min, learner_level_max, min_shared_hours,
         max_learners_per_mentor, weights, contact, questions, id, organisation_id, created_at,
         updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?18)`,
    )
    .bind(...fieldBinds(season), season.id, season.organisationId, season.now);
}

/** Saves the season's settings; a change to what matching uses makes the proposal stale. */
export function updateSeason(
  db: D1Database,
  season: {
    id: string;
    organisationId: string;
    now: number;
    pairingVersion: number;
  } & SeasonFields,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE mentoring_seasons SET name = ?1, practised_language = ?2, starts_on = ?3, ends_on = ?4,
         intake_closes_at = ?5, time_zone = ?6, modes = ?7, regions = ?8, learner_level_min = ?9,
         learner_level_max = ?10, min_shared_hours = ?11, max_learners_per_mentor = ?12, weights = ?13,
         contact = ?14, questions = ?15, pairing_version = pairing_version + 1, updated_at = ?18
        WHERE id = ?16 AND organisation_id = ?17 AND pairing_version = ?19`,
    )
    .bind(
      ...fieldBinds(season),
      season.id,
      season.organisationId,
      season.now,
      season.pairingVersion,
    );
}
