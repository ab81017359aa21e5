import type { Context } from "hono";
import { constantTimeEqual } from "../lib/crypto.js";
import { hashManageToken } from "../registrations/manage-token.js";
import { ApiError } from "./errors.js";

/**
 * Checks a manage link's token (`Authorization: Bearer …`) against the stored hash of the thing
 * it opens: 401 without a token; the same 404 for a wrong token as for an unknown id, so a guess
 * learns nothing.
 */
export async function authoriseManageToken<T extends { manageTokenHash: string }>(
  c: Context,
  found: T | null,
  words: { missing: string; notFound: string },
): Promise<T> {
  const token = /^Bearer (\S+)$/.exec(c.req.header("Authorization") ?? "")?.[1];
  if (!token) throw new ApiError(401, "unauthorized", words.missing);
  if (!found || !constantTimeEqual(await hashManageToken(token), found.manageTokenHash)) {
    throw new ApiError(404, "not_found", words.notFound);
  }
  return found;
}
