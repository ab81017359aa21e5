import { Hono } from "hono";
import * as v from "valibot";
import type { SeasonsResponse } from "../../schema/contracts/admin/mentoring.js";
import { seasonBodySchema } from "../../schema/contracts/admin/mentoring.js";
import type { AppEnv } from "../http/app-env.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { newId } from "../lib/crypto.js";
import { withQuestionIds } from "../questions/question-ids.js";
import { dayStart } from "./season-days.js";
import type { SeasonFields, SeasonRow } from "./season-queries.js";
import { findSeason, insertSeason, listSeasons, updateSeason } from "./season-queries.js";
import { audit, loadSeason, staleProposal } from "./season-route-helpers.js";
import { toAdminSeason } from "./workbench.js";

/** A season's settings: the list, a new season, an edit guarded on the version seen. */
export const seasonRoutes = new Hono<AppEnv>()
  .get("/mentoring/seasons", requirePermission("mentoring.read"), async (c) => {
    const seasons = await listSeasons(c.var.db, c.var.organisation.id);
    return c.json<SeasonsResponse, 200>({ seasons: seasons.map(toAdminSeason) }, 200);
  })
  .post(
    "/mentoring/seasons",
    requirePermission("mentoring.write"),
    validate("json", seasonBodySchema),
    async (c) => {
      const fields = seasonFields(c.req.valid("json"), undefined);
      const id = newId("mns");
      const now = Date.now();
      await c.var.db.batch([
        insertSeason(c.var.db, { ...fields, id, organisationId: c.var.organisation.id, now }),
        audit(c, "mentoring_season.created", id),
      ]);
      const season = await findSeason(c.var.db, c.var.organisation.slug, id);
      return c.json({ season: toAdminSeason(season!) }, 201);
    },
  )
  .put(
    "/mentoring/seasons/:seasonId",
    requirePermission("mentoring.write"),
    validate("json", seasonBodySchema),
    async (c) => {
      const season = await loadSeason(c);
      const body = c.req.valid("json");
      const [saved] = await c.var.db.batch([
        updateSeason(c.var.db, {
          ...seasonFields(body, season),
          id: season.id,
          organisationId: c.var.organisation.id,
          now: Date.now(),
          pairingVersion: body.version ?? season.pairingVersion,
        }),
      ]);
      if (!saved?.meta.changes) throw staleProposal();
      const fresh = await findSeason(c.var.db, c.var.organisation.slug, season.id);
      return c.json({ season: toAdminSeason(fresh!) }, 200);
    },
  );

type ValidSeasonBody = v.InferOutput<typeof seasonBodySchema>;

/** The settings to save; `saved` (on an edit) gives the questions' ids, or the questions kept. */
function seasonFields(body: ValidSeasonBody, saved: SeasonRow | undefined): SeasonFields {
  const existing = saved?.questions ?? [];
  return {
    name: body.name,
    practisedLanguage: body.practisedLanguage,
    startsOn: dayStart(body.startsOn, body.timeZone),
    endsOn: dayStart(body.endsOn, body.timeZone, 1),
    intakeClosesAt: dayStart(body.intakeClosesAt, body.timeZone, 1),
    timeZone: body.timeZone,
    modes: [...new Set(body.modes)],
    regions: body.regions,
    learnerLevels: body.learnerLevels,
    minSharedHours: body.minSharedHours,
    maxLearnersPerMentor: body.maxLearnersPerMentor,
    weights: body.weights,
    contact: body.contact,
    questions: body.questions ? withQuestionIds(existing, body.questions) : existing,
  };
}
