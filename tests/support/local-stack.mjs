// Starts the real worker with `wrangler dev` on 127.0.0.1, on its own fresh local D1 (real
// migrations + demo seed), for the end-to-end tests and the benchmarks. Bounded in time.
import { spawn, spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const bin = (name) => path.join(root, "node_modules/.bin", name);
const startTimeoutMs = 60_000;

function wrangler(args) {
  const result = spawnSync(bin("wrangler"), args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) {
    throw new Error(`wrangler ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

/** `wrangler d1 execute` on the stack's local D1. */
const d1Execute = (persistTo, ...args) =>
  wrangler(["d1", "execute", "DB", "--local", "--persist-to", persistTo, ...args]);

/** Runs SQL against the stack's local D1. */
export function executeSql(persistTo, sql) {
  d1Execute(persistTo, "--command", sql);
}

/** The rows one SELECT answers from the stack's local D1. */
export function querySql(persistTo, sql) {
  return JSON.parse(d1Execute(persistTo, "--json", "--command", sql))[0].results;
}

/** Builds the widgets unless a build is there (`fresh`: always, so sizes are of today's code). */
export function ensureBuilt({ fresh = false } = {}) {
  if (!fresh && existsSync(path.join(root, "dist/embed.js"))) return;
  // The whole build (`npm run build`: the widgets and custom-elements.json), so a fresh build for
  // the bench leaves dist/ as complete as the one the tests and `npm start` serve.
  const result = spawnSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm run build failed");
}

/**
 * A local D1 with the real migrations and the demo seed, made once per version of them and copied
 * for each stack: applying the migrations takes wrangler about 11 s, copying the files a few ms.
 */
function seededDatabaseTemplate() {
  const migrations = path.join(root, "schema/migrations");
  const hash = createHash("sha256");
  for (const name of readdirSync(migrations)
    .filter((file) => file.endsWith(".sql"))
    .sort()) {
    hash.update(name).update(readFileSync(path.join(migrations, name)));
  }
  hash.update(readFileSync(path.join(root, "demo/seed.sql")));
  const template = path.join(tmpdir(), `hearth-d1-template-${hash.digest("hex").slice(0, 16)}`);
  if (existsSync(template)) return template;
  const building = mkdtempSync(path.join(tmpdir(), "hearth-d1-building-"));
  wrangler(["d1", "migrations", "apply", "DB", "--local", "--persist-to", building]);
  d1Execute(building, "--file", "demo/seed.sql");
  try {
    renameSync(building, template);
  } catch {
    // another run made the same template first: theirs is identical
    rmSync(building, { recursive: true, force: true });
  }
  return template;
}

/** Runs each statement of `setupSql` on the stack's D1 in one wrangler call. */
function runSetupSql(persistTo, setupSql) {
  if (setupSql.length === 0) return;
  const file = path.join(persistTo, "setup.sql");
  writeFileSync(file, setupSql.map((sql) => sql.trim().replace(/;$/, "")).join(";\n") + ";\n");
  d1Execute(persistTo, "--file", file);
  rmSync(file);
}

async function waitUntilUp(url, child) {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`wrangler dev exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`wrangler dev did not answer on ${url} within ${startTimeoutMs / 1000}s`);
}

/**
 * `onLine` receives each line the worker and wrangler print, instead of the terminal: with
 * `logLevel: "log"` that includes the worker's own `console.log` (hidden at "warn" and "info").
 * @param {{ port: number, vars?: Record<string, string>, setupSql?: string[], freshBuild?: boolean,
 *   logLevel?: string, onLine?: (line: string) => void }} options
 * @returns {Promise<{ url: string, persistTo: string, stop: () => Promise<void> }>}
 */
export async function startStack({
  port,
  vars = {},
  setupSql = [],
  freshBuild = false,
  logLevel = "warn",
  onLine,
}) {
  ensureBuilt({ fresh: freshBuild });
  const persistTo = mkdtempSync(path.join(tmpdir(), "hearth-d1-"));
  cpSync(seededDatabaseTemplate(), persistTo, { recursive: true });
  runSetupSql(persistTo, setupSql);

  const allVars = {
    MANAGE_TOKEN_SECRET: "local-stack-secret-0123456789abcdef",
    HEARTH_ENV: "development",
    HEARTH_PUBLIC_URL: `http://127.0.0.1:${port}`,
    ...vars,
  };
  const child = spawn(
    bin("wrangler"),
    [
      "dev",
      "--ip",
      "127.0.0.1",
      "--port",
      String(port),
      "--persist-to",
      persistTo,
      "--log-level",
      logLevel,
      "--show-interactive-dev-session=false",
      ...Object.entries(allVars).flatMap(([key, value]) => ["--var", `${key}:${value}`]),
    ],
    {
      cwd: root,
      stdio: ["ignore", onLine ? "pipe" : "inherit", "inherit"],
      detached: true,
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
    },
  );
  if (onLine) createInterface({ input: child.stdout }).on("line", onLine);
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      process.kill(-child.pid, "SIGTERM");
      await new Promise((resolve) => {
        const timer = setTimeout(() => {
          if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
          resolve();
        }, 5000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    rmSync(persistTo, { recursive: true, force: true });
  };
  try {
    await waitUntilUp(url, child);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, persistTo, stop };
}
