import { hashSessionToken } from "../http/require-session.js";
import { newId, randomToken } from "../lib/crypto.js";
import { insertSession } from "./session-queries.js";
import { sessionAbsoluteMs } from "./session-policy.js";

/**
 * A fresh session for `userId`: the statement to put in the caller's batch, and the token for
 * the cookie. Every sign-in gets a new token, so a token planted before sign-in is worthless.
 */
export async function newSession(
  db: D1Database,
  userId: string,
  now: number,
): Promise<{ token: string; statement: D1PreparedStatement }> {
  const token = randomToken(32);
  const statement = insertSession(db, {
    id: newId("ses"),
    tokenHash: await hashSessionToken(token),
    userId,
    now,
    expiresAt: now + sessionAbsoluteMs,
  });
  return { token, statement };
}
