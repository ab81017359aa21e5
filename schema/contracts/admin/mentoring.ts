import * as v from "valibot";
import { languageLevels } from "../../rules/mentoring/levels.js";
import type { LanguageLevel } from "../../rules/mentoring/levels.js";
import { meetingModes } from "../../rules/mentoring/pair-fit.js";
import type {
  FitReason,
  Gender,
  HardRule,
  MatchWeights,
  MeetingMode,
} from "../../rules/mentoring/pair-fit.js";
import type { AvailabilityChoice } from "../../rules/mentoring/week-hours.js";
import { isValidTimeZone } from "../../rules/time-zone.js";
import { isoDate } from "../events.js";
import { localeSchema } from "../locale-text.js";
import type { InterestKey, MentoringRole } from "../mentoring.js";
import type { SeasonQuestion } from "../mentoring-questions.js";
import { seasonQuestionsInputSchema } from "../mentoring-questions.js";
import type { AnswerValue } from "../questions.js";
import { singleLineText } from "../text-fields.js";

/** The coordinator's side of Language Friend seasons (`/api/v1/admin/orgs/:org/mentoring/…`). */

const weight = v.pipe(
  v.number("Use a whole number from 0 to 10."),
  v.integer("Use a whole number from 0 to 10."),
  v.minValue(0, "Use a whole number from 0 to 10."),
  v.maxValue(10, "Use a whole number from 0 to 10."),
);

const seasonFieldsSchema = v.object({
  name: v.pipe(
    v.record(localeSchema, singleLineText(120)),
    v.check(
      (name) => Object.values(name).some((text) => text.trim() !== ""),
      "Give the season a name.",
    ),
  ),
  practisedLanguage: localeSchema,
  startsOn: isoDate,
  endsOn: isoDate,
  intakeClosesAt: isoDate,
  timeZone: v.pipe(v.string(), v.check(isValidTimeZone, "Choose a time zone from the list.")),
  modes: v.pipe(
    v.array(v.picklist(meetingModes, "Choose how pairs may meet.")),
    v.minLength(1, "Choose at least one way to meet."),
  ),
  regions: v.optional(v.pipe(v.array(singleLineText(60)), v.maxLength(50)), []),
  learnerLevels: v.object({
    min: v.picklist(languageLevels, "Choose a level."),
    max: v.picklist(languageLevels, "Choose a level."),
  }),
  minSharedHours: v.pipe(
    v.number("Use a whole number of hours."),
    v.integer("Use a whole number of hours."),
    v.minValue(0, "Use 0 or more."),
    v.maxValue(20, "Use 20 or fewer."),
  ),
  maxLearnersPerMentor: v.pipe(
    v.number("Use a whole number."),
    v.integer("Use a whole number."),
    v.minValue(1, "Use 1 or more."),
    v.maxValue(5, "Use 5 or fewer."),
  ),
  weights: v.object({
    hours: weight,
    interests: weight,
    languages: weight,
    region: weight,
    age: weight,
  }),
  contact: v.picklist(["relay", "email"], "Choose how partners reach each other."),
  /**
   * The season's own questions on the intake form, the whole list (ids kept for those already
   * saved); left out, an edit keeps them as they are.
   */
  questions: v.optional(seasonQuestionsInputSchema),
  version: v.optional(v.number()),
});

type SeasonFieldsInput = v.InferInput<typeof seasonFieldsSchema>;
const day = (value: string) => Date.parse(value.slice(0, 10));

/**
 * `POST …/mentoring/seasons` and `PUT …/mentoring/seasons/:id` (with `version`): the fields, and
 * their order — the last day after the first, the intake's deadline before the last day, the
 * lowest level not above the highest.
 */
