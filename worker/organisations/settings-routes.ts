import type { Context } from "hono";
import { Hono } from "hono";
import type { RefusedOriginsResponse } from "../../schema/contracts/admin/refused-origins.js";
import { allowOriginSchema } from "../../schema/contracts/admin/refused-origins.js";
import {
  maxAllowedOrigins,
  organisationSettingsSchema,
} from "../../schema/contracts/admin/settings.js";
import type {
  OrganisationSettings,
  OrganisationSettingsResponse,
} from "../../schema/contracts/admin/settings.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError, problem } from "../http/errors.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { auditStatement } from "../organisers/audit-log.js";
import type { OrganisationRow } from "./organisation-queries.js";
import {
  addAllowedOrigin,
  findOrganisationBySlug,
  updateOrganisationSettings,
} from "./organisation-queries.js";
import { forgetAllowedOrigin, listRefusedOrigins } from "./refused-origin-queries.js";

const toSettings = (row: OrganisationRow): OrganisationSettings => ({
  slug: row.slug,
  name: row.name,
  kind: row.kind,
  defaultLocale: row.defaultLocale,
  locales: row.locales,
  timeZone: row.timeZone,
  allowedOrigins: row.allowedOrigins,
  theme: row.theme,
  retentionDays: row.retentionDays,
  version: row.version,
});

/** The audit entry of a settings change, written only if the statement before it changed a row. */
const settingsAudit = (c: Context<AppEnv>) =>
  auditStatement(
    c.var.db,
    {
      organisationId: c.var.organisation.id,
      userId: c.var.user.userId,
      action: "settings.updated",
      targetType: "organisation",
      targetId: c.var.organisation.id,
      now: Date.now(),
    },
    { onlyIfPreviousChanged: true },
  );

export const settingsRoutes = new Hono<AppEnv>()
  .get("/settings", requirePermission("settings.read"), (c) =>
    c.json<OrganisationSettingsResponse, 200>({ settings: toSettings(c.var.organisation) }, 200),
  )
  .put(
    "/settings",
    requirePermission("settings.write"),
    validate("json", organisationSettingsSchema),
    async (c) => {
      const { version, ...settings } = c.req.valid("json");
      const db = c.var.db;
      const organisation = c.var.organisation;
      const [updated] = await db.batch([
        updateOrganisationSettings(db, organisation.id, version, settings),
        settingsAudit(c),
      ]);
      if (!updated?.meta.changes) {
        throw new ApiError(
          409,
          "version_conflict",
          "Someone else changed these settings. Reload to see their changes, then try again.",
        );
      }
      return c.json<OrganisationSettingsResponse, 200>(
        { settings: toSettings({ ...organisation, ...settings, version: version + 1 }) },
        200,
      );
    },
  )
  .get("/refused-origins", requirePermission("settings.read"), async (c) => {
    const rows = await listRefusedOrigins(c.var.db, c.var.organisation.id);
    return c.json<RefusedOriginsResponse, 200>(
      {
        origins: rows.map((row) => ({
          origin: row.origin,
          attempts: row.attempts,
          firstSeenAt: new Date(row.firstSeenAt).toISOString(),
          lastSeenAt: new Date(row.lastSeenAt).toISOString(),
        })),
      },
      200,
    );
  })
  .post(
    "/refused-origins/allow",
    requirePermission("settings.write"),
    validate("json", allowOriginSchema),
    async (c) => {
      const { origin } = c.req.valid("json");
      const db = c.var.db;
      const organisation = c.var.organisation;
      await db.batch([
        addAllowedOrigin(db, organisation.id, origin, maxAllowedOrigins),
        settingsAudit(c),
        forgetAllowedOrigin(db, organisation.id, origin),
      ]);
      // Allowed now, by this request or an earlier one (a second click): either way it is done.
      const current = await findOrganisationBySlug(db, organisation.slug);
      if (!current) throw new ApiError(404, "not_found", "We could not find this organisation.");
      if (!current.allowedOrigins.includes(origin)) {
        throw new ApiError(422, "validation_failed", "The list of allowed websites is full.", {
          allowedOrigins: problem(
            "too_long",
            `Up to ${maxAllowedOrigins} websites can be allowed. Remove one you no longer use first.`,
            { max: maxAllowedOrigins },
          ),
        });
      }
      return c.json<OrganisationSettingsResponse, 200>({ settings: toSettings(current) }, 200);
    },
  );
