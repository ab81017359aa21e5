import type { Context } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { sha256Hex } from "../lib/crypto.js";
import {
  clearThrottle,
  findLockedUntil,
  isLockedRefusal,
  releaseAttempt,
  reserveAttempt,
} from "./login-throttle-queries.js";

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

function lockedError(lockedUntil: number, now: number): ApiError {
  const seconds = Math.max(1, Math.ceil((lockedUntil - now) / 1000));
  const minutes = Math.ceil(seconds / 60);
  return new ApiError(
    429,
    "rate_limited",
    `Too many sign-in attempts. Wait ${minutes} ${minutes === 1 ? "minute" : "minutes"}, then try again.`,
  ).withHeaders({ "Retry-After": String(seconds) });
}

/**
 * Counts an attempt against the account and the client before its password is checked, and
 * answers 429 with `Retry-After` while either is locked. The count is the lock check (one batch,
 * all or nothing), so concurrent guesses never get more password checks than the limit. The
 * attempt stays counted as a failure unless the caller gives it back after a right password
 * (`signedIn`, `passwordConfirmed`).
 */
export async function reserveSignInAttempt(
  db: D1Database,
  keys: ThrottleKeys,
  now: number,
): Promise<void> {
  try {
    await db.batch([
      reserveAttempt(db, { key: keys.account, now, ...accountPolicy }),
      reserveAttempt(db, { key: keys.client, now, ...clientPolicy }),
    ]);
  } catch (error) {
    if (!isLockedRefusal(error)) throw error;
    // Only for the answer's wording: nothing was written, so reading after the refusal is safe.
    const lockedUntil = await findLockedUntil(db, [keys.account, keys.client], now);
    throw lockedError(lockedUntil ?? now, now);
  }
}

/**
 * A right password confirmed without signing in (changing the password, accepting an invitation):
 * the attempt reserved at `reservedAt` is given back to both keys.
 */
export function passwordConfirmed(
  db: D1Database,
  keys: ThrottleKeys,
  reservedAt: number,
): D1PreparedStatement[] {
  return [
    releaseAttempt(db, { key: keys.account, reservedAt, limit: accountPolicy.limit }),
    releaseAttempt(db, { key: keys.client, reservedAt, limit: clientPolicy.limit }),
  ];
}

/**
 * A successful sign-in forgets the account's failures and gives the client back the attempt
 * reserved at `reservedAt` (the client's failures stay counted).
 */
export function signedIn(
  db: D1Database,
  keys: ThrottleKeys,
  reservedAt: number,
): D1PreparedStatement[] {
  return [
    clearThrottle(db, keys.account),
    releaseAttempt(db, { key: keys.client, reservedAt, limit: clientPolicy.limit }),
  ];
}
