import { deliverDueMessages, logDelivery } from "../notifications/deliver.js";
import { ringForDueMessages } from "../notifications/mail-queue.js";
import { expireOffers } from "./expire-offers.js";
import { queueDigests } from "./queue-digests.js";
import { queueCheckIns } from "./queue-check-ins.js";
import { queueReminders } from "./queue-reminders.js";
import { queueThankYous } from "./queue-thank-yous.js";
import { runRetention } from "./retention.js";

/**
 * Every cron run: pass on the waitlist offers nobody answered, queue what has come due
 * (reminders, thank-yous, the daily digest), have what is due sent (new messages and retries),
 * and erase personal data past its retention. A run stays within 50 D1 queries, the free plan's
 * limit per invocation, whatever is due: 2 for offers, 4 to queue, 1 to ring the mail queue (13
 * when it sends by itself), at most 28 for retention.
 */
export async function runScheduled(
  env: Env,
  now: number,
  send: "through-queue" | "here" = "through-queue",
): Promise<void> {
  await expireOffers(env.DB, now);
  await queueReminders(env.DB, now);
  await queueThankYous(env.DB, now);
  await queueDigests(env.DB, now);
  await queueCheckIns(env.DB, now);
  await sendDueMessages(env, now, send);
  await runRetention(env.DB, now);
}

/**
 * Rings the mail queue, whose consumers claim and send the due messages. Without a queue (or
 * when it refuses the doorbells), or when told to send `here`, the run sends a few rounds itself,
 * as it did before the queue: nothing waits for a queue that is not there.
 */
async function sendDueMessages(env: Env, now: number, send: "through-queue" | "here") {
  const origin = env.HEARTH_PUBLIC_URL;
  if (send === "through-queue" && (await ringForDueMessages(env, env.DB, { origin, now }))) return;
  logDelivery(await deliverDueMessages(env, env.DB, { origin, now }));
}
