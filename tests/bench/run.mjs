// `npm run bench`: bundle sizes, throughput and latency against `wrangler dev` on 127.0.0.1, and
// D1 work per request. Writes tests/bench/results/latest.json and prints a summary.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startStack } from "../support/local-stack.mjs";
import { measureD1Work } from "./d1-work.mjs";
import { measureIdleCron } from "./idle-cron.mjs";
import { measureMailFanOut, printMailFanOut } from "./mail-fanout.mjs";
import { benchEventSql, organiserToken, rosterBenchSql, signUpInit } from "./fixtures.mjs";
import { load } from "./load.mjs";
import { hasWrk, wrkLoad } from "./wrk.mjs";
import { measureSizes, printSizes } from "./sizes.mjs";
import { measureSlow4g, printSlow4g } from "./slow-4g.mjs";
import { printMatching } from "./matching-report.mjs";

const port = 8795;
const hostPort = 8796;
const durationMs = Number(process.env.BENCH_SECONDS ?? 8) * 1000;
const connections = 16;
const ratioRounds = 5;
const roundMs = 3000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** Each route's figures from its median round (by requests per second). */
function medianRound(rounds) {
  const routes = Object.keys(rounds[0]);
  return Object.fromEntries(
    routes.map((route) => {
      const sorted = rounds.map((round) => round[route]);
      sorted.sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
      return [route, sorted[Math.floor(sorted.length / 2)]];
    }),
  );
}

/** The median over the rounds of `route`'s throughput ÷ the trivial route's in the same round. */
function medianRatio(rounds, route) {
  const ratios = rounds.map(
    (round) => round[route].requestsPerSecond / round.trivialRoute.requestsPerSecond,
  );
  return {
    median: Number(median(ratios).toFixed(2)),
    each: ratios.map((r) => Number(r.toFixed(2))),
  };
}

const useWrk = hasWrk();
if (!useWrk) {
  console.log(
    "wrk is not installed (Debian: apt-get install wrk): using the slower Node load generator.",
  );
}
const results = {
  date: new Date().toISOString(),
  durationMs,
  connections,
  loadTool: useWrk ? "wrk" : "node",
};

// The host page is another origin; the sign-up form shows only where the organisation allows it.
const allowHostPage = `UPDATE organisations
  SET allowed_origins = json_insert(allowed_origins, '$[#]', 'http://127.0.0.1:${hostPort}')
  WHERE id = 'org_demo_city'`;
// A fresh build: the sizes are of the code as it is now, not of an older dist/.
const stack = await startStack({
  port,
  setupSql: [benchEventSql, allowHostPage, rosterBenchSql],
  freshBuild: true,
});
try {
  results.sizes = await measureSizes({ workerUrl: stack.url, hostPort });
  results.slow4g = await measureSlow4g({ workerUrl: stack.url, hostPort });
  results.slow4gHttp1 = await measureSlow4g({ workerUrl: stack.url, hostPort, http2: false });
  // Warm the isolate before measuring.
  await load({
    url: `${stack.url}/api/v1/orgs/demo-city/events`,
    connections: 4,
    durationMs: 1000,
  });
  const { headers, body } = signUpInit(stack.url);
  delete headers["Idempotency-Key"];
  const measure = (url, post, headers = {}, ms = durationMs) =>
    useWrk
      ? wrkLoad({ url, connections, durationMs: ms, post, headers })
      : load({
          url,
          connections,
          durationMs: ms,
          init: post ? () => signUpInit(stack.url) : () => ({ headers }),
        });
  // The ratios to the trivial route come from rounds that take turns (trivial route, events
  // list, roster, a light organiser read, again): the machine's own noise (other processes on
  // the same 2 cores) then falls on all of them alike, and the median of the rounds' ratios is
  // reported.
  const rounds = [];
  for (let round = 0; round < ratioRounds; round++) {
    rounds.push({
      trivialRoute: await measure(`${stack.url}/api/v1/health`, undefined, {}, roundMs),
      eventsList: await measure(
        `${stack.url}/api/v1/orgs/demo-city/events`,
        undefined,
        {},
        roundMs,
      ),
      // An organiser's roster of 2,000 people (its first page of 50, totals of everyone).
      roster: await measure(
        `${stack.url}/api/v1/admin/orgs/demo-city/events/evt_roster/registrations`,
        undefined,
        { Cookie: `__Host-hearth_session=${organiserToken}` },
        roundMs,
      ),
      // The floor of any organiser read: the member check and one small read (the digest
      // setting), to set the roster beside.
      lightOrganiserRead: await measure(
        `${stack.url}/api/v1/admin/orgs/demo-city/preferences`,
        undefined,
        { Cookie: `__Host-hearth_session=${organiserToken}` },
        roundMs,
      ),
    });
  }
  results.load = {
    ...medianRound(rounds),
    signUp: await measure(`${stack.url}/api/v1/orgs/demo-city/events/evt_bench/registrations`, {
      headers,
      body,
    }),
  };
  results.ratios = {
    rounds: ratioRounds,
    roundMs,
    eventsList: medianRatio(rounds, "eventsList"),
    roster: medianRatio(rounds, "roster"),
    lightOrganiserRead: medianRatio(rounds, "lightOrganiserRead"),
  };
} finally {
  await stack.stop();
}

