import { EmailMessage } from "cloudflare:email";
import { parseMailbox } from "./address.js";
import type { Mailer } from "./mailer.js";
import { buildMime, newMessageId } from "./mime.js";

/**
 * Sends through the `send_email` binding (Cloudflare Email Routing). The envelope sender is the
 * address in `HEARTH_MAIL_FROM`, whatever display name the message's own From header carries.
 */
export function createCloudflareMailer(binding: SendEmail, mailFrom: string): Mailer {
  const sender = parseMailbox(mailFrom).address;
  return {
    async send(message) {
      const raw = buildMime(message, { messageId: newMessageId(mailFrom), date: new Date() });
      const recipient = parseMailbox(message.to).address;
      await binding.send(new EmailMessage(sender, recipient, raw));
      return [];
    },
  };
}
