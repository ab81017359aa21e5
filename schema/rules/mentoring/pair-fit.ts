import type { LanguageLevel } from "./levels.js";
import { levelInRange } from "./levels.js";
import type { WeekHours } from "./week-hours.js";
import { sharedHours } from "./week-hours.js";

/**
 * Whether a mentor and a learner may be paired (the hard rules) and how well they fit (the
 * score, with its reasons in words a coordinator reads). Pure: the worker's solver calls it for
 * every pair, the tests check it alone.
 */

export const meetingModes = ["online", "phone", "in_person"] as const;
export type MeetingMode = (typeof meetingModes)[number];

export const genders = ["woman", "man", "other"] as const;
export type Gender = (typeof genders)[number];

/** One side of a pair as matching sees it: no name, no contact. */
export interface MatchPerson {
  id: string;
  modes: readonly MeetingMode[];
  /** Where they can meet in person (compared case-insensitively); null if not in person. */
  region: string | null;
  hours: WeekHours;
  /** Languages they speak other than the practised one (codes). */
  languages: readonly string[];
  /** In the practised language. */
  level: LanguageLevel;
  interests: readonly string[];
  gender: Gender | null;
  age: number | null;
  /** What they asked of their partner; each is optional and never required. */
  wants: { gender?: Gender | undefined; ageMin?: number | undefined; ageMax?: number | undefined };
}

export interface SeasonRules {
  /** Hours a week a pair must share at least. */
  minSharedHours: number;
  learnerLevels: { min: LanguageLevel; max: LanguageLevel };
  weights: MatchWeights;
}

/** How much each criterion counts (0–10 each); the defaults favour time in common. */
export interface MatchWeights {
  hours: number;
  interests: number;
  languages: number;
  region: number;
  age: number;
}

export const defaultWeights: MatchWeights = {
  hours: 4,
  interests: 3,
  languages: 2,
  region: 2,
  age: 1,
};

/** The rule a pair breaks, first one found in this order. */
export type HardRule = "modes" | "hours" | "level" | "preference" | "banned";
export const hardRules: readonly HardRule[] = ["modes", "hours", "level", "preference", "banned"];

/** Why a pair fits, for the coordinator (worded in the dashboard's language). */
export type FitReason =
  | { code: "shared_hours"; hours: number }
  | { code: "shared_interests"; interests: string[] }
  | { code: "shared_languages"; languages: string[] }
  | { code: "same_region"; region: string }
  | { code: "close_in_age" };

/**
 * The person with region and interests in the form the rules compare (trimmed, lower case), so
 * that scoring a million pairs compares plain strings. Every `MatchPerson` given to the rules
 * below passes here first.
 */
export function normalisePerson<Person extends MatchPerson>(person: Person): Person {
  const region = person.region?.trim().toLowerCase() || null;
  const interests = [...new Set(person.interests.map((interest) => interest.trim().toLowerCase()))];
  return { ...person, region, interests: interests.filter(Boolean) };
}

/** The modes both can use: in person only where they name the same region. */
export function sharedModes(mentor: MatchPerson, learner: MatchPerson): MeetingMode[] {
  return meetingModes.filter((mode) => {
    if (!mentor.modes.includes(mode) || !learner.modes.includes(mode)) return false;
    if (mode !== "in_person") return true;
    return mentor.region !== null && mentor.region === learner.region;
  });
}

function accepts(person: MatchPerson, partner: MatchPerson): boolean {
  const { gender, ageMin, ageMax } = person.wants;
  if (gender !== undefined && partner.gender !== gender) return false;
  if (ageMin !== undefined && (partner.age === null || partner.age < ageMin)) return false;
  if (ageMax !== undefined && (partner.age === null || partner.age > ageMax)) return false;
  return true;
}

/** The first hard rule the pair breaks, or null when it may be made. Bans are the solver's. */
export function brokenRule(
  mentor: MatchPerson,
  learner: MatchPerson,
  rules: SeasonRules,
): HardRule | null {
  if (sharedModes(mentor, learner).length === 0) return "modes";
  if (sharedHours(mentor.hours, learner.hours) < rules.minSharedHours) return "hours";
  if (!levelInRange(learner.level, rules.learnerLevels)) return "level";
  if (!accepts(mentor, learner) || !accepts(learner, mentor)) return "preference";
  return null;
}

/** Hours that count fully: a pair meeting twice a week for an hour and a half. */
const plentyOfHours = 6;
const plentyOfInterests = 3;

/**
 * The pair's fit from 0 to 100 (pass `null` as `reasons` when only the number is wanted): each criterion that applies scores 0–1, weighted; one that does
 * not apply (region when neither meets in person, age when one did not say) is left out rather
 * than counted as a miss. Whole numbers, so totals compare exactly.
 */
export function pairScore(
  mentor: MatchPerson,
  learner: MatchPerson,
  weights: MatchWeights,
  reasons: FitReason[] | null = [],
): { score: number; reasons: FitReason[] } {
  let earned = 0;
  let possible = 0;
  const count = (weight: number, value: number) => {
    earned += weight * value;
    possible += weight;
  };

  const hours = sharedHours(mentor.hours, learner.hours);
  count(weights.hours, Math.min(hours / plentyOfHours, 1));
  if (hours > 0) reasons?.push({ code: "shared_hours", hours });

  const interests = mentor.interests.filter((interest) => learner.interests.includes(interest));
  count(weights.interests, Math.min(interests.length / plentyOfInterests, 1));
  if (interests.length > 0) reasons?.push({ code: "shared_interests", interests: [...interests] });

  // At A2 a shared other language helps explain a word; it matters less as the level grows.
  const languages = mentor.languages.filter((code) => learner.languages.includes(code));
  count(weights.languages, languages.length > 0 ? 1 : 0);
  if (languages.length > 0) reasons?.push({ code: "shared_languages", languages: [...languages] });

  if (mentor.modes.includes("in_person") && learner.modes.includes("in_person")) {
    const same = sharedModes(mentor, learner).includes("in_person");
    count(weights.region, same ? 1 : 0);
    if (same && mentor.region) reasons?.push({ code: "same_region", region: mentor.region });
  }

  if (mentor.age !== null && learner.age !== null) {
    const gap = Math.abs(mentor.age - learner.age);
    const closeness = gap <= 10 ? 1 : Math.max(0, 1 - (gap - 10) / 30);
    count(weights.age, closeness);
    if (gap <= 10) reasons?.push({ code: "close_in_age" });
  }

  const score = possible === 0 ? 0 : Math.round((100 * earned) / possible);
  return { score, reasons: reasons ?? [] };
}
