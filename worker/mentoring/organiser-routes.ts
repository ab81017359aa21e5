import { Hono } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { lockRoutes } from "./lock-routes.js";
import { pairingRoutes } from "./pairing-routes.js";
import { seasonRoutes } from "./season-routes.js";

/** Language Friend seasons for coordinators (`/admin/orgs/:org/mentoring/…`). */
export const mentoringAdminRoutes = new Hono<AppEnv>()
  .route("/", seasonRoutes)
  .route("/", pairingRoutes)
  .route("/", lockRoutes);
