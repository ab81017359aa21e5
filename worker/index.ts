import { app } from "./app.js";
import { logD1Work } from "./jobs/log-d1-work.js";
import { runScheduled } from "./jobs/run-scheduled.js";
import type { MailDoorbell } from "./notifications/mail-queue.js";
import { consumeMailDoorbells } from "./notifications/mail-queue.js";

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(
      logD1Work(env, "scheduled", (counted) => runScheduled(counted, controller.scheduledTime)),
    );
  },
  async queue(batch, env) {
    await logD1Work(env, "queue", (counted) => consumeMailDoorbells(batch, counted));
  },
} satisfies ExportedHandler<Env, MailDoorbell>;
