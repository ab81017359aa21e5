import { hmacSha256Base64Url } from "../lib/crypto.js";

const dayMs = 24 * 60 * 60 * 1000;
/** Used when `HEARTH_CONFIRMATIONS_PER_DAY` is missing or not a whole number. */
const defaultPerDay = 5;

/** The counter's day for a moment: days since 1970-01-01 in UTC. */
export const quotaDay = (now: number) => Math.floor(now / dayMs);

/** The daily cap on confirmations to one address: the address (hashed), the day and the cap. */
export interface ConfirmationQuota {
  recipientHash: string;
  /** Days since 1970-01-01 in UTC. */
  day: number;
  perDay: number;
}

/** Case and a `+tag` do not make another inbox, so they do not buy more confirmations. */
export function normaliseAddress(email: string): string {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf("@");
  return at < 0 ? address : address.slice(0, at).replace(/\+.*$/, "") + address.slice(at);
}

/**
 * A keyed hash of an address: counts and rate-limit keys can name it without storing it, and
 * nobody without the secret can test a guessed address against them.
 */
export function recipientHash(secret: string, email: string): Promise<string> {
  return hmacSha256Base64Url(secret, `recipient:${normaliseAddress(email)}`);
}

function perDayFrom(value: string | undefined): number {
  const parsed = Number(value);
  return value !== undefined && value.trim() !== "" && Number.isInteger(parsed) && parsed >= 0
    ? parsed
    : defaultPerDay;
}

/** Today's quota for the address a confirmation would go to; `null` when there is none. */
export async function confirmationQuota(
  env: Pick<Env, "MANAGE_TOKEN_SECRET" | "HEARTH_CONFIRMATIONS_PER_DAY">,
  email: string | null | undefined,
  now: number,
): Promise<ConfirmationQuota | null> {
  if (!email) return null;
  return {
    recipientHash: await recipientHash(env.MANAGE_TOKEN_SECRET, email),
    day: quotaDay(now),
    perDay: perDayFrom(env.HEARTH_CONFIRMATIONS_PER_DAY),
  };
}
