import { Hono } from "hono";
import type { AppEnv } from "./http/app-env.js";
import { openReads } from "./http/cors.js";
import { useDatabase } from "./http/d1-metrics.js";
import { handleError, notFound } from "./http/errors.js";
import { noSniff } from "./http/security-headers.js";
import { deliverAfterWrites } from "./notifications/deliver-after-writes.js";
import { adminRoutes } from "./organisers/organiser-api.js";
import { devMailboxRoutes } from "./dev/mailbox-routes.js";
import { devRunJobsRoutes } from "./dev/run-jobs-routes.js";
import { linkRoutes } from "./notifications/link-routes.js";
import { applicationRoutes } from "./festivals/application-routes.js";
import { eventRoutes } from "./events/public-routes.js";
import { bookingFirstScreenRoutes } from "./embed/booking-first-screen-routes.js";
import { firstScreenRoutes } from "./embed/first-screen-routes.js";
import { festivalRoutes } from "./festivals/public-routes.js";
import { shiftRoutes, volunteerRoutes } from "./volunteers/public-routes.js";
import { organisationRoutes } from "./organisations/public-routes.js";
import { registrationRoutes } from "./registrations/public-routes.js";
import { signupRoutes } from "./booking/signup-routes.js";
import { seriesSignupRoutes } from "./series/public-routes.js";
import { eventPageRoutes } from "./event-pages/event-page-routes.js";
import { openApiRoutes } from "./openapi/routes.js";
import { embeddingRoutes } from "./embed/routes.js";
import { networkRoutes } from "./networks/public-routes.js";
import { intakeRoutes } from "./mentoring/public-routes.js";
import { mentoringManageRoutes } from "./mentoring/manage-routes.js";
import { mentoringRelayRoutes } from "./mentoring/relay-routes.js";
import { checkInRoutes } from "./mentoring/check-in-routes.js";

/**
 * Everything a website's widgets read and write under one organisation (`/orgs/:org`). The
 * organisation is not loaded here for every route: the public reads fold it into their one query.
 */
const organisationApi = new Hono<AppEnv>()
  .route("/", organisationRoutes)
  .route("/", firstScreenRoutes)
  .route("/", eventRoutes)
  .route("/", signupRoutes)
  .route("/", seriesSignupRoutes)
  .route("/", festivalRoutes)
  .route("/", shiftRoutes)
  .route("/", intakeRoutes);

const api = new Hono<AppEnv>()
  .use(openReads, useDatabase, deliverAfterWrites)
  .get("/health", (c) => c.json({ ok: true }, 200))
  .route("/", openApiRoutes)
  .route("/orgs/:org", organisationApi)
  .route("/networks", networkRoutes)
  .route("/mentoring", mentoringManageRoutes)
  .route("/mentoring", mentoringRelayRoutes)
  .route("/registrations", bookingFirstScreenRoutes)
  .route("/registrations", registrationRoutes)
  .route("/applications", applicationRoutes)
  .route("/volunteers", volunteerRoutes)
  .route("/admin", adminRoutes);

export const app = new Hono<AppEnv>().use(noSniff).route("/api/v1", api);
app.route("/dev/mailbox", devMailboxRoutes);
app.route("/dev/run-jobs", devRunJobsRoutes);
app.route("/r/mentoring-check-in", checkInRoutes);
app.route("/r", linkRoutes);
app.route("/", embeddingRoutes);
app.route("/", eventPageRoutes);
app.onError(handleError);
app.notFound(notFound);