const metered = await startStack({
  port,
  vars: { HEARTH_D1_METRICS: "1" },
  setupSql: [benchEventSql],
});
try {
  results.d1Work = await measureD1Work({ url: metered.url, persistTo: metered.persistTo });
  results.idleCron = await measureIdleCron({ url: metered.url, persistTo: metered.persistTo });
} finally {
  await metered.stop();
}
// Its own stack (it reads the worker's log lines): 10,000 reminders through the mail queue.
results.mailFanOut = await measureMailFanOut({ port });

// Language Friend matching: plain CPU work, in its own Node process with the TypeScript loader.
results.matching = JSON.parse(
  execFileSync(
    process.execPath,
    ["--import", "./scripts/ts-resolve.mjs", "tests/bench/matching.mjs", "--json"],
    { encoding: "utf8", cwd: path.resolve(import.meta.dirname, "../..") },
  )
    .trim()
    .split("\n")
    .at(-1),
);

const out = path.resolve(import.meta.dirname, "results");
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);

printSizes(results.sizes);
printSlow4g(results.slow4g);
printSlow4g(results.slow4gHttp1);
console.log(
  `\nLoad (${results.loadTool}, ${connections} connections, sign-up ${durationMs / 1000}s, the others their median round of ${roundMs / 1000}s, 127.0.0.1, load generator on the same 2 cores)`,
);
for (const [name, figures] of Object.entries(results.load)) {
  console.log(
    `  ${name.padEnd(14)} ${String(figures.requestsPerSecond).padStart(6)} req/s  p50 ${figures.p50Ms} ms  p99 ${figures.p99Ms} ms  ${figures.tool === "wrk" ? `non-2xx ${figures.non2xx}` : `statuses ${JSON.stringify(figures.statuses)} errors ${figures.errors}`}`,
  );
}
const ratio = (name) =>
  `${results.ratios[name].median} (median of ${results.ratios.rounds} rounds of ${results.ratios.roundMs / 1000}s taking turns: ${results.ratios[name].each.join(", ")})`;
console.log(
  `  events list ÷ trivial route: ${ratio("eventsList")}; goal ≥ 0.7 (repeated reads come from the 15-second cache)`,
);
console.log(`  roster of 2,000 ÷ trivial route: ${ratio("roster")}; goal ≥ 0.3`);
console.log(
  `  lightest organiser read ÷ trivial route: ${ratio("lightOrganiserRead")} (the floor the roster stands on)`,
);
console.log("\nD1 work per request");
const { eventsList, signUps } = results.d1Work;
console.log(
  `  events list: ${eventsList.roundTrips} round trip(s), ${eventsList.rowsRead} rows read`,
);
for (const row of signUps) {
  console.log(
    `  sign-up with ${String(row.existingRegistrations).padStart(5)} registrations on the slot: ${row.roundTrips} round trips, ${row.rowsRead} rows read, ${row.rowsWritten} rows written`,
  );
}
const { idleCron } = results;
console.log(
  `\nThe 5-minute cron with nothing due, ${idleCron.registrations.toLocaleString("en")} registrations in the database`,
);
console.log(
  `  idle run: ${idleCron.idleRun.rowsRead} rows read (goal < 1,000), ${idleCron.idleRun.queries} D1 queries (goal ≤ 50)`,
);
console.log(
  `  catching up after the upgrade: ${idleCron.catchUpRuns} run(s); the first read ${idleCron.firstRun.rowsRead} rows in ${idleCron.firstRun.queries} queries`,
);
printMailFanOut(results.mailFanOut);
results.matching.forEach(printMatching);
