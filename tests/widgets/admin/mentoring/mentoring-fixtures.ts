import type {
  AdminSeason,
  SeasonReport,
  WorkbenchPerson,
  WorkbenchResponse,
} from "../../../../schema/contracts/admin/mentoring.js";
import { deepText } from "../network/network-fixtures.js";

/** Demo City's spring season: Estonian practised, every way to meet, two pairs so far. */
export function seasonFixture(overrides: Partial<AdminSeason> = {}): AdminSeason {
  return {
    id: "sea_1",
    name: { et: "Keelesõbrad kevad 2030", en: "Language Friends spring 2030" },
    practisedLanguage: "et",
    startsOn: "2030-03-01",
    endsOn: "2030-05-31",
    intakeClosesAt: "2030-02-20",
    timeZone: "Europe/Tallinn",
    modes: ["online", "phone", "in_person"],
    regions: ["Tallinn", "Tartu"],
    learnerLevels: { min: "A2", max: "B2" },
    minSharedHours: 2,
    maxLearnersPerMentor: 2,
    weights: { hours: 4, interests: 3, languages: 2, region: 2, age: 1 },
    contact: "relay",
    questions: [],
    pairingVersion: 3,
    publishedAt: null,
    counts: { mentors: 3, learners: 4, pairs: 2 },
    ...overrides,
  };
}

function person(
  overrides: Partial<WorkbenchPerson> & Pick<WorkbenchPerson, "id">,
): WorkbenchPerson {
  return {
    role: "learner",
    status: "active",
    firstName: "?",
    locale: "en",
    languages: [],
    level: "A2",
    availability: [{ day: "tue", part: "evening" }],
    timeZone: "Europe/Tallinn",
    modes: ["online"],
    region: null,
    interests: [],
    gender: null,
    age: null,
    capacity: 0,
    answers: {},
    ...overrides,
  };
}

export const people: WorkbenchPerson[] = [
  person({
    id: "men_anna",
    role: "mentor",
    firstName: "Anna",
    languages: ["ru", "en"],
    level: "C2",
    modes: ["online", "in_person"],
    region: "Tartu",
    interests: ["music", "cooking", "Chess"],
    age: 34,
    capacity: 2,
  }),
  person({ id: "men_mart", role: "mentor", firstName: "Mart", level: "C2", capacity: 1 }),
  person({
    id: "men_kadri",
    role: "mentor",
    firstName: "Kadri",
    level: "C2",
    modes: ["in_person"],
    region: "Narva",
    capacity: 2,
  }),
  person({
    id: "lea_olena",
    firstName: "Olena",
    locale: "uk",
    languages: ["ru", "uk"],
    modes: ["online", "in_person"],
    region: "tartu",
    interests: ["music", "cooking", "chess"],
    age: 31,
  }),
  person({ id: "lea_ahmad", firstName: "أحمد", locale: "ar", level: "B1" }),
  person({ id: "lea_sara", firstName: "Sara", level: "A2" }),
  person({ id: "lea_ivan", firstName: "Ivan", level: "B2" }),
];

/** Anna and Olena proposed (with every reason), Mart and Ahmad published, three not matched. */
export function workbenchFixture(overrides: Partial<WorkbenchResponse> = {}): WorkbenchResponse {
  return {
    season: seasonFixture(),
    people,
    pairs: [
      {
        id: "pair_1",
        mentorId: "men_anna",
        learnerId: "lea_olena",
        state: "proposed",
        locked: false,
        score: 82,
        reasons: [
          { code: "shared_hours", hours: 4 },
          { code: "shared_interests", interests: ["music", "cooking", "chess"] },
          { code: "shared_languages", languages: ["ru"] },
          { code: "same_region", region: "tartu" },
          { code: "close_in_age" },
        ],
      },
      {
        id: "pair_2",
        mentorId: "men_mart",
        learnerId: "lea_ahmad",
        state: "published",
        locked: false,
        score: 40,
        reasons: [{ code: "shared_hours", hours: 1 }],
      },
    ],
    unmatched: [
      {
        id: "lea_sara",
        role: "learner",
        reason: { code: "no_allowed_partner", rule: "hours", candidates: 0 },
      },
      { id: "lea_ivan", role: "learner", reason: { code: "partners_taken", candidates: 3 } },
      {
        id: "men_kadri",
        role: "mentor",
        reason: { code: "no_allowed_partner", rule: "modes", candidates: 0 },
      },
    ],
    bans: [{ mentorId: "men_mart", learnerId: "lea_olena" }],
    overview: {
      mentors: 3,
      learners: 4,
      places: 5,
      byMode: {
        online: { mentors: 2, learners: 4 },
        in_person: { mentors: 2, learners: 1 },
      },
      byLevel: { A2: 2, B1: 1, B2: 1 },
      byRegion: { Tartu: { mentors: 1, learners: 1 }, Narva: { mentors: 1, learners: 0 } },
      byLanguage: { ru: { mentors: 1, learners: 1 }, uk: { mentors: 0, learners: 1 } },
    },
    ...overrides,
  };
}

export function reportFixture(): SeasonReport {
  return {
    pairsFormed: 2,
    pairsEndedEarly: 0,
    pairsKeptToTheEnd: 0,
    mentors: 3,
    learners: 4,
    unmatchedLearners: 2,
    checkIns: { good: 1, okay: 0, bad: 0, comments: 1 },
    hours: { pairsReporting: 1, met: 14 },
    messagesRelayed: 3,
  };
}

/**
 * The text under `element` through shadow roots, without the isolation marks (U+2068, U+2069)
 * the workbench puts around first names inside sentences.
 */
export const plainText = (element: Element) => deepText(element).replace(/[\u2068\u2069]/g, "");
