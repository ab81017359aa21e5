import { Hono } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { useDatabase } from "../http/d1-metrics.js";
import { embedRoutes } from "./embed-routes.js";
import { eventListPage } from "./list-page-routes.js";
import { oembedRoutes } from "./oembed-routes.js";

/**
 * Embedding without a script tag: iframe pages (`/embed/...`), the oEmbed endpoint (`/oembed`)
 * and the events page it describes (`/:org/events`). Middleware stays inside each path, since
 * this is mounted at the root beside the other routes.
 */
export const embeddingRoutes = new Hono<AppEnv>()
  .route("/embed", embedRoutes)
  .route("/oembed", oembedRoutes)
  .get("/:org/events", useDatabase, eventListPage);
