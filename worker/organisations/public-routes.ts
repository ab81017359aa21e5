import { Hono } from "hono";
import type { OrganisationResponse } from "../../schema/contracts/events.js";
import type { AppEnv } from "../http/app-env.js";
import { countReportedWebsite } from "../http/cors.js";
import { loadOrganisation } from "./load-organisation.js";
import { rateLimit } from "../http/rate-limit.js";
import { toPublicOrganisation } from "./organisation-queries.js";
import { publicRead } from "../http/public-cache.js";

export const organisationRoutes = new Hono<AppEnv>()
  .get("/", ...publicRead, loadOrganisation, (c) => {
    return c.json<OrganisationResponse, 200>(
      { organisation: toPublicOrganisation(c.var.organisation) },
      200,
    );
  })
  // A widget on a website the organisation has not allowed yet says so, for its settings' list.
  .post("/refused-website", loadOrganisation, rateLimit("SIGNUP_RATE_LIMIT"), async (c) => {
    await countReportedWebsite(c);
    return c.body(null, 204);
  });
