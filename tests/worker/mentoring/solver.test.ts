import { describe, expect, it } from "vitest";
import type { MatchPerson, SeasonRules } from "../../../schema/rules/mentoring/pair-fit.js";
import {
  brokenRule,
  normalisePerson,
  pairScore,
} from "../../../schema/rules/mentoring/pair-fit.js";
import { weekHours } from "../../../schema/rules/mentoring/week-hours.js";
import { solveAssignment } from "../../../worker/mentoring/matching/assignment.js";
import type { Mentor, SeasonInput } from "../../../worker/mentoring/matching/solve-season.js";
import {
  LockRefused,
  greedyPairing,
  solveSeason,
} from "../../../worker/mentoring/matching/solve-season.js";
// @ts-expect-error -- a plain ES module shared with the benchmark (no types needed here)
import { makeSeason, seededRandom } from "../../bench/matching-instance.mjs";

const rules: SeasonRules = {
  minSharedHours: 2,
  learnerLevels: { min: "A2", max: "B2" },
  weights: { hours: 4, interests: 3, languages: 2, region: 2, age: 1 },
};

const evenings = weekHours(
  [
    { day: "tue", part: "evening" },
    { day: "thu", part: "evening" },
  ],
  120,
);

function person(id: string, overrides: Partial<MatchPerson> = {}): MatchPerson {
  return {
    id,
    modes: ["online"],
    region: null,
    hours: evenings,
    languages: [],
    level: "A2",
    interests: [],
    gender: null,
    age: null,
    wants: {},
    ...overrides,
  };
}
const mentor = (id: string, overrides: Partial<Mentor> = {}): Mentor => ({
  ...person(id, { level: "C2" }),
  capacity: 1,
  ...overrides,
});

/** Every way to give each learner one mentor or none within capacities: the true optimum. */
function bruteForce(input: SeasonInput): { pairs: number; score: number } {
  const mentors = input.mentors.map(normalisePerson);
  const learners = input.learners.map(normalisePerson);
  const banned = new Set(input.bans.map((b) => `${b.mentorId}|${b.learnerId}`));
  const allowed = (m: number, l: number) =>
    !banned.has(`${mentors[m]!.id}|${learners[l]!.id}`) &&
    brokenRule(mentors[m]!, learners[l]!, input.rules) === null;
  const locked = new Map(input.locks.map((lock) => [lock.learnerId, lock.mentorId]));
  let best = { pairs: -1, score: -1 };
  const spare = mentors.map((m) => m.capacity);
  const walk = (l: number, pairs: number, score: number) => {
    if (l === learners.length) {
      if (pairs > best.pairs || (pairs === best.pairs && score > best.score))
        best = { pairs, score };
      return;
    }
    const lockedTo = locked.get(learners[l]!.id);
    for (let m = 0; m < mentors.length; m++) {
      if (lockedTo !== undefined && mentors[m]!.id !== lockedTo) continue;
      if (spare[m]! <= 0 || !allowed(m, l)) continue;
      spare[m]! -= 1;
      walk(
        l + 1,
        pairs + 1,
        score + pairScore(mentors[m]!, learners[l]!, input.rules.weights).score,
      );
      spare[m]! += 1;
    }
    if (lockedTo === undefined) walk(l + 1, pairs, score);
  };
  walk(0, 0, 0);
  return best;
}

describe("the assignment solver", () => {
  it("finds the least total cost, as trying every permutation does", () => {
    const random = seededRandom(7);
    for (let round = 0; round < 30; round++) {
      const rows = 1 + Math.floor(random() * 5);
      const columns = rows + Math.floor(random() * 3);
      const cost = Float64Array.from(
        { length: rows * columns },
        () => Math.floor(random() * 50) - 25,
      );
      const assigned = solveAssignment(cost, rows, columns);
      expect(new Set(assigned).size).toBe(rows);
      const total = [...assigned].reduce(
        (sum, column, row) => sum + cost[row * columns + column]!,
        0,
      );
      let best = Infinity;
      const used = new Array<boolean>(columns).fill(false);
      const walk = (row: number, sum: number) => {
        if (row === rows) return void (best = Math.min(best, sum));
        for (let column = 0; column < columns; column++) {
          if (used[column]) continue;
          used[column] = true;
          walk(row + 1, sum + cost[row * columns + column]!);
          used[column] = false;
        }
      };
      walk(0, 0);
      expect(total).toBe(best);
    }
  });
});

