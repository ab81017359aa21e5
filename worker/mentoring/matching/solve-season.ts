import type {
  FitReason,
  HardRule,
  MatchPerson,
  SeasonRules,
} from "../../../schema/rules/mentoring/pair-fit.js";
import {
  brokenRule,
  hardRules,
  normalisePerson,
  pairScore,
} from "../../../schema/rules/mentoring/pair-fit.js";
import { solveAssignment } from "./assignment.js";

/**
 * A season's pairing: every allowed mentor–learner pair scored, then the assignment that
 * matches **as many learners as can be matched** and, among those, has the highest total score —
 * with the coordinator's locks kept and bans never made.
 *
 * Why lexicographic (count first, then score): a learner left without a mentor waits a whole
 * season; a pair a few points less well suited still meets. Each allowed pair costs
 * −(`matchWorth` + score), a forbidden one 0, so one more pair always outweighs any
 * difference in scores (`matchWorth` > the most the scores could add up to).
 *
 * Why the assignment problem on an expanded matrix rather than a min-cost flow: a mentor who
 * takes k learners becomes k identical columns; the matrix is complete (a forbidden cell costs
 * what leaving the row unmatched costs), so the optimal assignment is exactly the optimal
 * matching, and the dense Kuhn–Munkres needs no graph structures — a plain Float64Array, which
 * is fast and predictable in a Worker. Ids are sorted first, so the same input always gives the
 * same pairs.
 */

export interface Mentor extends MatchPerson {
  /** Learners this mentor can take this season. */
  capacity: number;
}

export interface PairRef {
  mentorId: string;
  learnerId: string;
}

export interface SeasonInput {
  mentors: readonly Mentor[];
  learners: readonly MatchPerson[];
  rules: SeasonRules;
  locks: readonly PairRef[];
  bans: readonly PairRef[];
}

export interface ProposedPair extends PairRef {
  score: number;
  reasons: FitReason[];
  locked: boolean;
}

/** Why someone has no partner, for the coordinator. */
export type UnmatchedReason =
  /** No one on the other side may be paired with them; `rule` ruled out the most. */
  | { code: "no_allowed_partner"; rule: HardRule; candidates: 0 }
  /** Some could be, but the solution gave them all to others (or their places are full). */
  | { code: "partners_taken"; candidates: number };

export interface UnmatchedPerson {
  id: string;
  role: "mentor" | "learner";
  reason: UnmatchedReason;
}

export interface SeasonPairing {
  pairs: ProposedPair[];
  unmatched: UnmatchedPerson[];
  totalScore: number;
}

/** A lock the rules refuse: the route answers 422 naming the rule. */
export class LockRefused extends Error {
  constructor(
    readonly pair: PairRef,
    readonly rule: HardRule | "capacity" | "unknown_person" | "learner_twice",
  ) {
    super(`the lock ${pair.mentorId}–${pair.learnerId} breaks ${rule}`);
  }
}

const maxScore = 100;
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const pairKey = (mentorId: string, learnerId: string) => `${mentorId}\u0000${learnerId}`;

/** The rule that ruled out most of `others` for `person`, in `hardRules` order on a tie. */
function mostCommonRule(counts: Map<HardRule, number>): HardRule {
  let best: HardRule = "modes";
  let bestCount = -1;
  for (const rule of hardRules) {
    const count = counts.get(rule) ?? 0;
    if (count > bestCount) {
      best = rule;
      bestCount = count;
    }
  }
  return best;
}

