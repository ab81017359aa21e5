import * as v from "valibot";
import { emailSchema } from "./session.js";
import type { Role } from "./session.js";

/** `POST /api/v1/admin/orgs/:org/invitations` */
export const invitationBodySchema = v.object({
  email: emailSchema,
  role: v.picklist(["owner", "organiser", "coordinator"], "Choose a role."),
});

export interface TeamMember {
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  since: string;
}

export interface PendingInvitation {
  id: string;
  email: string;
  role: Role;
  expiresAt: string;
}

export interface TeamResponse {
  members: TeamMember[];
  invitations: PendingInvitation[];
}

/** The link is shown once; only its hash is stored. */
export interface InvitationCreatedResponse {
  invitation: PendingInvitation & { url: string };
}

export interface InvitationPreviewResponse {
  invitation: {
    organisation: string;
    organisationName: string;
    email: string;
    role: Role;
    accountExists: boolean;
  };
}

export interface AuditEntry {
  id: string;
  at: string;
  user: { id: string; email: string; displayName: string } | null;
  action: string;
  targetType: string;
  targetId: string;
}

export interface AuditLogResponse {
  entries: AuditEntry[];
  nextCursor: string | null;
}

/** `PUT /api/v1/admin/orgs/:org/members/:userId` */
export const memberRoleBodySchema = v.object({
  role: v.picklist(["owner", "organiser", "coordinator"], "Choose a role."),
});

/** `GET /api/v1/admin/orgs/:org/audit` query: `cursor` is the previous page's `nextCursor`. */
export const auditQuerySchema = v.object({
  cursor: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}\.[a-z0-9_]{1,64}$/, "Start again."))),
});
