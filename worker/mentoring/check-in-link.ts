import { constantTimeEqual, hmacSha256Base64Url } from "../lib/crypto.js";

/** How long a check-in link answers: the rest of a season is rarely longer. */
export const checkInLinkLifetimeMs = 60 * 24 * 60 * 60 * 1000;

const sign = (secret: string, personId: string, pairId: string, expiresAt: number) =>
  hmacSha256Base64Url(secret, `mentoring-check-in:${personId}:${pairId}:${expiresAt}`);

/**
 * The mid-season check-in's link: for one person about one pair, signed, until `expiresAt`.
 * `/r/mentoring-check-in/<person>/<pair>/<expires>/<signature>`.
 */
export async function checkInLink(
  origin: string,
  secret: string,
  link: { personId: string; pairId: string; expiresAt: number },
): Promise<string> {
  const signature = await sign(secret, link.personId, link.pairId, link.expiresAt);
  return `${origin}/r/mentoring-check-in/${encodeURIComponent(link.personId)}/${encodeURIComponent(link.pairId)}/${link.expiresAt}/${signature}`;
}

export async function checkCheckInLink(
  secret: string,
  link: { personId: string; pairId: string; expiresAt: string; signature: string },
  now: number,
): Promise<"valid" | "invalid" | "expired"> {
  if (!/^\d{1,15}$/.test(link.expiresAt)) return "invalid";
  const expected = await sign(secret, link.personId, link.pairId, Number(link.expiresAt));
  if (!constantTimeEqual(expected, link.signature)) return "invalid";
  return now < Number(link.expiresAt) ? "valid" : "expired";
}
