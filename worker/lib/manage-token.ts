import { hmacSha256Base64Url, sha256Hex } from "./crypto.js";

/**
 * The manage token is derived from the sign-up's idempotency key with a server secret, so a
 * replayed sign-up can hand back the same manage link although only the token's hash is stored.
 * Without the secret neither the database nor the key alone gives the token away.
 */
export function deriveManageToken(
  secret: string,
  organisationId: string,
  idempotencyKey: string,
): Promise<string> {
  return hmacSha256Base64Url(secret, `manage:${organisationId}:${idempotencyKey}`);
}

export const hashManageToken = (token: string) => sha256Hex(`manage-token:${token}`);

export const hashIdempotencyKey = (key: string) => sha256Hex(`idempotency-key:${key}`);

/** The link a person keeps: the token sits in the fragment, so it never reaches server logs. */
export function manageUrl(origin: string, registrationId: string, token: string): string {
  return `${origin}/manage/?registration=${encodeURIComponent(registrationId)}#token=${token}`;
}