describe("pairing a season", () => {
  it("matches as many learners as brute force can, with the highest total score, on 40 small random seasons", () => {
    for (let seed = 1; seed <= 40; seed++) {
      const season = makeSeason({
        learners: 2 + (seed % 5),
        mentors: 1 + (seed % 4),
        seed,
      }) as SeasonInput;
      const solved = solveSeason(season);
      const best = bruteForce(season);
      expect([solved.pairs.length, solved.totalScore]).toEqual([best.pairs, best.score]);
    }
  });

  it("beats or equals the greedy baseline, and the greedy one is not optimal everywhere", () => {
    // Greedy takes the best pair first (M1–L1, 100) and leaves L2 with no one; the optimum pairs both.
    const shared = { interests: ["music", "books", "films"], languages: ["ru"] };
    const season: SeasonInput = {
      mentors: [mentor("m1", shared), mentor("m2", { modes: ["phone"] })],
      learners: [person("l1", shared), person("l2", { modes: ["online", "phone"] })],
      rules,
      locks: [],
      bans: [],
    };
    // l1 can only meet online, l2 online or by phone; m2 only by phone.
    const solved = solveSeason(season);
    const greedy = greedyPairing(season);
    expect(solved.pairs.map((p) => `${p.mentorId}-${p.learnerId}`)).toEqual(["m1-l1", "m2-l2"]);
    expect(greedy.pairs).toBeLessThanOrEqual(solved.pairs.length);
    const tight = makeSeason({ learners: 60, mentors: 40, seed: 11 }) as SeasonInput;
    const optimal = solveSeason(tight);
    const baseline = greedyPairing(tight);
    expect(optimal.pairs.length).toBeGreaterThanOrEqual(baseline.pairs);
    expect(
      optimal.pairs.length > baseline.pairs ||
        (optimal.pairs.length === baseline.pairs && optimal.totalScore >= baseline.totalScore),
    ).toBe(true);
  });

  it("respects each mentor's capacity and gives no learner two mentors", () => {
    const season = makeSeason({ learners: 80, mentors: 30, seed: 3 }) as SeasonInput;
    const solved = solveSeason(season);
    const perMentor = new Map<string, number>();
    for (const pair of solved.pairs)
      perMentor.set(pair.mentorId, (perMentor.get(pair.mentorId) ?? 0) + 1);
    for (const m of season.mentors)
      expect(perMentor.get(m.id) ?? 0).toBeLessThanOrEqual(m.capacity);
    const learners = solved.pairs.map((pair) => pair.learnerId);
    expect(new Set(learners).size).toBe(learners.length);
  });

  it("keeps locks, never makes a banned pair, and is the same for the same input in any order", () => {
    const season = makeSeason({ learners: 12, mentors: 8, seed: 5 }) as SeasonInput;
    const first = solveSeason(season);
    const [kept, other] = first.pairs;
    const ban = { mentorId: other!.mentorId, learnerId: other!.learnerId };
    const rerun: SeasonInput = { ...season, locks: [kept!], bans: [ban] };
    const second = solveSeason(rerun);
    expect(second.pairs).toContainEqual(expect.objectContaining({ ...kept, locked: true }));
    expect(second.pairs).not.toContainEqual(expect.objectContaining(ban));
    expect([second.pairs.length, second.totalScore]).toEqual(Object.values(bruteForce(rerun)));
    const shuffled: SeasonInput = {
      ...rerun,
      mentors: [...rerun.mentors].reverse(),
      learners: [...rerun.learners].reverse(),
    };
    expect(solveSeason(shuffled)).toEqual(second);
  });

  it("refuses a lock that breaks a hard rule, naming the rule, or that overfills a mentor", () => {
    const season: SeasonInput = {
      mentors: [mentor("m1"), mentor("m2", { modes: ["in_person"], region: "Tartu" })],
      learners: [person("l1"), person("l2"), person("l3", { level: "C1" })],
      rules,
      locks: [{ mentorId: "m2", learnerId: "l1" }],
      bans: [],
    };
    expect(() => solveSeason(season)).toThrowError(
      expect.objectContaining({ rule: "modes" }) as Error,
    );
    const overfull = {
      ...season,
      locks: [
        { mentorId: "m1", learnerId: "l1" },
        { mentorId: "m1", learnerId: "l2" },
      ],
    };
    expect(() => solveSeason(overfull)).toThrow(LockRefused);
    expect(() =>
      solveSeason({ ...season, locks: [{ mentorId: "m1", learnerId: "l3" }] }),
    ).toThrowError(expect.objectContaining({ rule: "level" }) as Error);
    const banned = {
      ...season,
      locks: [{ mentorId: "m1", learnerId: "l1" }],
      bans: [{ mentorId: "m1", learnerId: "l1" }],
    };
    expect(() => solveSeason(banned)).toThrowError(
      expect.objectContaining({ rule: "banned" }) as Error,
    );
  });

  it("says why someone is unmatched: no one shares their times, or every fitting partner is taken", () => {
    const mornings = weekHours([{ day: "mon", part: "morning" }], 120);
    const season: SeasonInput = {
      mentors: [mentor("m1")],
      learners: [person("l1"), person("l2"), person("l3", { hours: mornings })],
      rules,
      locks: [],
      bans: [],
    };
    const solved = solveSeason(season);
    expect(solved.pairs).toHaveLength(1);
    const reasons = Object.fromEntries(solved.unmatched.map((p) => [p.id, p.reason]));
    expect(reasons.l3).toEqual({ code: "no_allowed_partner", rule: "hours", candidates: 0 });
    const taken = solved.pairs[0]!.learnerId === "l1" ? "l2" : "l1";
    expect(reasons[taken]).toEqual({ code: "partners_taken", candidates: 1 });
  });
});

