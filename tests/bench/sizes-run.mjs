// The widgets' part of the bench on its own, on ports of its own (8811 for the worker, 8812 for
// the host page): `node tests/bench/sizes-run.mjs` for sizes and steps, `--slow-4g` to add the
// Slow 4G timing against a bare Lit element, `--no-build` to measure dist/ as it is, `--json=<file>`
// to keep every figure with its files.
import { writeFileSync } from "node:fs";
import { startStack } from "../support/local-stack.mjs";
import { allowOriginSql } from "../support/static-host.mjs";
import { measureSizes, printSizes } from "./sizes.mjs";
import { measureSlow4g, printSlow4g } from "./slow-4g.mjs";

const port = 8811;
const hostPort = 8812;
const args = new Set(process.argv.slice(2));

const stack = await startStack({
  port,
  setupSql: [allowOriginSql(`http://127.0.0.1:${hostPort}`)],
  freshBuild: !args.has("--no-build"),
});
try {
  const sizes = await measureSizes({ workerUrl: stack.url, hostPort });
  printSizes(sizes);
  const json = process.argv.find((arg) => arg.startsWith("--json="))?.slice("--json=".length);
  if (json) writeFileSync(json, `${JSON.stringify(sizes, null, 2)}\n`);
  if (args.has("--slow-4g")) {
    printSlow4g(await measureSlow4g({ workerUrl: stack.url, hostPort }));
    printSlow4g(await measureSlow4g({ workerUrl: stack.url, hostPort, http2: false }));
  }
} finally {
  await stack.stop();
}
