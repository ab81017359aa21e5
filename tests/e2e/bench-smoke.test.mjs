// A CI-sized run of `npm run bench`'s own measures (issue 14), so the benchmark cannot quietly
// stop working between the runs that report its figures: the load generator against the public
// reads, the roster and a sign-up; D1's work per request; the idle cron on a database with
// history. Small sizes, one real `wrangler dev`, real local D1. (The mail fan-out needs a stack of
// its own and ~20 s: every end-to-end test's mail comes through the queue that `wrangler dev` runs,
// and tests/worker/notifications/mail-queue.test.ts counts its work.)
// Nothing here is about time: the figures the bench reports beside their goals are counts (round
// trips, rows, queries), and those are checked; speed is only ever reported by `npm run bench`.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { startStack } from "../support/local-stack.mjs";
import { measureD1Work } from "../bench/d1-work.mjs";
import { benchEventSql, organiserToken, rosterBenchSql, signUpInit } from "../bench/fixtures.mjs";
import { measureIdleCron } from "../bench/idle-cron.mjs";
import { load } from "../bench/load.mjs";
import { hasWrk, wrkLoad } from "../bench/wrk.mjs";

const workerPort = 8841;
const organiser = { Cookie: `__Host-hearth_session=${organiserToken}` };

let stack;

before(async () => {
  stack = await startStack({
    port: workerPort,
    vars: { HEARTH_D1_METRICS: "1" },
    setupSql: [benchEventSql, rosterBenchSql],
  });
});

after(async () => {
  await stack?.stop();
});

const briefly = { connections: 4, durationMs: 400 };

// First: the events list is measured as a cache miss, before any other read keeps it.
test("a public read and a sign-up each take one D1 round trip, whatever the slot holds", async () => {
  const work = await measureD1Work({ url: stack.url, persistTo: stack.persistTo, sizes: [0, 200] });
  assert.equal(work.eventsList.roundTrips, 1, JSON.stringify(work.eventsList));
  assert.ok(work.eventsList.rowsRead > 0);
  assert.deepEqual(
    work.signUps.map((signUp) => [signUp.existingRegistrations, signUp.roundTrips]),
    [
      [0, 1],
      [200, 1],
    ],
  );
  assert.equal(work.signUps[0].rowsRead, work.signUps[1].rowsRead, "rows read grew with the slot");
});

test("the load generator reads the trivial route, the events list and a roster page, and signs people up", async () => {
  const reads = {
    health: [`${stack.url}/api/v1/health`, {}],
    eventsList: [`${stack.url}/api/v1/orgs/demo-city/events`, {}],
    roster: [`${stack.url}/api/v1/admin/orgs/demo-city/events/evt_roster/registrations`, organiser],
  };
  for (const [name, [url, headers]] of Object.entries(reads)) {
    const figures = await load({ url, ...briefly, init: () => ({ headers }) });
    assert.ok(figures.requests > 0, `${name}: no request was answered`);
    assert.deepEqual(Object.keys(figures.statuses), ["200"], `${name}: ${JSON.stringify(figures)}`);
    assert.equal(figures.errors, 0, name);
  }
  const signUps = await load({
    url: `${stack.url}/api/v1/orgs/demo-city/events/evt_bench/registrations`,
    ...briefly,
    init: () => signUpInit(stack.url),
  });
  assert.ok(signUps.requests > 0);
  assert.deepEqual(Object.keys(signUps.statuses), ["201"], JSON.stringify(signUps));
  if (hasWrk()) {
    const figures = await wrkLoad({ url: reads.health[0], connections: 4, durationMs: 1000 });
    assert.ok(figures.requests > 0 && figures.non2xx === 0, JSON.stringify(figures));
  }
});

test("the cron with nothing due reads under 1,000 rows in at most 50 queries", async () => {
  const cron = await measureIdleCron({
    url: stack.url,
    persistTo: stack.persistTo,
    registrations: 4_000,
  });
  assert.ok(cron.catchUpRuns >= 1);
  assert.ok(cron.idleRun.rowsRead < 1_000, JSON.stringify(cron.idleRun));
  assert.ok(cron.idleRun.queries <= 50, JSON.stringify(cron.idleRun));
  assert.equal(cron.idleRun.rowsWritten, 0);
});
