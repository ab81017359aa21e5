import type { MeResponse } from "../../../schema/contracts/admin/session.js";
import type { InvitationPreviewResponse } from "../../../schema/contracts/admin/team.js";
import { request } from "../admin-api.js";

// Session and invitations: these answer 401 as part of their job, so never ask to sign in again

/** The signed-in member and their organisations. */
export const getMe = (signal?: AbortSignal) =>
  request<MeResponse>("GET", "/me", undefined, { signal, session: true });

export const signIn = (email: string, password: string) =>
  request<MeResponse>("POST", "/session", { email, password }, { session: true });

export const signOut = () => request<null>("DELETE", "/session", undefined, { session: true });

/** What an invitation link offers, before the person accepts it. */
export const getInvitation = (token: string, signal?: AbortSignal) =>
  request<InvitationPreviewResponse>(
    "GET",
    `/invitations/${encodeURIComponent(token)}`,
    undefined,
    { signal, session: true },
  );

export const acceptInvitation = (
  token: string,
  body: { displayName?: string; password?: string; locale?: string },
) =>
  request<MeResponse>("POST", `/invitations/${encodeURIComponent(token)}/accept`, body, {
    session: true,
  });
