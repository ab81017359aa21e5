import type { D1Work } from "../http/d1-metrics.js";
import { countingD1 } from "../http/d1-metrics.js";

/**
 * Runs a cron or queue invocation. With `HEARTH_D1_METRICS=1` (benchmarks only) it counts the
 * invocation's D1 work and logs it as one line, `d1-work {"invocation":…,"roundTrips":…}`:
 * these invocations answer no request, so there is no header to carry it (`npm run bench`).
 */
export async function logD1Work<T>(
  env: Env,
  invocation: string,
  run: (env: Env) => Promise<T>,
): Promise<T> {
  if (env.HEARTH_D1_METRICS !== "1") return run(env);
  const work: D1Work = { roundTrips: 0, rowsRead: 0, rowsWritten: 0 };
  try {
    return await run({ ...env, DB: countingD1(env.DB, work) });
  } finally {
    console.log(`d1-work ${JSON.stringify({ invocation, ...work })}`);
  }
}
