import { Hono } from "hono";
import {
  auditQuerySchema,
  invitationBodySchema,
  memberRoleBodySchema,
} from "../../schema/contracts/admin/team.js";
import type {
  AuditLogResponse,
  InvitationCreatedResponse,
  TeamMember,
  TeamResponse,
} from "../../schema/contracts/admin/team.js";
import { hashInvitationToken, invitationLifetimeMs, invitationUrl } from "./invitation-token.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { newId, randomToken } from "../lib/crypto.js";
import { auditStatement, listAuditEntries } from "./audit-log.js";
import {
  insertInvitation,
  listPendingInvitations,
  revokeInvitation,
} from "./invitation-queries.js";
import type { TeamMemberRow } from "./membership-queries.js";
import {
  changeMemberRole,
  findTeamMember,
  listTeamMembers,
  removeMember,
} from "./membership-queries.js";
import { idParam } from "../http/id-param.js";

const auditPageSize = 50;
const iso = (ms: number) => new Date(ms).toISOString();

const toTeamMember = (row: TeamMemberRow): TeamMember => ({
  userId: row.userId,
  email: row.email,
  displayName: row.displayName,
  role: row.role,
  since: iso(row.createdAt),
});

const unknownMember = () =>
  new ApiError(404, "not_found", "This person is not a member of the organisation.");

const lastOwner = () =>
  new ApiError(
    409,
    "last_owner",
    "This is the organisation's only owner. Make someone else an owner first.",
  );

/** Team, invitations and the audit log: owners only (audit.read and team.manage). */
export const teamRoutes = new Hono<AppEnv>()
  .get("/team", requirePermission("team.manage"), async (c) => {
    const db = c.var.db;
    const organisationId = c.var.organisation.id;
    const [members, invitations] = await Promise.all([
      listTeamMembers(db, organisationId),
      listPendingInvitations(db, organisationId, Date.now()),
    ]);
    return c.json<TeamResponse, 200>(
      {
        members: members.map(toTeamMember),
        invitations: invitations.map((invitation) => ({
          id: invitation.id,
          email: invitation.email,
          role: invitation.role,
          expiresAt: iso(invitation.expiresAt),
        })),
      },
      200,
    );
  })
  .post(
    "/invitations",
    requirePermission("team.manage"),
    validate("json", invitationBodySchema),
    async (c) => {
      const { email, role } = c.req.valid("json");
      const db = c.var.db;
      const now = Date.now();
      const organisationId = c.var.organisation.id;
      const id = newId("inv");
      const token = randomToken(32);
      const expiresAt = now + invitationLifetimeMs;
      await db.batch([
        insertInvitation(db, {
          id,
          organisationId,
          email,
          role,
          tokenHash: await hashInvitationToken(token),
          invitedBy: c.var.user.userId,
          now,
          expiresAt,
        }),
        auditStatement(db, {
          organisationId,
          userId: c.var.user.userId,
          action: "invitation.created",
          targetType: "invitation",
          targetId: id,
          now,
        }),
      ]);
      return c.json<InvitationCreatedResponse, 201>(
        {
          invitation: {
            id,
            email,
            role,
            expiresAt: iso(expiresAt),
            url: invitationUrl(new URL(c.req.url).origin, token),
          },
        },
        201,
      );
    },
  )
  .delete("/invitations/:invitationId", requirePermission("team.manage"), async (c) => {
    const db = c.var.db;
    const now = Date.now();
    const organisationId = c.var.organisation.id;
    const invitationId = idParam(c, "invitationId", "This invitation is not open any more.");
    const [revoked] = await db.batch([
      revokeInvitation(db, organisationId, invitationId, now),
      auditStatement(
        db,
        {
          organisationId,
          userId: c.var.user.userId,
          action: "invitation.revoked",
          targetType: "invitation",
          targetId: invitationId,
          now,
        },
        { onlyIfPreviousChanged: true },
      ),
    ]);
    if (!revoked?.meta.changes) {
      throw new ApiError(404, "not_found", "This invitation is not open any more.");
    }
    return c.body(null, 204);
  })
  .put(
    "/members/:userId",
    requirePermission("team.manage"),
    validate("json", memberRoleBodySchema),
    async (c) => {
      const { role } = c.req.valid("json");
      const db = c.var.db;
      const organisationId = c.var.organisation.id;
      const userId = idParam(c, "userId", "This person is not a member of the organisation.");
      const member = await findTeamMember(db, organisationId, userId);
      if (!member) throw unknownMember();
      const [changed] = await db.batch([
        changeMemberRole(db, organisationId, userId, role),
        auditStatement(
          db,
          {
            organisationId,
            userId: c.var.user.userId,
            action: "member.role_changed",
            targetType: "user",
            targetId: userId,
            now: Date.now(),
          },
          { onlyIfPreviousChanged: true },
        ),
      ]);
      if (!changed?.meta.changes) throw lastOwner();
      return c.json<TeamMember, 200>(toTeamMember({ ...member, role }), 200);
    },
  )
  .delete("/members/:userId", requirePermission("team.manage"), async (c) => {
    const db = c.var.db;
    const organisationId = c.var.organisation.id;
    const userId = idParam(c, "userId", "This person is not a member of the organisation.");
    const member = await findTeamMember(db, organisationId, userId);
    if (!member) throw unknownMember();
    const [removed] = await db.batch([
      removeMember(db, organisationId, userId),
      auditStatement(
        db,
        {
          organisationId,
          userId: c.var.user.userId,
          action: "member.removed",
          targetType: "user",
          targetId: userId,
          now: Date.now(),
        },
        { onlyIfPreviousChanged: true },
      ),
    ]);
    if (!removed?.meta.changes) throw lastOwner();
    return c.body(null, 204);
  })
  .get(
    "/audit",
    requirePermission("audit.read"),
    validate("query", auditQuerySchema),
    async (c) => {
      const { cursor } = c.req.valid("query");
      const before = cursor
        ? {
            createdAt: Number(cursor.slice(0, cursor.indexOf("."))),
            id: cursor.slice(cursor.indexOf(".") + 1),
          }
        : null;
      const rows = await listAuditEntries(c.var.db, c.var.organisation.id, before, auditPageSize);
      const page = rows.slice(0, auditPageSize);
      const last = page.at(-1);
      return c.json<AuditLogResponse, 200>(
        {
          entries: page.map((row) => ({
            id: row.id,
            at: iso(row.createdAt),
            user:
              row.userId && row.email !== null && row.displayName !== null
                ? { id: row.userId, email: row.email, displayName: row.displayName }
                : null,
            action: row.action,
            targetType: row.targetType,
            targetId: row.targetId,
          })),
          nextCursor: rows.length > auditPageSize && last ? `${last.createdAt}.${last.id}` : null,
        },
        200,
      );
    },
  );
