import type { Context } from "hono";
import type { PersonalDataRead } from "../../schema/contracts/admin/audit.js";
import { personalDataReads } from "../../schema/contracts/admin/audit.js";
import type { AppEnv } from "../http/app-env.js";
import { auditStatement } from "./audit-log.js";

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
