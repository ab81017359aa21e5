import type { Context } from "hono";
import type { PersonalDataRead } from "../../schema/contracts/admin/audit.js";
import { personalDataReads } from "../../schema/contracts/admin/audit.js";
import type { AppEnv } from "../http/app-env.js";
import { auditStatement } from "./audit-log.js";
import type { Permission } from "../../schema/contracts/admin/permissions.js";
import { rolesThatMay } from "../../schema/contracts/admin/permissions.js";
import type { MemberClaim } from "../http/require-session.js";
import { newId } from "../lib/crypto.js";
import { liveSessionCondition } from "./session-queries.js";
import { sessionIdleMs } from "./session-policy.js";

/**
 * The audit row for the signed-in member reading personal data: who, when, what, and the id of
 * the event, sign-up or application read — never what was in it. For a route that reads in one
 * `batch()`: put this first, so the data is not read unless the row is written.
 */
export function readAuditStatement(
  c: Context<AppEnv>,
  action: PersonalDataRead,
  targetId: string,
  options: { onlyIfEventFound?: boolean } = {},
): D1PreparedStatement {
  return auditStatement(
    c.var.db,
    {
      organisationId: c.var.organisation.id,
      userId: c.var.user.userId,
      action,
      targetType: personalDataReads[action],
      targetId,
      now: Date.now(),
    },
    options,
  );
}

/**
 * A member's views of one roster within this long are one audit row, the first: searching it at
 * the door, following its pages or changing a filter is one look, not a row per keystroke — and
 * not a write per request on the dashboard's busiest read. Another member, another event, or the
 * same member later is a row of its own.
 */
export const readCoalescedWithinMs = 5 * 60_000;

/**
 * `readAuditStatement` for a batch that admits the member itself (`batchAsMember`), so nothing is
 * known yet of who asks: the row names the session's user and is written only for a live session
 * of a member of the claimed organisation whose role may `permission`, reading an event of it —
 * and only if that member has not read it within `readCoalescedWithinMs`.
 */
export function memberReadAuditStatement(
  db: D1Database,
  claim: MemberClaim,
  permission: Permission,
  action: PersonalDataRead,
  eventId: string,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO audit_log (id, organisation_id, user_id, action, target_type, target_id, created_at)
       SELECT ?1, o.id, s.user_id, ?2, ?3, ?4, ?5
         FROM sessions s JOIN memberships m ON m.user_id = s.user_id
         JOIN organisations o ON o.id = m.organisation_id
        WHERE ${liveSessionCondition("?6", "?5", "?7")} AND o.slug = ?8
          AND m.role IN (SELECT value FROM json_each(?9))
          AND EXISTS (SELECT 1 FROM events WHERE id = ?4 AND organisation_id = o.id)
          AND NOT EXISTS (SELECT 1 FROM audit_log a
                           WHERE a.organisation_id = o.id AND a.created_at > ?5 - ?10
                             AND a.user_id = s.user_id AND a.action = ?2 AND a.target_id = ?4)`,
    )
    .bind(
      newId("aud"),
      action,
      personalDataReads[action],
      eventId,
      claim.now,
      claim.tokenHash,
      sessionIdleMs,
      claim.slug,
      JSON.stringify(rolesThatMay(permission)),
      readCoalescedWithinMs,
    );
}

/**
 * Writes the audit row for a read before the route reads anything: if the row cannot be written
 * the request fails, so no personal data leaves the worker without a trace.
 */
export async function recordRead(
  c: Context<AppEnv>,
  action: PersonalDataRead,
  targetId: string,
): Promise<void> {
  await readAuditStatement(c, action, targetId).run();
}
