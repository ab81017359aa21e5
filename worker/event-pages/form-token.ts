import { constantTimeEqual, hmacSha256Base64Url, randomToken } from "../lib/crypto.js";

/*
 * Each page the worker writes carries a fresh token in its form. It is the sign-up's
 * Idempotency-Key (a form sent twice — a double tap, a reload, a lost answer — books once, and
 * shows the same confirmation) and says when the form was shown, for the API's too-fast check,
 * which the widget measures in the browser. Signed, so a script cannot claim a form it never
 * fetched was open for minutes. It opens nothing: a stolen one only repeats its own sign-up.
 */

const sign = (secret: string, issuedAt: string, nonce: string) =>
  hmacSha256Base64Url(secret, `event-page-form:${issuedAt}:${nonce}`);

/** `<issued at, base 36>.<random>.<signature>`: letters, digits, `-`, `_` and `.`, as keys are. */
export async function issueFormToken(secret: string, now: number): Promise<string> {
  const issuedAt = now.toString(36);
  const nonce = randomToken(12);
  return `${issuedAt}.${nonce}.${await sign(secret, issuedAt, nonce)}`;
}

/** When the form with this token was shown, or null for a token the worker did not give. */
export async function formShownAt(secret: string, token: string): Promise<number | null> {
  const match = /^([0-9a-z]{1,12})\.([\w-]{16})\.([\w-]{43})$/.exec(token);
  if (!match) return null;
  const [, issuedAt = "", nonce = "", signature = ""] = match;
  if (!constantTimeEqual(await sign(secret, issuedAt, nonce), signature)) return null;
  return parseInt(issuedAt, 36);
}
