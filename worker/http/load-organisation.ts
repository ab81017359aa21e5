import { createMiddleware } from "hono/factory";
import { findOrganisationBySlug } from "../queries/organisations.js";
import type { AppEnv } from "./app-env.js";
import { ApiError } from "./errors.js";

export const unknownOrganisation = () =>
  new ApiError(
    404,
    "not_found",
    "We could not find this organisation. Check the org name in the tag.",
  );

/** Loads `:org` into `c.var.organisation`, or answers 404. */
export const loadOrganisation = createMiddleware<AppEnv>(async (c, next) => {
  const organisation = await findOrganisationBySlug(c.var.db, c.req.param("org") ?? "");
  if (!organisation) throw unknownOrganisation();
  c.set("organisation", organisation);
  await next();
});
