import { Hono } from "hono";
import type { PreferencesResponse } from "../../../schema/contracts/admin/preferences.js";
import { preferencesBodySchema } from "../../../schema/contracts/admin/preferences.js";
import type { AppEnv } from "../../http/app-env.js";
import { requirePermission } from "../../http/require-permission.js";
import { validate } from "../../http/validate.js";
import { firstRow } from "../../queries/first-row.js";

/** Each member's own settings in an organisation: for now, the opt-in daily digest. */
export const preferencesRoutes = new Hono<AppEnv>()
  .get("/:org/preferences", requirePermission("events.read"), async (c) => {
    const row = await firstRow<{ digest: number }>(
      c.var.db
        .prepare(
          `SELECT digest_opt_in AS digest FROM memberships WHERE user_id = ?1 AND organisation_id = ?2`,
        )
        .bind(c.var.user.userId, c.var.organisation.id),
    );
    return c.json<PreferencesResponse, 200>({ preferences: { digest: row?.digest === 1 } }, 200);
  })
  .put(
    "/:org/preferences",
    requirePermission("events.read"),
    validate("json", preferencesBodySchema),
    async (c) => {
      const { digest } = c.req.valid("json");
      await c.var.db
        .prepare(
          `UPDATE memberships SET digest_opt_in = ?3 WHERE user_id = ?1 AND organisation_id = ?2`,
        )
        .bind(c.var.user.userId, c.var.organisation.id, digest ? 1 : 0)
        .run();
      return c.json<PreferencesResponse, 200>({ preferences: { digest } }, 200);
    },
  );
