// `npm test`: every gate, in order of speed. Stops at the first failure.
import { findChromium } from "./find-chromium.mjs";
import { run } from "./run.mjs";

const chromePath = findChromium();
const env = { ...process.env, CHROME_PATH: chromePath };
console.log(`Using Chromium at ${chromePath}`);

run("tsc", ["-b"]);
run("prettier", ["--check", "--log-level", "warn", "."]);
run("eslint", ["."]);
run("vitest", ["run", "--config", "tests/worker/vitest.config.ts"]);
run("vite", ["build", "--logLevel", "warn"]);
run("web-test-runner", ["--config", "tests/widgets/web-test-runner.config.mjs"], { env });
run("node", ["--test", "--test-concurrency=1", "tests/e2e/**/*.test.mjs"], { env });
console.log("\nAll checks passed: types, format, lint, worker, widgets, end to end.");