describe("the hard rules and the score", () => {
  it("applies each rule and a stated preference both ways", () => {
    const base = normalisePerson(mentor("m"));
    const learner = normalisePerson(person("l"));
    expect(brokenRule(base, learner, rules)).toBeNull();
    expect(brokenRule({ ...base, modes: ["phone"] }, learner, rules)).toBe("modes");
    // In person only counts in the same region.
    const inTartu = { ...base, modes: ["in_person" as const], region: "tartu" };
    expect(brokenRule(inTartu, { ...learner, modes: ["in_person"], region: "narva" }, rules)).toBe(
      "modes",
    );
    expect(
      brokenRule(inTartu, { ...learner, modes: ["in_person"], region: "tartu" }, rules),
    ).toBeNull();
    expect(brokenRule(base, { ...learner, hours: weekHours([], 0) }, rules)).toBe("hours");
    expect(brokenRule(base, { ...learner, level: "A1" }, rules)).toBe("level");
    expect(brokenRule(base, { ...learner, wants: { gender: "woman" } }, rules)).toBe("preference");
    expect(
      brokenRule({ ...base, gender: "woman" }, { ...learner, wants: { gender: "woman" } }, rules),
    ).toBeNull();
    expect(brokenRule({ ...base, wants: { ageMax: 30 } }, { ...learner, age: 45 }, rules)).toBe(
      "preference",
    );
  });

  it("scores time in common, shared interests and languages, and words why", () => {
    const m = normalisePerson(
      mentor("m", { interests: ["Music", "cooking ", "chess"], languages: ["ru", "en"] }),
    );
    const l = normalisePerson(
      person("l", { interests: ["music", "Cooking", "chess", "art"], languages: ["ru", "uk"] }),
    );
    const { score, reasons } = pairScore(m, l, rules.weights);
    expect(reasons).toEqual([
      { code: "shared_hours", hours: 8 },
      { code: "shared_interests", interests: ["music", "cooking", "chess"] },
      { code: "shared_languages", languages: ["ru"] },
    ]);
    // Region and age do not apply (no one meets in person, no ages): a perfect fit otherwise.
    expect(score).toBe(100);
    expect(pairScore(m, { ...l, interests: [] }, rules.weights).score).toBe(67);
  });

  it("counts shared hours in UTC across time zones", () => {
    const tallinnEvening = weekHours([{ day: "tue", part: "evening" }], 120);
    const berlinEvening = weekHours([{ day: "tue", part: "evening" }], 60);
    // 17–21 in Tallinn is 15–19 UTC; in Berlin 16–20 UTC: three hours in common.
    expect(
      pairScore(
        mentor("a", { hours: tallinnEvening }),
        person("b", { hours: berlinEvening }),
        rules.weights,
      ).reasons[0],
    ).toEqual({ code: "shared_hours", hours: 3 });
  });
});
