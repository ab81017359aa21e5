import type { Context } from "hono";
import type { AdminApplicationResponse } from "../../schema/contracts/admin/festivals.js";
import type { AppEnv } from "../http/app-env.js";
import { auditStatement } from "../organisers/audit-log.js";
import { toAdminApplication } from "./application-view.js";
import { findApplication } from "./application-queries.js";
import { updateApplicationStatement } from "./curation.js";
import { loadApplication } from "./load-application.js";

/**
 * The audit row of an organiser's change to an application, written only if the statement
 * before it in the batch changed something.
 */
export function auditApplication(c: Context<AppEnv>, action: string, targetId: string) {
  return auditStatement(
    c.var.db,
    {
      organisationId: c.var.organisation.id,
      userId: c.var.user.userId,
      action,
      targetType: "application",
      targetId,
      now: Date.now(),
    },
    { onlyIfPreviousChanged: true },
  );
}

/** Answers with the application as organisers see it, as it is now. */
export async function respondWithApplication(c: Context<AppEnv>, id: string) {
  return c.json<AdminApplicationResponse, 200>(
    { application: toAdminApplication((await findApplication(c.var.db, id))!) },
    200,
  );
}

/** A change of the organisers' own (note, hygiene check), with an audit row, in one batch. */
export async function updateApplication(
  c: Context<AppEnv>,
  change: Parameters<typeof updateApplicationStatement>[2],
  action: string,
) {
  const application = await loadApplication(c);
  const now = Date.now();
  await c.var.db.batch([
    updateApplicationStatement(c.var.db, application.id, change, now),
    auditApplication(c, action, application.id),
  ]);
  return respondWithApplication(c, application.id);
}
