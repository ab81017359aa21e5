// What `npm run bench` prints of the matching figures (tests/bench/matching.mjs makes them).
export function printMatching(figures) {
  const { optimal, greedy } = figures;
  console.log(
    `\nLanguage Friend matching, ${figures.learners} learners × ${figures.mentors} mentors (${figures.places} places, ${figures.minSharedHours} hours a week in common at least)`,
  );
  console.log(
    `  optimal assignment: ${optimal.cpuSeconds} s CPU (goal < 10 s), ${optimal.pairs} pairs, total score ${optimal.totalScore}, ${optimal.unmatchedLearners} learners unmatched; same pairs on a second run: ${figures.deterministic}`,
  );
  console.log(
    `  greedy baseline:    ${greedy.cpuSeconds} s CPU, ${greedy.pairs} pairs, total score ${greedy.totalScore}`,
  );
}