export function solveSeason(input: SeasonInput): SeasonPairing {
  const mentors = input.mentors.map(normalisePerson).sort(byId);
  const learners = input.learners.map(normalisePerson).sort(byId);
  const mentorIndex = new Map(mentors.map((mentor, index) => [mentor.id, index]));
  const learnerIndex = new Map(learners.map((learner, index) => [learner.id, index]));
  const banned = new Set(input.bans.map((ban) => pairKey(ban.mentorId, ban.learnerId)));
  const { rules } = input;

  // The rule each pair breaks (255: none), and its score: computed once for all pairs.
  const none = 255;
  const ruleCodes = new Uint8Array(mentors.length * learners.length);
  const scores = new Int16Array(mentors.length * learners.length);
  for (let m = 0; m < mentors.length; m++) {
    const mentor = mentors[m]!;
    for (let l = 0; l < learners.length; l++) {
      const learner = learners[l]!;
      const cell = m * learners.length + l;
      const rule = banned.has(pairKey(mentor.id, learner.id))
        ? "banned"
        : brokenRule(mentor, learner, rules);
      ruleCodes[cell] = rule === null ? none : hardRules.indexOf(rule);
      if (rule === null) scores[cell] = pairScore(mentor, learner, rules.weights, null).score;
    }
  }

  // Locks first: they stay whatever the rest becomes, and use up places.
  const spare = mentors.map((mentor) => Math.max(0, mentor.capacity));
  const lockedLearners = new Set<number>();
  const pairs: ProposedPair[] = [];
  for (const lock of [...input.locks].sort((a, b) =>
    byId({ id: pairKey(a.mentorId, a.learnerId) }, { id: pairKey(b.mentorId, b.learnerId) }),
  )) {
    const m = mentorIndex.get(lock.mentorId);
    const l = learnerIndex.get(lock.learnerId);
    if (m === undefined || l === undefined) throw new LockRefused(lock, "unknown_person");
    const code = ruleCodes[m * learners.length + l]!;
    if (code !== none) throw new LockRefused(lock, hardRules[code]!);
    if (lockedLearners.has(l)) throw new LockRefused(lock, "learner_twice");
    if (spare[m]! <= 0) throw new LockRefused(lock, "capacity");
    spare[m]! -= 1;
    lockedLearners.add(l);
    pairs.push(describe(mentors[m]!, learners[l]!, rules, true));
  }

  // The rest: free learners against one column per spare place.
  const freeLearners = learners.map((_, l) => l).filter((l) => !lockedLearners.has(l));
  const places: number[] = [];
  spare.forEach((count, m) => {
    for (let place = 0; place < count; place++) places.push(m);
  });
  const learnersAreRows = freeLearners.length <= places.length;
  const rows = learnersAreRows ? freeLearners.length : places.length;
  const columns = learnersAreRows ? places.length : freeLearners.length;
  const matchWorth = (maxScore + 1) * (Math.min(rows, columns) + 1);
  if (rows > 0) {
    const cost = new Float64Array(rows * columns);
    for (let row = 0; row < rows; row++) {
      for (let column = 0; column < columns; column++) {
        const l = freeLearners[learnersAreRows ? row : column]!;
        const m = places[learnersAreRows ? column : row]!;
        const cell = m * learners.length + l;
        cost[row * columns + column] = ruleCodes[cell] === none ? -(matchWorth + scores[cell]!) : 0;
      }
    }
    const assigned = solveAssignment(cost, rows, columns);
    for (let row = 0; row < rows; row++) {
      const column = assigned[row]!;
      if (column < 0) continue;
      const l = freeLearners[learnersAreRows ? row : column]!;
      const m = places[learnersAreRows ? column : row]!;
      if (ruleCodes[m * learners.length + l] !== none) continue;
      pairs.push(describe(mentors[m]!, learners[l]!, rules, false));
    }
  }

  pairs.sort((a, b) =>
    byId({ id: pairKey(a.mentorId, a.learnerId) }, { id: pairKey(b.mentorId, b.learnerId) }),
  );
  const paired = new Set(pairs.flatMap((pair) => [pair.mentorId, pair.learnerId]));
  const unmatched: UnmatchedPerson[] = [];
  const reasonFor = (cells: Iterable<number>): UnmatchedReason => {
    const counts = new Map<HardRule, number>();
    let candidates = 0;
    for (const cell of cells) {
      const code = ruleCodes[cell]!;
      if (code === none) candidates++;
      else counts.set(hardRules[code]!, (counts.get(hardRules[code]!) ?? 0) + 1);
    }
    return candidates > 0
      ? { code: "partners_taken", candidates }
      : { code: "no_allowed_partner", rule: mostCommonRule(counts), candidates: 0 };
  };
  learners.forEach((learner, l) => {
    if (paired.has(learner.id)) return;
    const cells = mentors.map((_, m) => m * learners.length + l);
    unmatched.push({ id: learner.id, role: "learner", reason: reasonFor(cells) });
  });
  mentors.forEach((mentor, m) => {
    if (paired.has(mentor.id) || mentor.capacity <= 0) return;
    const cells = learners.map((_, l) => m * learners.length + l);
    unmatched.push({ id: mentor.id, role: "mentor", reason: reasonFor(cells) });
  });
  return { pairs, unmatched, totalScore: pairs.reduce((sum, pair) => sum + pair.score, 0) };
}

