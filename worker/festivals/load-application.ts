import type { Context } from "hono";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { loadEvent } from "../events/load-event.js";
import type { ApplicationRow } from "./application-queries.js";
import { findApplication } from "./application-queries.js";

/** The festival in the path, by id (another kind of event is not found). */
export const loadFestival = async (c: Context<AppEnv>) => (await loadEvent(c, "festival")).id;

/**
 * The application in the path (`:applicationId`), of the festival in the path: another
 * festival's application, or a cook's draft, is not found.
 */
export async function loadApplication(c: Context<AppEnv>): Promise<ApplicationRow> {
  const eventId = await loadFestival(c);
  const notFound = "We could not find this application.";
  const application = await findApplication(c.var.db, idParam(c, "applicationId", notFound));
  if (!application || application.eventId !== eventId || application.status === "draft") {
    throw new ApiError(404, "not_found", "We could not find this application.");
  }
  return application;
}
