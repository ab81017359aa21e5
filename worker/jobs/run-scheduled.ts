import { deliverDueMessages } from "../notifications/deliver.js";
import { queueDigests } from "./queue-digests.js";
import { queueReminders } from "./queue-reminders.js";
import { queueThankYous } from "./queue-thank-yous.js";
import { runRetention } from "./retention.js";

/**
 * Every cron run: queue what has come due (reminders, thank-yous, the daily digest), send what
 * is due (new messages and retries), and erase personal data past its retention.
 */
export async function runScheduled(env: Env, now: number): Promise<void> {
  await queueReminders(env.DB, now);
  await queueThankYous(env.DB, now);
  await queueDigests(env.DB, now);
  const report = await deliverDueMessages(env, env.DB, { origin: env.HEARTH_PUBLIC_URL, now });
  if (report.sent + report.retried + report.failed > 0)
    console.log("delivery", JSON.stringify(report));
  await runRetention(env.DB, now);
}