function describe(
  mentor: Mentor,
  learner: MatchPerson,
  rules: SeasonRules,
  locked: boolean,
): ProposedPair {
  const { score, reasons } = pairScore(mentor, learner, rules.weights);
  return { mentorId: mentor.id, learnerId: learner.id, score, reasons, locked };
}

/**
 * The baseline the benchmark compares with: take the best-scoring allowed pair whose learner is
 * free and whose mentor has room, again and again (what a person sorting by hand tends to do).
 */
export function greedyPairing(input: SeasonInput): { pairs: number; totalScore: number } {
  const mentors = input.mentors.map(normalisePerson).sort(byId);
  const learners = input.learners.map(normalisePerson).sort(byId);
  const candidates: { m: number; l: number; score: number }[] = [];
  mentors.forEach((mentor, m) =>
    learners.forEach((learner, l) => {
      if (brokenRule(mentor, learner, input.rules) !== null) return;
      candidates.push({ m, l, score: pairScore(mentor, learner, input.rules.weights, null).score });
    }),
  );
  candidates.sort((a, b) => b.score - a.score || a.m - b.m || a.l - b.l);
  const spare = mentors.map((mentor) => mentor.capacity);
  const taken = new Uint8Array(learners.length);
  let pairs = 0;
  let totalScore = 0;
  for (const { m, l, score } of candidates) {
    if (taken[l] || spare[m]! <= 0) continue;
    taken[l] = 1;
    spare[m]! -= 1;
    pairs++;
    totalScore += score;
  }
  return { pairs, totalScore };
}

/**
 * Why each person without a pair has none, for a proposal already made (the workbench shows it
 * without solving again): only the unpaired are compared with the other side.
 */
export function explainUnmatched(
  input: Pick<SeasonInput, "mentors" | "learners" | "rules" | "bans">,
  paired: ReadonlySet<string>,
): UnmatchedPerson[] {
  const mentors = input.mentors.map(normalisePerson).sort(byId);
  const learners = input.learners.map(normalisePerson).sort(byId);
  const banned = new Set(input.bans.map((ban) => pairKey(ban.mentorId, ban.learnerId)));
  const reasonAgainst = (pairs: [Mentor, MatchPerson][]): UnmatchedReason => {
    const counts = new Map<HardRule, number>();
    let candidates = 0;
    for (const [mentor, learner] of pairs) {
      const rule = banned.has(pairKey(mentor.id, learner.id))
        ? "banned"
        : brokenRule(mentor, learner, input.rules);
      if (rule === null) candidates++;
      else counts.set(rule, (counts.get(rule) ?? 0) + 1);
    }
    return candidates > 0
      ? { code: "partners_taken", candidates }
      : { code: "no_allowed_partner", rule: mostCommonRule(counts), candidates: 0 };
  };
  return [
    ...learners
      .filter((learner) => !paired.has(learner.id))
      .map((learner) => ({
        id: learner.id,
        role: "learner" as const,
        reason: reasonAgainst(mentors.map((mentor) => [mentor, learner])),
      })),
    ...mentors
      .filter((mentor) => !paired.has(mentor.id) && mentor.capacity > 0)
      .map((mentor) => ({
        id: mentor.id,
        role: "mentor" as const,
        reason: reasonAgainst(learners.map((learner) => [mentor, learner])),
      })),
  ];
}
