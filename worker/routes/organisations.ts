import { Hono } from "hono";
import type { OrganisationResponse } from "../../schema/contracts/events.js";
import type { AppEnv } from "../http/app-env.js";
import { countReportedWebsite } from "../http/cors.js";
import { loadOrganisation } from "../http/load-organisation.js";
import { rateLimit } from "../http/rate-limit.js";
import { toPublicOrganisation } from "../queries/organisations.js";
import { publicCache } from "./public-cache.js";

export const organisationRoutes = new Hono<AppEnv>()
  .get("/:org", loadOrganisation, (c) => {
    c.header("Cache-Control", publicCache);
    return c.json<OrganisationResponse, 200>(
      { organisation: toPublicOrganisation(c.var.organisation) },
      200,
    );
  })
  // A widget on a website the organisation has not allowed yet says so, for its settings' list.
  .post("/:org/refused-website", loadOrganisation, rateLimit("SIGNUP_RATE_LIMIT"), async (c) => {
    await countReportedWebsite(c);
    return c.body(null, 204);
  });
