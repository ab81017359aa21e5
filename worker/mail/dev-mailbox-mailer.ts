import { newId } from "../lib/crypto.js";
import { insertDevMailStatement } from "../dev/mailbox-queries.js";
import type { Mailer } from "./mailer.js";
import { buildMime, newMessageId } from "./mime.js";

/**
 * Local development: "sends" by storing the whole message, readable at /dev/mailbox. The copy is
 * written by the caller, with the delivery's results.
 */
export function createDevMailboxMailer(db: D1Database, mailFrom: string): Mailer {
  return {
    async send(message, meta) {
      const createdAt = Date.now();
      const raw = buildMime(message, {
        messageId: newMessageId(mailFrom),
        date: new Date(createdAt),
      });
      return [
        insertDevMailStatement(db, {
          id: newId("mail"),
          outboxId: meta.outboxId,
          recipient: message.to,
          subject: message.subject,
          raw,
          createdAt,
        }),
      ];
    },
  };
}
