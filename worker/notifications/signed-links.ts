import { constantTimeEqual, hmacSha256Base64Url } from "../lib/crypto.js";

/** Reminder answers, answers to an offer of a place, and the feedback form after a visit. */
export const linkActions = ["confirm", "cancel", "accept", "decline", "feedback"] as const;
export type LinkAction = (typeof linkActions)[number];

/**
 * Reminder links: single-purpose (the action is signed), tied to one registration, valid until
 * `expiresAt`. `/r/<action>/<registration>/<expires>/<signature>`.
 */
export async function signedLink(
  origin: string,
  secret: string,
  link: { action: LinkAction; registrationId: string; expiresAt: number },
): Promise<string> {
  const signature = await sign(secret, link.action, link.registrationId, link.expiresAt);
  return `${origin}/r/${link.action}/${encodeURIComponent(link.registrationId)}/${link.expiresAt}/${signature}`;
}

function sign(secret: string, action: string, registrationId: string, expiresAt: number) {
  return hmacSha256Base64Url(secret, `link:${action}:${registrationId}:${expiresAt}`);
}

export type LinkCheck = "valid" | "invalid" | "expired";

/** Checks the signature first (a tampered link is "invalid", whatever its date), then the date. */
export async function checkSignedLink(
  secret: string,
  link: { action: string; registrationId: string; expiresAt: string; signature: string },
  now: number,
): Promise<LinkCheck> {
  if (!(linkActions as readonly string[]).includes(link.action)) return "invalid";
  if (!/^\d{1,15}$/.test(link.expiresAt)) return "invalid";
  const expected = await sign(secret, link.action, link.registrationId, Number(link.expiresAt));
  if (!constantTimeEqual(expected, link.signature)) return "invalid";
  return now < Number(link.expiresAt) ? "valid" : "expired";
}
