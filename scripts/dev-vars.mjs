import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/**
 * Local settings for `wrangler dev` live in `.dev.vars` (git-ignored): a fresh random
 * MANAGE_TOKEN_SECRET per checkout, so no secret is ever committed, and HEARTH_ENV=development,
 * which turns on the dev mailbox. Missing lines are added to an existing file.
 */
export function ensureDevVars(path = ".dev.vars") {
  const current = existsSync(path) ? readFileSync(path, "utf8") : "";
  const missing = [];
  if (!/^MANAGE_TOKEN_SECRET=/m.test(current)) {
    missing.push(`MANAGE_TOKEN_SECRET=${randomBytes(32).toString("base64")}`);
  }
  if (!/^HEARTH_ENV=/m.test(current)) missing.push("HEARTH_ENV=development");
  if (missing.length === 0) return;
  const separator = current === "" || current.endsWith("\n") ? "" : "\n";
  writeFileSync(path, `${current}${separator}${missing.join("\n")}\n`, { mode: 0o600 });
  console.log(`Wrote ${missing.map((line) => line.split("=")[0]).join(" and ")} to ${path}.`);
}
