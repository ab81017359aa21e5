// A made-up season of Language Friend sign-ups, the same for the same seed: mother tongues,
// levels, modes, regions, interests and free times spread as in a real intake (most people free
// in the evening, a third online only, a handful stating a preference).
import { weekDays, weekHours } from "../../schema/rules/mentoring/week-hours.ts";

/** mulberry32: a small, fast, seeded generator. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const tongues = ["uk", "ru", "ar", "fa", "ps", "ti", "so", "tr", "ckb", "en", "es", "fr"];
const regions = ["Tallinn", "Tartu", "Narva", "Pärnu", "Viljandi"];
const interests = [
  "cooking",
  "football",
  "music",
  "hiking",
  "books",
  "films",
  "gardening",
  "children",
  "technology",
  "art",
  "history",
  "cycling",
  "chess",
  "dancing",
  "photography",
];
const parts = ["morning", "afternoon", "evening"];

function person(random, id, role) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const some = (list, count) => [...new Set(Array.from({ length: count }, () => pick(list)))];
  const choices = [];
  for (const day of weekDays) {
    for (const part of parts) {
      const likely = part === "evening" ? 0.45 : day === "sat" || day === "sun" ? 0.35 : 0.15;
      if (random() < likely) choices.push({ day, part });
    }
  }
  const onlineOnly = random() < 0.33;
  const modes = onlineOnly ? ["online"] : random() < 0.5 ? ["online", "in_person"] : ["in_person"];
  if (random() < 0.2) modes.push("phone");
  const age = random() < 0.8 ? 18 + Math.floor(random() * 50) : null;
  const wants = {};
  if (random() < 0.1) wants.gender = pick(["woman", "man"]);
  if (random() < 0.05 && age !== null) {
    wants.ageMin = age - 15;
    wants.ageMax = age + 15;
  }
  return {
    id,
    modes,
    region: modes.includes("in_person") ? pick(regions) : null,
    hours: weekHours(choices, 120),
    languages:
      role === "mentor"
        ? some(["en", "ru", "uk", "fi", "de"], 2)
        : some(tongues, 1 + Math.floor(random() * 2)),
    level: role === "mentor" ? "C2" : pick(["A2", "A2", "B1", "B1", "B2"]),
    interests: some(interests, 2 + Math.floor(random() * 4)),
    gender: pick(["woman", "woman", "man", "man", "other", null]),
    age,
    wants,
    ...(role === "mentor" ? { capacity: random() < 0.7 ? 1 : 2 } : {}),
  };
}

/** `learners` learners and `mentors` mentors, ids padded so their order is the order made. */
export function makeSeason({ learners, mentors, seed = 2026 }) {
  const random = seededRandom(seed);
  const pad = (n) => String(n).padStart(5, "0");
  return {
    mentors: Array.from({ length: mentors }, (_, i) => person(random, `men_${pad(i)}`, "mentor")),
    learners: Array.from({ length: learners }, (_, i) =>
      person(random, `lea_${pad(i)}`, "learner"),
    ),
    rules: {
      minSharedHours: 2,
      learnerLevels: { min: "A2", max: "B2" },
      weights: { hours: 4, interests: 3, languages: 2, region: 2, age: 1 },
    },
    locks: [],
    bans: [],
  };
}
