import { Hono } from "hono";
import type { AppEnv } from "../../http/app-env.js";
import { limitBody } from "../../http/json-body.js";
import { requireSession } from "../../http/require-session.js";
import { sameOriginWrites } from "../../http/same-origin.js";
import { adminEventRoutes } from "./events.js";
import { festivalAdminRoutes } from "./festivals.js";
import { outboxRoutes } from "./outbox.js";
import { preferencesRoutes } from "./preferences.js";
import { rosterRoutes } from "./roster.js";
import { sessionRoutes } from "./session.js";
import { settingsRoutes } from "./settings.js";
import { teamRoutes } from "./team.js";
import { visitRoutes } from "./visits.js";
import { volunteerAdminRoutes } from "./volunteers.js";

/**
 * Everything under `/orgs/:org`: the session is checked here, once, for every route; each route
 * then names the permission it needs (`requirePermission`, which loads the organisation).
 */
const organisationRoutes = new Hono<AppEnv>()
  .use("/:org/*", requireSession)
  .route("/", adminEventRoutes)
  .route("/", rosterRoutes)
  .route("/", settingsRoutes)
  .route("/", teamRoutes)
  .route("/", outboxRoutes)
  .route("/", preferencesRoutes)
  .route("/", visitRoutes)
  .route("/", festivalAdminRoutes)
  .route("/", volunteerAdminRoutes);

/** The organiser API: cookie sessions, same origin as the dashboard only (no CORS headers at all). */
export const adminRoutes = new Hono<AppEnv>()
  .use(sameOriginWrites, limitBody)
  .route("/", sessionRoutes)
  .route("/orgs", organisationRoutes);
