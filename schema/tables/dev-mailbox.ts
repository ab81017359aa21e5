import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Local development only: what the dev mailer "sent", readable at /dev/mailbox. Production sends
 * through Cloudflare's send_email binding and never writes here.
 */
export const devMailbox = sqliteTable("dev_mailbox", {
  id: text("id").primaryKey(),
  outboxId: text("outbox_id"),
  recipient: text("recipient").notNull(),
  subject: text("subject").notNull(),
  /** The whole MIME message as it would be sent, attachments included. */
  raw: text("raw").notNull(),
  createdAt: integer("created_at").notNull(),
});
