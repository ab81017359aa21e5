import type { Context } from "hono";
import type { WorkbenchResponse } from "../../schema/contracts/admin/mentoring.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { auditStatement } from "../organisers/audit-log.js";
import type { SeasonRow } from "./season-queries.js";
import { findSeason } from "./season-queries.js";
import { buildWorkbench } from "./workbench.js";

/** What the coordinator's season routes share: finding the season, answering, auditing. */

export const unknownSeason = () => new ApiError(404, "not_found", "We could not find this season.");

export const staleProposal = () =>
  new ApiError(
    409,
    "version_conflict",
    "Someone else changed the proposal or the season meanwhile. Load the latest and try again.",
  );

/** The season in `:seasonId`, of the organisation in the path (404 otherwise). */
export async function loadSeason(c: Context<AppEnv>): Promise<SeasonRow> {
  const seasonId = idParam(c, "seasonId", unknownSeason().message);
  const season = await findSeason(c.var.db, c.var.organisation.slug, seasonId);
  if (!season) throw unknownSeason();
  return season;
}

/** The workbench as it stands after a change (the season read again: its version moved on). */
export async function workbenchOf(c: Context<AppEnv>, seasonId: string): Promise<Response> {
  const season = await findSeason(c.var.db, c.var.organisation.slug, seasonId);
  if (!season) throw unknownSeason();
  const workbench = await buildWorkbench(c.var.db, season);
  c.header("Cache-Control", "no-store");
  return c.json<WorkbenchResponse, 200>(workbench, 200);
}

/** The audit row of a read or change of a season's people (ids only). */
export const audit = (c: Context<AppEnv>, action: string, seasonId: string) =>
  auditStatement(c.var.db, {
    organisationId: c.var.organisation.id,
    userId: c.var.user.userId,
    action,
    targetType: "mentoring_season",
    targetId: seasonId,
    now: Date.now(),
  });
