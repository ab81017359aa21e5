import * as v from "valibot";

/** `GET /api/v1/admin/orgs/:org/outbox?status=` — default `failed`. */
export const outboxQuerySchema = v.object({
  status: v.optional(v.picklist(["pending", "sent", "failed", "skipped"]), "failed"),
});

export interface OutboxMessage {
  id: string;
  kind: string;
  status: "pending" | "sent" | "failed" | "skipped";
  attempts: number;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string;
  sentAt: string | null;
  /** The sign-up it is about (ids and door code only), or null for an organiser digest. */
  registration: { id: string; shortCode: string | null; eventId: string } | null;
}

export interface OutboxResponse {
  messages: OutboxMessage[];
}

export interface OutboxMessageResponse {
  message: OutboxMessage;
}
