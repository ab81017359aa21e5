// Load through wrk (Debian's `wrk`) when it is installed: written in C, it leaves far more of the
// two cores to workerd than a Node load generator does, so the figures show the worker, not us.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export function hasWrk() {
  return spawnSync("sh", ["-c", "command -v wrk"]).status === 0;
}

const toMs = (value, unit) => Number(value) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? NaN);

/**
 * A Lua script that sends a JSON POST with a fresh Idempotency-Key per request, each from its own
 * client address (`CF-Connecting-IP`, which Cloudflare sets in production): the per-client rate
 * limit would otherwise refuse all but the first 20 sign-ups a minute, and the figures would time
 * the refusals, not the bookings.
 */
function postScript(headers, body) {
  const luaHeaders = Object.entries(headers)
    .map(([name, value]) => `["${name}"] = "${value}"`)
    .join(", ");
  return `
local threads = 0
function setup(thread) threads = threads + 1; thread:set("id", threads) end
local sent = 0
function request()
  sent = sent + 1
  local headers = { ${luaHeaders} }
  headers["Idempotency-Key"] = string.format("bench-%d-%d-%d", os.time(), id, sent)
  headers["CF-Connecting-IP"] = string.format("10.%d.%d.%d", id, math.floor(sent / 250) % 250, sent % 250)
  return wrk.format("POST", nil, headers, ${JSON.stringify(body)})
end`;
}

/**
 * @param {{ url: string, connections: number, durationMs: number, post?: { headers: Record<string, string>, body: string }, headers?: Record<string, string> }} options
 */
export function wrkLoad({ url, connections, durationMs, post, headers = {} }) {
  if (!new URL(url).hostname.startsWith("127.")) throw new Error("load only targets 127.0.0.1");
  const args = ["-t2", `-c${connections}`, `-d${Math.round(durationMs / 1000)}s`, "--latency"];
  for (const [name, value] of Object.entries(headers)) args.push("-H", `${name}: ${value}`);
  if (post) {
    const script = path.join(mkdtempSync(path.join(tmpdir(), "hearth-wrk-")), "post.lua");
    writeFileSync(script, postScript(post.headers, post.body));
    args.push("-s", script);
  }
  const result = spawnSync("wrk", [...args, url], {
    encoding: "utf8",
    timeout: durationMs + 30_000,
  });
  if (result.status !== 0) throw new Error(`wrk failed: ${result.stderr}`);
  const out = result.stdout;
  const latency = (percent) => {
    const match = new RegExp(`^\\s*${percent}%\\s+([\\d.]+)(us|ms|s)`, "m").exec(out);
    return match ? Number(toMs(match[1], match[2]).toFixed(1)) : NaN;
  };
  const requests = Number(/(\d+) requests in/.exec(out)?.[1] ?? 0);
  const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
  const socketErrors = /Socket errors: (.*)/.exec(out)?.[1] ?? null;
  return {
    tool: "wrk",
    requests,
    requestsPerSecond: Math.round(Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0)),
    p50Ms: latency(50),
    p99Ms: latency(99),
    non2xx,
    socketErrors,
  };
}
