import { sha256Hex } from "../lib/crypto.js";

export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

export const hashInvitationToken = (token: string) => sha256Hex(`invitation:${token}`);

/** The dashboard's own route; the token is in the fragment, so it never reaches server logs. */
export function invitationUrl(origin: string, token: string): string {
  return `${origin}/admin/#/invitation/${token}`;
}
