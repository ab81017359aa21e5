import { sql } from "drizzle-orm";
import { check, index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { LocaleText } from "../contracts/locale-text.js";
import type { SeasonQuestion } from "../contracts/mentoring-questions.js";
import type { AnswerValue } from "../contracts/questions.js";
import type { MeetingMode, MatchWeights } from "../rules/mentoring/pair-fit.js";
import type { AvailabilityChoice } from "../rules/mentoring/week-hours.js";
import { organisations } from "./organisations.js";
import { users } from "./users.js";

/**
 * Language Friend seasons: mentors and learners sign up (intake), a coordinator has Hearth pair
 * them (an optimal assignment, with locks and bans), then publishes the pairs — each person is
 * introduced to their partner in their own language.
 */
export const mentoringSeasons = sqliteTable(
  "mentoring_seasons",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    name: text("name", { mode: "json" }).$type<LocaleText>().notNull(),
    practisedLanguage: text("practised_language").notNull(),
    startsOn: integer("starts_on").notNull(),
    endsOn: integer("ends_on").notNull(),
    intakeClosesAt: integer("intake_closes_at").notNull(),
    timeZone: text("time_zone").notNull(),
    modes: text("modes", { mode: "json" }).$type<MeetingMode[]>().notNull(),
    regions: text("regions", { mode: "json" })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    learnerLevelMin: text("learner_level_min").notNull().default("A2"),
    learnerLevelMax: text("learner_level_max").notNull().default("B2"),
    minSharedHours: integer("min_shared_hours").notNull().default(2),
    maxLearnersPerMentor: integer("max_learners_per_mentor").notNull().default(2),
    weights: text("weights", { mode: "json" }).$type<MatchWeights>().notNull(),
    /**
     * How partners reach each other: `relay` — through Hearth, addresses hidden until both agree to
     * share them; `email` — the introduction gives each the other's address.
     */
    contact: text("contact", { enum: ["relay", "email"] })
      .notNull()
      .default("relay"),
    /** The season's own questions on the intake form, beside the built-in ones. */
    questions: text("questions", { mode: "json" })
      .$type<SeasonQuestion[]>()
      .notNull()
      .default(sql`'[]'`),
    /** Bumped by every solve and change to the proposal: a stale solve or publish is refused. */
    pairingVersion: integer("pairing_version").notNull().default(1),
    /** Random per solve: the solve's batch sets it, and its other statements apply only where set. */
    solveMarker: text("solve_marker"),
    publishedAt: integer("published_at"),
    checkInSentAt: integer("check_in_sent_at"),
    /** Retention erased everyone of the season (its end + the organisation's retention days). */
    peopleErasedAt: integer("people_erased_at"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (table) => [
    // The cron's check-in query reads only seasons still waiting for it.
    index("mentoring_seasons_check_in_due_idx")
      .on(table.startsOn)
      .where(sql`check_in_sent_at IS NULL AND published_at IS NOT NULL`),
  ],
);

/** A mentor or a learner of a season: only what matching and the introduction need. */
export const mentoringPeople = sqliteTable(
  "mentoring_people",
  {
    id: text("id").primaryKey(),
    organisationId: text("organisation_id")
      .notNull()
      .references(() => organisations.id),
    seasonId: text("season_id")
      .notNull()
      .references(() => mentoringSeasons.id),
    role: text("role", { enum: ["mentor", "learner"] }).notNull(),
    status: text("status", { enum: ["active", "paused", "withdrawn"] })
      .notNull()
      .default("active"),
    firstName: text("first_name").notNull(),
    email: text("email"),
    locale: text("locale").notNull(),
    timeZone: text("time_zone").notNull(),
    languages: text("languages", { mode: "json" })
      .$type<{ code: string; fluency: string }[]>()
      .notNull(),
    level: text("level").notNull(),
    availability: text("availability", { mode: "json" }).$type<AvailabilityChoice[]>().notNull(),
    modes: text("modes", { mode: "json" }).$type<MeetingMode[]>().notNull(),
    region: text("region"),
    interests: text("interests", { mode: "json" }).$type<string[]>().notNull(),
    interestsOther: text("interests_other").notNull().default(""),
    gender: text("gender"),
    age: integer("age"),
    wants: text("wants", { mode: "json" })
      .$type<{ gender: string | null; ageMin: number | null; ageMax: number | null }>()
      .notNull(),
    capacity: integer("capacity").notNull().default(1),
    /** Answers to the season's own questions, by question id (erased with the person). */
    answers: text("answers", { mode: "json" })
      .$type<Record<string, AnswerValue>>()
      .notNull()
      .default(sql`'{}'`),
    manageTokenHash: text("manage_token_hash").notNull(),
    idempotencyKeyHash: text("idempotency_key_hash").notNull(),
    requestHash: text("request_hash").notNull(),
    consentAt: integer("consent_at").notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    /** Retention (or the person) erased every personal field. */
    erasedAt: integer("erased_at"),
  },
  (table) => [
    index("mentoring_people_season_idx").on(table.seasonId, table.role),
    uniqueIndex("mentoring_people_idempotency_idx").on(table.seasonId, table.idempotencyKeyHash),
    check("mentoring_people_capacity_check", sql`${table.capacity} BETWEEN 0 AND 10`),
  ],
);

/**
 * A pair: proposed by a solve (replaced by the next), locked by a coordinator (kept), published
 * (introduced; kept by every later solve), ended early (both may be matched again).
 */
export const mentoringPairs = sqliteTable(
  "mentoring_pairs",
  {
    id: text("id").primaryKey(),
    seasonId: text("season_id")
      .notNull()
      .references(() => mentoringSeasons.id),
    mentorId: text("mentor_id")
      .notNull()
      .references(() => mentoringPeople.id),
    learnerId: text("learner_id")
      .notNull()
      .references(() => mentoringPeople.id),
    state: text("state", { enum: ["proposed", "published", "ended"] }).notNull(),
    locked: integer("locked", { mode: "boolean" }).notNull().default(false),
    score: integer("score").notNull(),
    reasons: text("reasons", { mode: "json" }).$type<unknown[]>().notNull(),
    /**
     * Each partner agreed to show their email address to the other (through their manage link):
     * the addresses are shown only once both have. The season's `contact: email` shares them at once.
     */
    mentorSharesAt: integer("mentor_shares_at"),
    learnerSharesAt: integer("learner_shares_at"),
    publishedAt: integer("published_at"),
    endedAt: integer("ended_at"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    index("mentoring_pairs_season_idx").on(table.seasonId, table.state),
    // A learner is in at most one pair that is not over.
    uniqueIndex("mentoring_pairs_learner_live_idx")
      .on(table.learnerId)
      .where(sql`state <> 'ended'`),
  ],
);

/** Pairs a coordinator forbade: never proposed, whatever the score. */
export const mentoringBans = sqliteTable(
  "mentoring_bans",
  {
    seasonId: text("season_id")
      .notNull()
      .references(() => mentoringSeasons.id),
    mentorId: text("mentor_id")
      .notNull()
      .references(() => mentoringPeople.id),
    learnerId: text("learner_id")
      .notNull()
      .references(() => mentoringPeople.id),
    createdBy: text("created_by").references(() => users.id),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("mentoring_bans_pair_idx").on(table.seasonId, table.mentorId, table.learnerId),
  ],
);

/**
 * The mid-season check-in: "how is it going?" with a face from 1 to 5 and an optional comment,
 * one answer per person and pair. The report counts them; the comments stay with the
 * organisation and are erased with the season's people.
 */
export const mentoringCheckIns = sqliteTable(
  "mentoring_check_ins",
  {
    pairId: text("pair_id")
      .notNull()
      .references(() => mentoringPairs.id),
    personId: text("person_id")
      .notNull()
      .references(() => mentoringPeople.id),
    score: integer("score").notNull(),
    comment: text("comment"),
    /** Hours the pair has met so far, if the person says (the report sums one figure a pair). */
    hoursMet: integer("hours_met"),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [
    uniqueIndex("mentoring_check_ins_once_idx").on(table.pairId, table.personId),
    check("mentoring_check_ins_score_check", sql`${table.score} BETWEEN 1 AND 5`),
    check(
      "mentoring_check_ins_hours_check",
      sql`${table.hoursMet} IS NULL OR ${table.hoursMet} BETWEEN 0 AND 500`,
    ),
  ],
);

/**
 * A message one partner sent the other through Hearth (the season's `contact: relay`): who, to
 * which pair, when — for the daily limit and the report. The words themselves travel only in the
 * outbox, whose payload is emptied as soon as the message is sent (or skipped), never stored here.
 */
export const mentoringRelayMessages = sqliteTable(
  "mentoring_relay_messages",
  {
    id: text("id").primaryKey(),
    seasonId: text("season_id")
      .notNull()
      .references(() => mentoringSeasons.id),
    pairId: text("pair_id")
      .notNull()
      .references(() => mentoringPairs.id),
    senderId: text("sender_id")
      .notNull()
      .references(() => mentoringPeople.id),
    createdAt: integer("created_at").notNull(),
  },
  (table) => [index("mentoring_relay_messages_sender_idx").on(table.senderId, table.createdAt)],
);
