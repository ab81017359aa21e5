import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { findOrganisationBySlug } from "./organisation-queries.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";

export const unknownOrganisation = () =>
  new ApiError(
    404,
    "not_found",
    "We could not find this organisation. Check the org name in the tag.",
  );

/** The organisation's slug from the path: every `/orgs/:org` route is mounted once under it. */
export function organisationSlug(c: Context<AppEnv>): string {
  return c.req.param("org") ?? "";
}

/** Loads `:org` into `c.var.organisation`, or answers 404. */
export const loadOrganisation = createMiddleware<AppEnv>(async (c, next) => {
  const organisation = await findOrganisationBySlug(c.var.db, organisationSlug(c));
  if (!organisation) throw unknownOrganisation();
  c.set("organisation", organisation);
  await next();
});
