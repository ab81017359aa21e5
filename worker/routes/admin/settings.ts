import { Hono } from "hono";
import { organisationSettingsSchema } from "../../../schema/contracts/admin/settings.js";
import type {
  OrganisationSettings,
  OrganisationSettingsResponse,
} from "../../../schema/contracts/admin/settings.js";
import type { AppEnv } from "../../http/app-env.js";
import { ApiError } from "../../http/errors.js";
import { requirePermission } from "../../http/require-permission.js";
import { requireSession } from "../../http/require-session.js";
import { validate } from "../../http/validate.js";
import { auditStatement } from "../../queries/audit-log.js";
import type { OrganisationRow } from "../../queries/organisations.js";
import { updateOrganisationSettings } from "../../queries/organisations.js";

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

export const settingsRoutes = new Hono<AppEnv>()
  .get("/:org/settings", requireSession, requirePermission("settings.read"), (c) =>
    c.json<OrganisationSettingsResponse, 200>({ settings: toSettings(c.var.organisation) }, 200),
  )
  .put(
    "/:org/settings",
    requireSession,
    requirePermission("settings.write"),
    validate("json", organisationSettingsSchema),
    async (c) => {
      const { version, ...settings } = c.req.valid("json");
      const db = c.var.db;
      const organisation = c.var.organisation;
      const [updated] = await db.batch([
        updateOrganisationSettings(db, organisation.id, version, settings),
        auditStatement(
          db,
          {
            organisationId: organisation.id,
            userId: c.var.user.userId,
            action: "settings.updated",
            targetType: "organisation",
            targetId: organisation.id,
            now: Date.now(),
          },
          { onlyIfPreviousChanged: true },
        ),
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
  );
