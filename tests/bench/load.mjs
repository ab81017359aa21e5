// A small closed-loop load generator: `connections` loops send requests back to back for
// `durationMs`, then stop. Only ever pointed at 127.0.0.1.

const percentile = (sorted, p) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * @param {{ url: string, init?: () => RequestInit, connections?: number, durationMs?: number }} options
 */
export async function load({ url, init = () => ({}), connections = 16, durationMs = 5000 }) {
  if (!new URL(url).hostname.startsWith("127.")) throw new Error("load only targets 127.0.0.1");
  const latencies = [];
  const statuses = {};
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const sent = performance.now();
        try {
          const response = await fetch(url, init());
          await response.arrayBuffer();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          latencies.push(performance.now() - sent);
        } catch {
          errors++;
        }
      }
    }),
  );
  const elapsedSeconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    requestsPerSecond: Math.round(latencies.length / elapsedSeconds),
    p50Ms: Number(percentile(latencies, 50).toFixed(1)),
    p99Ms: Number(percentile(latencies, 99).toFixed(1)),
    statuses,
    errors,
  };
}
