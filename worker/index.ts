import { app } from "./app.js";
import { runRetention } from "./jobs/retention.js";

export type { AppType } from "./app.js";

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(runRetention(env.DB, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;
