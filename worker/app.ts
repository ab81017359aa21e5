import { Hono } from "hono";
import type { AppEnv } from "./http/app-env.js";
import { openReads } from "./http/cors.js";
import { useDatabase } from "./http/d1-metrics.js";
import { handleError, notFound } from "./http/errors.js";
import { noSniff } from "./http/security-headers.js";
import { deliverAfterWrites } from "./notifications/deliver-after-writes.js";
import { adminRoutes } from "./routes/admin/index.js";
import { devMailboxRoutes } from "./routes/dev-mailbox.js";
import { devRunJobsRoutes } from "./routes/dev-run-jobs.js";
import { linkRoutes } from "./routes/links.js";
import { applicationRoutes } from "./routes/applications.js";
import { eventRoutes } from "./routes/events.js";
import { festivalRoutes } from "./routes/festivals.js";
import { shiftRoutes, volunteerRoutes } from "./routes/volunteers.js";
import { organisationRoutes } from "./routes/organisations.js";
import { registrationRoutes } from "./routes/registrations.js";
import { signupRoutes } from "./routes/signups.js";

const api = new Hono<AppEnv>()
  .use(openReads, useDatabase, deliverAfterWrites)
  .get("/health", (c) => c.json({ ok: true }, 200))
  .route("/orgs", organisationRoutes)
  .route("/orgs", eventRoutes)
  .route("/orgs", signupRoutes)
  .route("/orgs", festivalRoutes)
  .route("/orgs", shiftRoutes)
  .route("/registrations", registrationRoutes)
  .route("/applications", applicationRoutes)
  .route("/volunteers", volunteerRoutes)
  .route("/admin", adminRoutes);

export const app = new Hono<AppEnv>().use(noSniff).route("/api/v1", api);
app.route("/dev/mailbox", devMailboxRoutes);
app.route("/dev/run-jobs", devRunJobsRoutes);
app.route("/r", linkRoutes);
app.onError(handleError);
app.notFound(notFound);
