import type { Role } from "../../../schema/contracts/admin/session.js";
import type {
  InvitationCreatedResponse,
  TeamResponse,
} from "../../../schema/contracts/admin/team.js";
import { org, request } from "../admin-api.js";

// Team: members and their roles, and invitations to join

export const getTeam = (slug: string, signal?: AbortSignal) =>
  request<TeamResponse>("GET", `${org(slug)}/team`, undefined, { signal });

export const invite = (slug: string, email: string, role: Role) =>
  request<InvitationCreatedResponse>("POST", `${org(slug)}/invitations`, { email, role });

export const revokeInvitation = (slug: string, id: string) =>
  request<null>("DELETE", `${org(slug)}/invitations/${encodeURIComponent(id)}`);

export const changeRole = (slug: string, userId: string, role: Role) =>
  request<unknown>("PUT", `${org(slug)}/members/${encodeURIComponent(userId)}`, { role });

export const removeMember = (slug: string, userId: string) =>
  request<null>("DELETE", `${org(slug)}/members/${encodeURIComponent(userId)}`);
