import type { Context } from "hono";
import { Hono } from "hono";
import type {
  OutboxMessage,
  OutboxMessageResponse,
  OutboxResponse,
} from "../../../schema/contracts/admin/outbox.js";
import { outboxQuerySchema } from "../../../schema/contracts/admin/outbox.js";
import type { AppEnv } from "../../http/app-env.js";
import { ApiError } from "../../http/errors.js";
import { requirePermission } from "../../http/require-permission.js";
import { validate } from "../../http/validate.js";
import { auditStatement } from "../../queries/audit-log.js";

interface Row {
  id: string;
  kind: string;
  status: OutboxMessage["status"];
  attempts: number;
  lastError: string | null;
  createdAt: number;
  nextAttemptAt: number;
  sentAt: number | null;
  registrationId: string | null;
  shortCode: string | null;
  eventId: string | null;
}

const columns = `o.id, o.kind, o.status, o.attempts, o.last_error AS lastError, o.created_at AS createdAt,
  o.next_attempt_at AS nextAttemptAt, o.sent_at AS sentAt, o.registration_id AS registrationId,
  r.short_code AS shortCode, r.event_id AS eventId`;

function toMessage(row: Row): OutboxMessage {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    attempts: row.attempts,
    lastError: row.lastError,
    createdAt: new Date(row.createdAt).toISOString(),
    nextAttemptAt: new Date(row.nextAttemptAt).toISOString(),
    sentAt: row.sentAt === null ? null : new Date(row.sentAt).toISOString(),
    registration:
      row.registrationId && row.eventId
        ? { id: row.registrationId, shortCode: row.shortCode, eventId: row.eventId }
        : null,
  };
}

async function findMessage(c: Context<AppEnv>, id: string) {
  const { results } = await c.var.db
    .prepare(
      `SELECT ${columns} FROM outbox o LEFT JOIN registrations r ON r.id = o.registration_id
        WHERE o.id = ?1 AND o.organisation_id = ?2`,
    )
    .bind(id, c.var.organisation.id)
    .all<Row>();
  return results[0] ? toMessage(results[0]) : null;
}

/** Organisers see which messages could not be sent, and can send one again. */
export const outboxRoutes = new Hono<AppEnv>()
  .get(
    "/:org/outbox",
    requirePermission("roster.read"),
    validate("query", outboxQuerySchema),
    async (c) => {
      const { results } = await c.var.db
        .prepare(
          `SELECT ${columns} FROM outbox o LEFT JOIN registrations r ON r.id = o.registration_id
          WHERE o.organisation_id = ?1 AND o.status = ?2 ORDER BY o.created_at DESC LIMIT 100`,
        )
        .bind(c.var.organisation.id, c.req.valid("query").status)
        .all<Row>();
      return c.json<OutboxResponse, 200>({ messages: results.map(toMessage) }, 200);
    },
  )
  .post("/:org/outbox/:messageId/retry", requirePermission("roster.write"), async (c) => {
    const id = c.req.param("messageId");
    const now = Date.now();
    const [result] = await c.var.db.batch([
      c.var.db
        .prepare(
          `UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?3, claimed_until = NULL
            WHERE id = ?1 AND organisation_id = ?2 AND status = 'failed'`,
        )
        .bind(id, c.var.organisation.id, now),
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
    const message = await findMessage(c, id);
    if (!message) throw new ApiError(404, "not_found", "We could not find this message.");
    if ((result!.meta.changes ?? 0) === 0) {
      throw new ApiError(409, "invalid_state", "Only messages that failed can be sent again.");
    }
    return c.json<OutboxMessageResponse, 200>({ message }, 200);
  });
