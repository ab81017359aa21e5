import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import {
  accountPolicy,
  clientPolicy,
  passwordConfirmed,
  reserveSignInAttempt,
  signedIn,
} from "../../../worker/organisers/throttle.js";
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

/** The 429 that refused the attempt, or null when the attempt was counted. */
async function refusalOf(keys: ReturnType<typeof freshKeys>, now: number) {
  try {
    await reserveSignInAttempt(env.DB, keys, now);
    return null;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
}

describe("sign-in throttle", () => {
  it("counts attempts and locks the account at the limit for 15 minutes", async () => {
    const keys = freshKeys();
    const now = Date.now();
    for (let attempt = 1; attempt < accountPolicy.limit; attempt++) {
      expect(await refusalOf(keys, now + attempt)).toBeNull();
    }
    expect(await rowOf(keys.account)).toMatchObject({ failures: 4, lockedUntil: null });

    expect(await refusalOf(keys, now + 100)).toBeNull();
    expect(await rowOf(keys.account)).toMatchObject({
      failures: 5,
      lockedUntil: now + 100 + 15 * minute,
    });
    const error = await refusalOf(keys, now + 100);
    expect(error?.status).toBe(429);
    expect(error?.code).toBe("rate_limited");
    expect(error?.headers["Retry-After"]).toBe(String(15 * 60));
    expect(await refusalOf(keys, now + 100 + 15 * minute)).toBeNull();
  });

  it("starts a new window once the old one is over, so old failures are forgotten", async () => {
    const keys = freshKeys();
    const now = Date.now();
    for (let attempt = 0; attempt < 4; attempt++) await refusalOf(keys, now);
    await refusalOf(keys, now + 16 * minute);
    expect(await rowOf(keys.account)).toEqual({
      failures: 1,
      windowStartedAt: now + 16 * minute,
      lockedUntil: null,
    });
  });

  it("grants exactly the limit to concurrent attempts and counts a refused one nowhere", async () => {
    const keys = freshKeys();
    const now = Date.now();
    const outcomes = await Promise.all(Array.from({ length: 20 }, () => refusalOf(keys, now)));
    expect(outcomes.filter((outcome) => outcome === null)).toHaveLength(accountPolicy.limit);
    expect(outcomes.filter((outcome) => outcome?.status === 429)).toHaveLength(
      20 - accountPolicy.limit,
    );
    expect(await rowOf(keys.account)).toMatchObject({
      failures: accountPolicy.limit,
      lockedUntil: now + 15 * minute,
    });
    expect((await rowOf(keys.client))?.failures).toBe(accountPolicy.limit);
  });

  it("locks a client at its own limit across accounts", async () => {
    const client = `client:test-${crypto.randomUUID()}`;
    const now = Date.now();
    const outcomes = await Promise.all(
      Array.from({ length: 30 }, () =>
        refusalOf({ account: `account:test-${crypto.randomUUID()}`, client }, now),
      ),
    );
    expect(outcomes.filter((outcome) => outcome === null)).toHaveLength(clientPolicy.limit);
    expect(await rowOf(client)).toMatchObject({ failures: clientPolicy.limit });
  });

  it("forgets the account's failures at sign-in and gives the client its attempt back", async () => {
    const keys = freshKeys();
    const now = Date.now();
    await refusalOf(keys, now);
    await refusalOf(keys, now + 1);
    await env.DB.batch(signedIn(env.DB, keys, now + 1));
    expect(await rowOf(keys.account)).toBeNull();
    expect((await rowOf(keys.client))?.failures).toBe(1);
  });

  it("gives back the attempt of a confirmed password, lifting the lock it set", async () => {
    const keys = freshKeys();
    const now = Date.now();
    for (let attempt = 0; attempt < accountPolicy.limit; attempt++) await refusalOf(keys, now);
    expect((await rowOf(keys.account))?.lockedUntil).toBe(now + 15 * minute);

    await env.DB.batch(passwordConfirmed(env.DB, keys, now));
    expect(await rowOf(keys.account)).toMatchObject({ failures: 4, lockedUntil: null });
    expect((await rowOf(keys.client))?.failures).toBe(4);
    expect(await refusalOf(keys, now + 1)).toBeNull();
  });

  it("gives nothing back to a window that started after the attempt", async () => {
    const keys = freshKeys();
    const now = Date.now();
    await refusalOf(keys, now);
    await refusalOf(keys, now + 16 * minute);
    await env.DB.batch(passwordConfirmed(env.DB, keys, now));
    expect((await rowOf(keys.account))?.failures).toBe(1);
  });
});
