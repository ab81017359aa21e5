import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  accountPolicy,
  assertNotLocked,
  clearAccountThrottle,
  recordFailedSignIn,
} from "../../../worker/auth/throttle.js";
import { ApiError } from "../../../worker/http/errors.js";

const minute = 60 * 1000;

function freshKeys() {
  const id = crypto.randomUUID();
  return { account: `account:test-${id}`, client: `client:test-${id}` };
}

async function rowOf(key: string) {
  return env.DB.prepare(
    `SELECT failures, window_started_at AS windowStartedAt, locked_until AS lockedUntil
       FROM login_throttles WHERE key = ?1`,
  )
    .bind(key)
    .first<{ failures: number; windowStartedAt: number; lockedUntil: number | null }>();
}

async function lockError(keys: ReturnType<typeof freshKeys>, now: number) {
  try {
    await assertNotLocked(env.DB, keys, now);
    return null;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

describe("sign-in throttle", () => {
  it("counts failures and locks the account at the limit for 15 minutes", async () => {
    const keys = freshKeys();
    const now = Date.now();
    for (let attempt = 1; attempt < accountPolicy.limit; attempt++) {
      await recordFailedSignIn(env.DB, keys, now + attempt);
    }
    expect(await rowOf(keys.account)).toMatchObject({ failures: 4, lockedUntil: null });
    expect(await lockError(keys, now + 10)).toBeNull();

    await recordFailedSignIn(env.DB, keys, now + 100);
    expect(await rowOf(keys.account)).toMatchObject({
      failures: 5,
      lockedUntil: now + 100 + 15 * minute,
    });
    const error = await lockError(keys, now + 100);
    expect(error?.status).toBe(429);
    expect(error?.code).toBe("rate_limited");
    expect(error?.headers["Retry-After"]).toBe(String(15 * 60));
    expect(await lockError(keys, now + 100 + 15 * minute)).toBeNull();
  });

  it("starts a new window once the old one is over, so old failures are forgotten", async () => {
    const keys = freshKeys();
    const now = Date.now();
    for (let attempt = 0; attempt < 4; attempt++) await recordFailedSignIn(env.DB, keys, now);
    await recordFailedSignIn(env.DB, keys, now + 16 * minute);
    expect(await rowOf(keys.account)).toEqual({
      failures: 1,
      windowStartedAt: now + 16 * minute,
      lockedUntil: null,
    });
  });

  it("never loses a count under concurrent failures", async () => {
    const keys = freshKeys();
    const now = Date.now();
    await Promise.all(Array.from({ length: 12 }, () => recordFailedSignIn(env.DB, keys, now)));
    expect((await rowOf(keys.client))?.failures).toBe(12);
    expect((await rowOf(keys.account))?.lockedUntil).toBe(now + 15 * minute);
  });

  it("clears only the account key", async () => {
    const keys = freshKeys();
    await recordFailedSignIn(env.DB, keys, Date.now());
    await clearAccountThrottle(env.DB, keys).run();
    expect(await rowOf(keys.account)).toBeNull();
    expect((await rowOf(keys.client))?.failures).toBe(1);
  });
});
