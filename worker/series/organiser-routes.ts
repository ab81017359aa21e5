import { Hono } from "hono";
import type { AdminSeriesResponse } from "../../schema/contracts/series.js";
import { createSeriesBodySchema } from "../../schema/contracts/series.js";
import { loadAdminEvent } from "../events/load-event.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { versionConflict } from "../events/version-conflict.js";
import { createSeries } from "./create-series.js";
import { findSeries } from "./series-queries.js";

const seriesNotFound = "We could not find this series.";

/**
 * Repeating events for organisers: make a saved event the first date of a series (the other dates
 * are made at once, in one batch), and read a series with its dates. Edits of several dates go
 * through the event's own save with `?scope=` (`edit-scope.ts`).
 */
export const seriesAdminRoutes = new Hono<AppEnv>()
  .post(
    "/events/:eventId/series",
    requirePermission("events.write"),
    validate("json", createSeriesBodySchema),
    async (c) => {
      const event = await loadAdminEvent(c);
      const seriesId = await createSeries(
        c.var.db,
        event,
        c.req.valid("json"),
        {
          organisationId: c.var.organisation.id,
          userId: c.var.user.userId,
        },
        Date.now(),
      );
      if (seriesId === null) {
        throw versionConflict();
      }
      const series = await findSeries(c.var.db, c.var.organisation.id, seriesId);
      return c.json<AdminSeriesResponse, 201>({ series: series! }, 201);
    },
  )
  .get("/series/:seriesId", requirePermission("events.read"), async (c) => {
    const series = await findSeries(
      c.var.db,
      c.var.organisation.id,
      idParam(c, "seriesId", seriesNotFound),
    );
    if (!series) throw new ApiError(404, "not_found", seriesNotFound);
    return c.json<AdminSeriesResponse, 200>({ series }, 200);
  });
