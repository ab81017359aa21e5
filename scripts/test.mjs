// `npm test`: every gate, in order of speed. Stops at the first failure, and ends with one line
// counting every test that ran.
import { findChromium } from "./find-chromium.mjs";
import { run, runCounting } from "./run.mjs";

const chromePath = findChromium();
const env = { ...process.env, CHROME_PATH: chromePath };
console.log(`Using Chromium at ${chromePath}`);

const number = (output, pattern) => Number(pattern.exec(output)?.[1] ?? 0);

run("tsc", ["-b"]);
run("prettier", ["--check", "--log-level", "warn", "."]);
run("eslint", ["."]);
const i18n = await runCounting(
  "node",
  ["--import", "./scripts/ts-resolve.mjs", "--test", "tests/i18n/*.test.mjs"],
  (output) => ({
    passed: number(output, /^# pass (\d+)/m),
    failed: number(output, /^# fail (\d+)/m),
  }),
);
const worker = await runCounting(
  "vitest",
  ["run", "--config", "tests/worker/vitest.config.ts"],
  (output) => ({
    passed: number(output, /Tests\s+(?:\d+ failed \| )?(\d+) passed/),
    failed: number(output, /Tests\s+(\d+) failed/),
  }),
);
run("npm", ["run", "--silent", "build"]);
const widgets = await runCounting(
  "web-test-runner",
  ["--config", "tests/widgets/web-test-runner.config.mjs"],
  (output) => {
    const all = [...output.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
    return { passed: Number(all?.[1] ?? 0), failed: Number(all?.[2] ?? 0) };
  },
  { env },
);
const endToEnd = await runCounting(
  "node",
  ["--test", "--test-concurrency=1", "tests/e2e/**/*.test.mjs"],
  (output) => ({
    passed: number(output, /^# pass (\d+)/m),
    failed: number(output, /^# fail (\d+)/m),
  }),
  { env },
);

const suites = { i18n, worker, widgets, "end to end": endToEnd };
for (const [name, counts] of Object.entries(suites)) {
  if (counts.passed === 0) {
    console.error(`✗ The ${name} tests ran no test.`);
    process.exit(1);
  }
}
const total = (key) => Object.values(suites).reduce((sum, counts) => sum + counts[key], 0);
console.log(
  `\nAll checks passed: types, format, lint, i18n (${i18n.passed}), worker (${worker.passed}), widgets (${widgets.passed}), end to end (${endToEnd.passed}).`,
);
console.log(`${total("passed")} passed, ${total("failed")} failed`);
