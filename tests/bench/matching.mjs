// Language Friend matching at a country's scale: 1,000 learners × 1,000 mentors solved by the
// worker's own code (the optimal assignment) and by the greedy baseline, CPU time measured.
// Runs under Node with the TypeScript loader: `node --import ./scripts/ts-resolve.mjs
// tests/bench/matching.mjs [--json]` (npm run bench runs it so).
import { greedyPairing, solveSeason } from "../../worker/mentoring/matching/solve-season.ts";
import { makeSeason } from "./matching-instance.mjs";
import { printMatching } from "./matching-report.mjs";

function cpuSeconds(run) {
  const before = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(before);
  return { result, seconds: (used.user + used.system) / 1e6 };
}

/**
 * One season solved both ways. `tight`: fewer mentors than learners and 4 shared hours needed
 * (where sorting by hand loses people).
 */
export function measureMatching(size = 1000, { tight = false } = {}) {
  const season = makeSeason({ learners: size, mentors: tight ? Math.round(size * 0.7) : size });
  if (tight) season.rules.minSharedHours = 4;
  const optimal = cpuSeconds(() => solveSeason(season));
  const greedy = cpuSeconds(() => greedyPairing(season));
  const again = solveSeason(season);
  const same = JSON.stringify(again.pairs) === JSON.stringify(optimal.result.pairs);
  return {
    learners: season.learners.length,
    mentors: season.mentors.length,
    minSharedHours: season.rules.minSharedHours,
    places: season.mentors.reduce((sum, mentor) => sum + mentor.capacity, 0),
    optimal: {
      cpuSeconds: Number(optimal.seconds.toFixed(2)),
      pairs: optimal.result.pairs.length,
      totalScore: optimal.result.totalScore,
      unmatchedLearners: optimal.result.unmatched.filter((p) => p.role === "learner").length,
    },
    greedy: {
      cpuSeconds: Number(greedy.seconds.toFixed(2)),
      pairs: greedy.result.pairs,
      totalScore: greedy.result.totalScore,
    },
    deterministic: same,
  };
}

if (import.meta.main || process.argv[1]?.endsWith("matching.mjs")) {
  const size = Number(process.env.MATCHING_SIZE ?? 1000);
  const figures = [measureMatching(size), measureMatching(size, { tight: true })];
  if (process.argv.includes("--json")) console.log(JSON.stringify(figures));
  else figures.forEach(printMatching);
}
