import { Hono } from "hono";
import type { PreferencesResponse } from "../../schema/contracts/admin/preferences.js";
import { preferencesBodySchema } from "../../schema/contracts/admin/preferences.js";
import type { AppEnv } from "../http/app-env.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { digestPreference, setDigestPreference } from "./membership-queries.js";

/** Each member's own settings in an organisation: for now, the opt-in daily digest. */
export const preferencesRoutes = new Hono<AppEnv>()
  .get("/preferences", requirePermission("events.read"), async (c) => {
    const member = { userId: c.var.user.userId, organisationId: c.var.organisation.id };
    const digest = await digestPreference(c.var.db, member);
    return c.json<PreferencesResponse, 200>({ preferences: { digest } }, 200);
  })
  .put(
    "/preferences",
    requirePermission("events.read"),
    validate("json", preferencesBodySchema),
    async (c) => {
      const { digest } = c.req.valid("json");
      const member = { userId: c.var.user.userId, organisationId: c.var.organisation.id };
      await setDigestPreference(c.var.db, member, digest);
      return c.json<PreferencesResponse, 200>({ preferences: { digest } }, 200);
    },
  );