export const seasonBodySchema = v.pipe(
  seasonFieldsSchema,
  v.forward(
    v.partialCheck(
      [["startsOn"], ["endsOn"]],
      (input: Pick<SeasonFieldsInput, "startsOn" | "endsOn">) =>
        day(input.endsOn) >= day(input.startsOn),
      "End the season on or after its first day.",
    ),
    ["endsOn"],
  ),
  v.forward(
    v.partialCheck(
      [["intakeClosesAt"], ["endsOn"]],
      (input: Pick<SeasonFieldsInput, "intakeClosesAt" | "endsOn">) =>
        day(input.intakeClosesAt) <= day(input.endsOn),
      "Close sign-ups before the season ends.",
    ),
    ["intakeClosesAt"],
  ),
  v.forward(
    v.partialCheck(
      [
        ["learnerLevels", "min"],
        ["learnerLevels", "max"],
      ],
      (input: { learnerLevels: { min: string; max: string } }) =>
        languageLevels.indexOf(input.learnerLevels.min as LanguageLevel) <=
        languageLevels.indexOf(input.learnerLevels.max as LanguageLevel),
      "Choose a lowest level that is not above the highest.",
    ),
    ["learnerLevels", "max"],
  ),
);
export type SeasonBody = v.InferInput<typeof seasonBodySchema>;

/** `POST …/solve` and `POST …/publish`: the proposal the coordinator saw. */
export const pairingVersionBodySchema = v.object({
  pairingVersion: v.number("Send the pairingVersion you saw."),
});

/** `PUT …/locks`, `PUT …/bans`: a pair by its two people. */
export const pairBodySchema = v.object({
  mentorId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
  learnerId: v.pipe(v.string(), v.minLength(1), v.maxLength(64)),
});

export interface AdminSeason {
  id: string;
  name: Record<string, string>;
  practisedLanguage: string;
  /** Days (`YYYY-MM-DD`) in the season's time zone: the first, the last, the intake's last. */
  startsOn: string;
  endsOn: string;
  intakeClosesAt: string;
  timeZone: string;
  modes: MeetingMode[];
  regions: string[];
  learnerLevels: { min: LanguageLevel; max: LanguageLevel };
  minSharedHours: number;
  maxLearnersPerMentor: number;
  weights: MatchWeights;
  contact: "relay" | "email";
  questions: SeasonQuestion[];
  pairingVersion: number;
  publishedAt: string | null;
  counts: { mentors: number; learners: number; pairs: number };
}

export interface SeasonsResponse {
  seasons: AdminSeason[];
}

/** A person as the workbench shows them: what matching uses, and a first name. No email. */
export interface WorkbenchPerson {
  id: string;
  role: MentoringRole;
  status: "active" | "paused" | "withdrawn";
  firstName: string;
  locale: string;
  languages: string[];
  level: LanguageLevel;
  availability: AvailabilityChoice[];
  timeZone: string;
  modes: MeetingMode[];
  region: string | null;
  interests: (InterestKey | string)[];
  gender: Gender | null;
  age: number | null;
  capacity: number;
  /**
   * Answers to the season's own questions that it still asks them, by question id (sensitive ones
   * too: only coordinators see the workbench).
   */
  answers: Record<string, AnswerValue>;
}

export interface WorkbenchPair {
  id: string;
  mentorId: string;
  learnerId: string;
  state: "proposed" | "published" | "ended";
  locked: boolean;
  score: number;
  reasons: FitReason[];
}

export type UnmatchedReason =
  | { code: "no_allowed_partner"; rule: HardRule; candidates: 0 }
  | { code: "partners_taken"; candidates: number };

/** `GET …/mentoring/seasons/:id/workbench`: everything the coordinator decides with. */
export interface WorkbenchResponse {
  season: AdminSeason;
  people: WorkbenchPerson[];
  pairs: WorkbenchPair[];
  unmatched: { id: string; role: MentoringRole; reason: UnmatchedReason }[];
  bans: { mentorId: string; learnerId: string }[];
  /** Counts by mode, level, region and language, of the active people. */
  overview: {
    mentors: number;
    learners: number;
    places: number;
    byMode: Record<string, { mentors: number; learners: number }>;
    byLevel: Record<string, number>;
    byRegion: Record<string, { mentors: number; learners: number }>;
    byLanguage: Record<string, { mentors: number; learners: number }>;
  };
}

/** `GET …/report`: no personal data. */
export interface SeasonReport {
  pairsFormed: number;
  pairsEndedEarly: number;
  pairsKeptToTheEnd: number;
  mentors: number;
  learners: number;
  unmatchedLearners: number;
  checkIns: { good: number; okay: number; bad: number; comments: number };
  /** Hours met as partners said in the check-in: one figure a pair (the larger of the two). */
  hours: { pairsReporting: number; met: number };
  /** Messages partners wrote to each other through Hearth (until retention erases the season). */
  messagesRelayed: number;
}
