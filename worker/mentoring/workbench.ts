import type {
  AdminSeason,
  WorkbenchPerson,
  WorkbenchResponse,
} from "../../schema/contracts/admin/mentoring.js";
import { interestKeys } from "../../schema/contracts/mentoring.js";
import type { Gender, MatchPerson, SeasonRules } from "../../schema/rules/mentoring/pair-fit.js";
import { weekHours } from "../../schema/rules/mentoring/week-hours.js";
import { offsetMinutes } from "../../schema/rules/time-zone.js";
import type { Mentor } from "./matching/solve-season.js";
import { explainUnmatched } from "./matching/solve-season.js";
import type { SeasonRow } from "./season-queries.js";
import { answersStillAsked } from "./season-answers.js";
import { readWorkbenchRows } from "./workbench-queries.js";
import { dayOf } from "./season-days.js";

const iso = (ms: number) => new Date(ms).toISOString();

export function toAdminSeason(season: SeasonRow): AdminSeason {
  return {
    id: season.id,
    name: season.name,
    practisedLanguage: season.practisedLanguage,
    // Days in the season's time zone, as the dashboard edits them (the last day's, the
    // deadline's: the instant before the end).
    startsOn: dayOf(season.startsOn, season.timeZone),
    endsOn: dayOf(season.endsOn - 1, season.timeZone),
    intakeClosesAt: dayOf(season.intakeClosesAt - 1, season.timeZone),
    timeZone: season.timeZone,
    modes: season.modes,
    regions: season.regions,
    learnerLevels: { min: season.learnerLevelMin, max: season.learnerLevelMax },
    minSharedHours: season.minSharedHours,
    maxLearnersPerMentor: season.maxLearnersPerMentor,
    weights: season.weights,
    contact: season.contact,
    questions: season.questions,
    pairingVersion: season.pairingVersion,
    publishedAt: season.publishedAt === null ? null : iso(season.publishedAt),
    counts: { mentors: season.mentors, learners: season.learners, pairs: season.pairs },
  };
}

export const seasonRules = (season: SeasonRow): SeasonRules => ({
  minSharedHours: season.minSharedHours,
  learnerLevels: { min: season.learnerLevelMin, max: season.learnerLevelMax },
  weights: season.weights,
});

type StoredPerson = WorkbenchPerson & {
  wants: { gender: Gender | null; ageMin: number | null; ageMax: number | null };
};

const knownInterests = new Set<string>(interestKeys);

/**
 * A person as matching sees them: free times in UTC hours (their zone's offset at the season's
 * start), languages other than the practised one, the interests from the list.
 */
export function toMatchPerson(person: StoredPerson, season: SeasonRow): Mentor {
  const wants = person.wants;
  const match: MatchPerson = {
    id: person.id,
    modes: person.modes,
    region: person.region,
    hours: weekHours(person.availability, offsetMinutes(season.startsOn, person.timeZone)),
    languages: person.languages.filter((code) => code !== season.practisedLanguage),
    level: person.level,
    interests: person.interests.filter((interest) => knownInterests.has(interest)),
    gender: person.gender,
    age: person.age,
    wants: {
      ...(wants.gender ? { gender: wants.gender } : {}),
      ...(wants.ageMin !== null ? { ageMin: wants.ageMin } : {}),
      ...(wants.ageMax !== null ? { ageMax: wants.ageMax } : {}),
    },
  };
  return { ...match, capacity: person.role === "mentor" ? person.capacity : 0 };
}

function countBy(
  people: WorkbenchPerson[],
  keysOf: (person: WorkbenchPerson) => string[],
): Record<string, { mentors: number; learners: number }> {
  const counts: Record<string, { mentors: number; learners: number }> = {};
  for (const person of people) {
    for (const key of keysOf(person)) {
      counts[key] ??= { mentors: 0, learners: 0 };
      counts[key][person.role === "mentor" ? "mentors" : "learners"] += 1;
    }
  }
  return counts;
}

/**
 * What a solve or a lock decides with: the season's people, pairs and bans, and its active people
 * as matching sees them — without explaining who is unmatched (the workbench's part).
 */
export async function loadMatchState(db: D1Database, season: SeasonRow) {
  const { people, pairs, bans } = await readWorkbenchRows(db, season.id);
  const active = people.filter((person) => person.status === "active") as StoredPerson[];
  const matchPeople = active.map((person) => toMatchPerson(person, season));
  return { people, pairs, bans, active, matchPeople };
}

/** The season's state for the coordinator: people, pairs, why the others are unmatched, counts. */
export async function buildWorkbench(
  db: D1Database,
  season: SeasonRow,
): Promise<WorkbenchResponse> {
  const { people, pairs, bans, active, matchPeople } = await loadMatchState(db, season);
  const mentors = matchPeople.filter((_, index) => active[index]!.role === "mentor");
  const learners = matchPeople.filter((_, index) => active[index]!.role === "learner");
  // A mentor with every place taken is not "unmatched"; one with some places free is not either.
  const paired = new Set(pairs.flatMap((pair) => [pair.mentorId, pair.learnerId]));
  const explained = explainUnmatched(
    { mentors, learners, rules: seasonRules(season), bans },
    paired,
  );
  // Before the first solve nobody is "taken": only those no one could be paired with are shown.
  const unmatched =
    pairs.length === 0
      ? explained.filter((person) => person.reason.code === "no_allowed_partner")
      : explained;
  const levels: Record<string, number> = {};
  for (const person of active) {
    if (person.role === "learner") levels[person.level] = (levels[person.level] ?? 0) + 1;
  }
  return {
    season: toAdminSeason(season),
    people: people.map((person) => {
      const { wants: _wants, ...shown } = person as StoredPerson;
      return {
        ...shown,
        answers: answersStillAsked(season.questions, person.role, person.answers),
      };
    }),
    pairs,
    unmatched,
    bans,
    overview: {
      mentors: mentors.length,
      learners: learners.length,
      places: mentors.reduce((sum, mentor) => sum + mentor.capacity, 0),
      byMode: countBy(active, (person) => person.modes),
      byLevel: levels,
      byRegion: countBy(active, (person) => (person.region ? [person.region] : [])),
      byLanguage: countBy(active, (person) => person.languages),
    },
  };
}
