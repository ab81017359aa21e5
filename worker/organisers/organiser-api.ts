import { Hono } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { limitBody } from "../http/json-body.js";
import { requireMember } from "../http/require-session.js";
import { questionRoutes } from "../questions/organiser-routes.js";
import { networkAdminRoutes } from "../networks/organiser-routes.js";
import { mentoringAdminRoutes } from "../mentoring/organiser-routes.js";
import { seriesAdminRoutes } from "../series/organiser-routes.js";
import { sameOriginWrites } from "../http/same-origin.js";
import { adminEventRoutes } from "../events/organiser-routes.js";
import { adminEventListRoute } from "../events/organiser-list-route.js";
import { festivalAdminRoutes } from "../festivals/organiser-routes.js";
import { outboxRoutes } from "../notifications/outbox-routes.js";
import { preferencesRoutes } from "./preferences-routes.js";
import { rosterRoutes } from "../registrations/roster-routes.js";
import { rosterPageRoute } from "../registrations/roster-page-route.js";
import { sessionRoutes } from "./session-routes.js";
import { settingsRoutes } from "../organisations/settings-routes.js";
import { teamRoutes } from "./team-routes.js";
import { visitRoutes } from "../visits/organiser-routes.js";
import { volunteerAdminRoutes } from "../volunteers/organiser-routes.js";

/**
 * Everything under `/orgs/:org`: the session and the membership are checked here, once, for every
 * route (`requireMember`); each route then names the permission it needs (`requirePermission`).
 * The busiest reads — the dashboard's events list and a roster's page — come first and check
 * both themselves, in their own batch (`batchAsMember`): each answers every request it matches,
 * so `requireMember` never runs for them.
 */
const organisationRoutes = new Hono<AppEnv>()
  .route("/", adminEventListRoute)
  .route("/", rosterPageRoute)
  .use(requireMember)
  .route("/", adminEventRoutes)
  .route("/", rosterRoutes)
  .route("/", settingsRoutes)
  .route("/", teamRoutes)
  .route("/", outboxRoutes)
  .route("/", preferencesRoutes)
  .route("/", visitRoutes)
  .route("/", questionRoutes)
  .route("/", seriesAdminRoutes)
  .route("/", festivalAdminRoutes)
  .route("/", volunteerAdminRoutes)
  .route("/", networkAdminRoutes)
  .route("/", mentoringAdminRoutes);

/** The organiser API: cookie sessions, same origin as the dashboard only (no CORS headers at all). */
export const adminRoutes = new Hono<AppEnv>()
  .use(sameOriginWrites, limitBody)
  .route("/", sessionRoutes)
  .route("/orgs/:org", organisationRoutes);
