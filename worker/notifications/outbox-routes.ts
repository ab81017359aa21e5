import { Hono } from "hono";
import type { OutboxMessageResponse, OutboxResponse } from "../../schema/contracts/admin/outbox.js";
import { outboxQuerySchema } from "../../schema/contracts/admin/outbox.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { auditStatement } from "../organisers/audit-log.js";
import {
  findOrganisationMessage,
  listOrganisationMessages,
  retryMessageStatement,
} from "./outbox-admin-queries.js";

/** Organisers see which messages could not be sent, and can send one again. */
export const outboxRoutes = new Hono<AppEnv>()
  .get(
    "/outbox",
    requirePermission("roster.read"),
    validate("query", outboxQuerySchema),
    async (c) => {
      const messages = await listOrganisationMessages(
        c.var.db,
        c.var.organisation.id,
        c.req.valid("query").status,
      );
      return c.json<OutboxResponse, 200>({ messages }, 200);
    },
  )
  .post("/outbox/:messageId/retry", requirePermission("roster.write"), async (c) => {
    const id = idParam(c, "messageId", "We could not find this message.");
    const now = Date.now();
    const [result] = await c.var.db.batch([
      retryMessageStatement(c.var.db, c.var.organisation.id, id, now),
      auditStatement(
        c.var.db,
        {
          organisationId: c.var.organisation.id,
          userId: c.var.user.userId,
          action: "message.retried",
          targetType: "message",
          targetId: id,
          now,
        },
        { onlyIfPreviousChanged: true },
      ),
    ]);
    const message = await findOrganisationMessage(c.var.db, c.var.organisation.id, id);
    if (!message) throw new ApiError(404, "not_found", "We could not find this message.");
    if ((result!.meta.changes ?? 0) === 0) {
      throw new ApiError(409, "invalid_state", "Only messages that failed can be sent again.");
    }
    return c.json<OutboxMessageResponse, 200>({ message }, 200);
  });
