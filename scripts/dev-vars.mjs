import { randomBytes } from "node:crypto";
import { existsSync, writeFileSync } from "node:fs";

/**
 * Local secrets for `wrangler dev` live in `.dev.vars` (git-ignored). Made once per checkout with
 * a fresh random key, so no secret is ever committed.
 */
export function ensureDevVars(path = ".dev.vars") {
  if (existsSync(path)) return;
  writeFileSync(path, `MANAGE_TOKEN_SECRET=${randomBytes(32).toString("base64")}\n`, {
    mode: 0o600,
  });
  console.log(`Wrote ${path} with a new local MANAGE_TOKEN_SECRET.`);
}
