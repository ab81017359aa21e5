import type { Context } from "hono";
import { sha256Hex } from "../lib/crypto.js";
import { hashIdempotencyKey } from "../registrations/manage-token.js";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";

export const idempotencyKeyPattern = /^[A-Za-z0-9_.:-]{8,128}$/;

export interface IdempotentRequest {
  keyHash: string;
  /** What makes two requests with one key "the same request". */
  requestHash: string;
}

/**
 * The `Idempotency-Key` of a public sign-up (400 without a usable one), hashed, with the hash of
 * `fingerprint`: the parts of the request that a retry must repeat exactly.
 */
export async function readIdempotentRequest(
  c: Context<AppEnv>,
  fingerprint: unknown,
): Promise<IdempotentRequest> {
  const key = c.req.header("Idempotency-Key");
  if (!key || !idempotencyKeyPattern.test(key)) {
    throw new ApiError(
      400,
      "idempotency_key_required",
      "Send an Idempotency-Key header (8–128 letters, digits, or - _ . :) so a retried sign-up is not booked twice.",
    );
  }
  const [keyHash, requestHash] = await Promise.all([
    hashIdempotencyKey(key),
    sha256Hex(JSON.stringify(fingerprint)),
  ]);
  return { keyHash, requestHash };
}

/**
 * What a request whose key may have been used before gets instead of `refusal`: what the first
 * request with the key stored (`stored`, found after the refusal), to be answered as the first time
 * whatever changed since; 422 when that request had a different body; `refusal` itself when the
 * key is new. Call it on every refusal after the key was read, and when a write fails on the key's
 * UNIQUE index (a concurrent retry won), so a retry never sees a 409 or a 500.
 */
export function storedOrRefuse<Stored extends { requestHash: string | null }>(
  stored: Stored | null,
  request: IdempotentRequest,
  refusal: unknown,
): Stored {
  if (!stored) throw refusal;
  // Null for rows written before the request hash was stored: those keys replay as they did then.
  if (stored.requestHash !== null && stored.requestHash !== request.requestHash) {
    throw new ApiError(
      422,
      "idempotency_key_reused",
      "This Idempotency-Key was already used with other answers. Use a new key for each new sign-up or application.",
    );
  }
  return stored;
}
