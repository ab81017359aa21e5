import { Hono } from "hono";
import type { AppEnv } from "../../http/app-env.js";
import { limitBody } from "../../http/json-body.js";
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
 * The organiser API: cookie sessions, same origin as the dashboard only (no CORS headers at all),
 * every org route behind `requireSession` + `requirePermission`.
 */
export const adminRoutes = new Hono<AppEnv>()
  .use(sameOriginWrites, limitBody)
  .route("/", sessionRoutes)
  .route("/orgs", adminEventRoutes)
  .route("/orgs", rosterRoutes)
  .route("/orgs", settingsRoutes)
  .route("/orgs", teamRoutes)
  .route("/orgs", outboxRoutes)
  .route("/orgs", preferencesRoutes)
  .route("/orgs", visitRoutes)
  .route("/orgs", festivalAdminRoutes)
  .route("/orgs", volunteerAdminRoutes);
