// `node tests/bench/side-by-side.mjs <other checkout> [rounds]`: this checkout and another (a
// `git worktree` of an older commit, with `node_modules` and a build) on two `wrangler dev`
// stacks at once, 127.0.0.1:8941–8942, the same routes taking turns on both. On a shared 2-core
// machine two runs of `npm run bench` can differ by a fifth; side by side, the noise falls on both
// checkouts alike, so a change's own effect shows.
import path from "node:path";
import { organiserToken, rosterBenchSql, benchEventSql } from "./fixtures.mjs";
import { hasWrk, wrkLoad } from "./wrk.mjs";

const [other, roundsArgument] = process.argv.slice(2);
if (!other || !hasWrk()) {
  console.error(
    "Usage: node tests/bench/side-by-side.mjs <other checkout> [rounds] (needs wrk: apt-get install wrk)",
  );
  process.exit(2);
}
const checkouts = { other: path.resolve(other), this: path.resolve(import.meta.dirname, "../..") };
const rounds = Number(roundsArgument ?? 6);
const organiser = { Cookie: `__Host-hearth_session=${organiserToken}` };
const roster = "/api/v1/admin/orgs/demo-city/events/evt_roster/registrations";
const routes = {
  "trivial route": "/api/v1/health",
  "events list": "/api/v1/orgs/demo-city/events",
  "roster of 2,000": roster,
  "roster, no rows": `${roster}?status=cancelled`,
  "light organiser read": "/api/v1/admin/orgs/demo-city/preferences",
};

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const stacks = {};
try {
  let port = 8941;
  for (const [name, root] of Object.entries(checkouts)) {
    const { startStack } = await import(path.join(root, "tests/support/local-stack.mjs"));
    stacks[name] = await startStack({ port: port++, setupSql: [benchEventSql, rosterBenchSql] });
  }
  const rps = {};
  for (const name of Object.keys(stacks)) {
    rps[name] = Object.fromEntries(Object.keys(routes).map((route) => [route, []]));
    // Warm each isolate before measuring.
    await wrkLoad({
      url: stacks[name].url + roster,
      connections: 4,
      durationMs: 1000,
      headers: organiser,
    });
  }
  for (let round = 0; round < rounds; round++) {
    for (const [route, url] of Object.entries(routes)) {
      for (const name of Object.keys(stacks)) {
        const figures = await wrkLoad({
          url: stacks[name].url + url,
          connections: 16,
          durationMs: 2000,
          headers: organiser,
        });
        rps[name][route].push(figures.requestsPerSecond);
      }
    }
  }
  console.log(`req/s, median of ${rounds} rounds of 2 s (this ÷ other)`);
  for (const route of Object.keys(routes)) {
    const [before, after] = [median(rps.other[route]), median(rps.this[route])];
    console.log(
      `  ${route.padEnd(22)} other ${String(Math.round(before)).padStart(5)}  this ${String(Math.round(after)).padStart(5)}  ${(after / before).toFixed(2)}`,
    );
  }
} finally {
  for (const stack of Object.values(stacks)) await stack.stop();
}
