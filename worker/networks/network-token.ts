import { sha256Hex } from "../lib/crypto.js";

export const networkInvitationLifetimeMs = 14 * 24 * 60 * 60 * 1000;

export const hashNetworkToken = (token: string) => sha256Hex(`network-invitation:${token}`);

/** The dashboard's page for joining; the token is in the fragment, so it never reaches server logs. */
export function networkJoinUrl(origin: string, token: string): string {
  return `${origin}/admin/#/networks/join/${token}`;
}
