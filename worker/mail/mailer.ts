import { createCloudflareMailer } from "./cloudflare-mailer.js";
import { createDevMailboxMailer } from "./dev-mailbox-mailer.js";
import type { OutgoingMessage } from "./mime.js";

/**
 * Sends one message. Throws when it could not, so the delivery can try again later. Answers the
 * writes that record it (the dev mailbox's copy; none for real mail), for the caller to run in its
 * batch: a delivery stores a whole batch of copies with its results in one round trip.
 */
export interface Mailer {
  send(message: OutgoingMessage, meta: { outboxId: string | null }): Promise<D1PreparedStatement[]>;
}

/**
 * The dev mailbox in local runs (`HEARTH_ENV=development`), Cloudflare's `send_email` binding
 * everywhere else, so a production deploy can never write mail into the database.
 */
export function createMailer(env: Env, db: D1Database): Mailer {
  return env.HEARTH_ENV === "development"
    ? createDevMailboxMailer(db, env.HEARTH_MAIL_FROM)
    : createCloudflareMailer(env.MAILER, env.HEARTH_MAIL_FROM);
}
