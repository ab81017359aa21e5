import { Hono } from "hono";
import type { OrganisationResponse } from "../../schema/contracts/events.js";
import type { AppEnv } from "../http/app-env.js";
import { loadOrganisation } from "../http/load-organisation.js";
import { toPublicOrganisation } from "../queries/organisations.js";
import { publicCache } from "./public-cache.js";

export const organisationRoutes = new Hono<AppEnv>().get("/:org", loadOrganisation, (c) => {
  c.header("Cache-Control", publicCache);
  return c.json<OrganisationResponse, 200>(
    { organisation: toPublicOrganisation(c.var.organisation) },
    200,
  );
});
