import { hmacSha256Base64Url, sha256Hex } from "../lib/crypto.js";

/**
 * The manage token is an HMAC of the registration id under a server secret, so the worker can put
 * the manage link in any later message (reminders, promotions) and a replayed sign-up gets the
 * same link, while only the token's hash is stored. Without the secret nobody can make one.
 */
export function deriveManageToken(secret: string, registrationId: string): Promise<string> {
  return hmacSha256Base64Url(secret, `manage:${registrationId}`);
}

export const hashManageToken = (token: string) => sha256Hex(`manage-token:${token}`);

export const hashIdempotencyKey = (key: string) => sha256Hex(`idempotency-key:${key}`);

/** The link a person keeps: the token sits in the fragment, so it never reaches server logs. */
export function manageUrl(origin: string, registrationId: string, token: string): string {
  return `${origin}/manage/?registration=${encodeURIComponent(registrationId)}#token=${token}`;
}
