import type { Context } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { sha256Hex } from "../lib/crypto.js";
import { clearThrottle, findLockedUntil, recordFailure } from "../queries/login-throttles.js";

const minute = 60 * 1000;

/** Guessing one account's password: 5 tries per 15 minutes, then 15 minutes locked. */
export const accountPolicy = { limit: 5, windowMs: 15 * minute, lockMs: 15 * minute };
/** One client trying many accounts: 20 tries per 15 minutes, then 15 minutes locked. */
export const clientPolicy = { limit: 20, windowMs: 15 * minute, lockMs: 15 * minute };

export interface ThrottleKeys {
  account: string;
  client: string;
}

/** Keys are hashes, so the table holds neither emails nor IP addresses. */
export async function throttleKeys(c: Context<AppEnv>, email: string): Promise<ThrottleKeys> {
  const ip = c.req.header("CF-Connecting-IP") ?? "unknown";
  return {
    account: `account:${await sha256Hex(email)}`,
    client: `client:${await sha256Hex(ip)}`,
  };
}

/** 429 with `Retry-After` while the account or the client is locked; checked before any password. */
export async function assertNotLocked(
  db: D1Database,
  keys: ThrottleKeys,
  now: number,
): Promise<void> {
  const lockedUntil = await findLockedUntil(db, [keys.account, keys.client], now);
  if (lockedUntil === null) return;
  const seconds = Math.max(1, Math.ceil((lockedUntil - now) / 1000));
  const minutes = Math.ceil(seconds / 60);
  throw new ApiError(
    429,
    "rate_limited",
    `Too many sign-in attempts. Wait ${minutes} ${minutes === 1 ? "minute" : "minutes"}, then try again.`,
  ).withHeaders({ "Retry-After": String(seconds) });
}

export function recordFailedSignIn(
  db: D1Database,
  keys: ThrottleKeys,
  now: number,
): Promise<D1Result[]> {
  return db.batch([
    recordFailure(db, { key: keys.account, now, ...accountPolicy }),
    recordFailure(db, { key: keys.client, now, ...clientPolicy }),
  ]);
}

/** A successful sign-in forgets the account's failures (the client's stay counted). */
export function clearAccountThrottle(db: D1Database, keys: ThrottleKeys): D1PreparedStatement {
  return clearThrottle(db, keys.account);
}
