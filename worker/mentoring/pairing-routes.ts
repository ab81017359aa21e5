import { Hono } from "hono";
import type { SeasonReport } from "../../schema/contracts/admin/mentoring.js";
import { pairingVersionBodySchema } from "../../schema/contracts/admin/mentoring.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { lockRefusal } from "./lock-refusal.js";
import type { Mentor } from "./matching/solve-season.js";
import { LockRefused, solveSeason } from "./matching/solve-season.js";
import {
  bumpVersion,
  claimProposal,
  countProposed,
  endPairStatement,
  publishStatements,
  replaceProposalStatements,
} from "./pairing-queries.js";
import { readSeasonReport } from "./report-queries.js";
import { findSeason } from "./season-queries.js";
import { audit, loadSeason, staleProposal, workbenchOf } from "./season-route-helpers.js";
import { loadMatchState, seasonRules, toAdminSeason } from "./workbench.js";

/**
 * A season's pairing: the workbench (an audited read of its people), solving, publishing,
 * ending a pair early, the report.
 */
export const pairingRoutes = new Hono<AppEnv>()
  .get("/mentoring/seasons/:seasonId/workbench", requirePermission("mentoring.read"), async (c) => {
    const season = await loadSeason(c);
    await audit(c, "mentoring.viewed", season.id).run();
    return workbenchOf(c, season.id);
  })
  .post(
    "/mentoring/seasons/:seasonId/solve",
    requirePermission("mentoring.write"),
    validate("json", pairingVersionBodySchema),
    async (c) => {
      const season = await loadSeason(c);
      const { pairingVersion } = c.req.valid("json");
      if (pairingVersion !== season.pairingVersion) throw staleProposal();
      const db = c.var.db;
      const workbench = await loadMatchState(db, season);
      // Published pairs are settled: their people leave the problem (a mentor keeps spare places).
      const published = workbench.pairs.filter((pair) => pair.state === "published");
      const settledLearners = new Set(published.map((pair) => pair.learnerId));
      const placesUsed = new Map<string, number>();
      for (const pair of published) {
        placesUsed.set(pair.mentorId, (placesUsed.get(pair.mentorId) ?? 0) + 1);
      }
      const roles = new Map(workbench.people.map((person) => [person.id, person.role]));
      const mentors = workbench.matchPeople
        .filter((person) => roles.get(person.id) === "mentor")
        .map((mentor): Mentor => ({
          ...mentor,
          capacity: Math.max(0, mentor.capacity - (placesUsed.get(mentor.id) ?? 0)),
        }));
      const learners = workbench.matchPeople.filter(
        (person) => roles.get(person.id) === "learner" && !settledLearners.has(person.id),
      );
      const active = new Set(workbench.matchPeople.map((person) => person.id));
      const locks = workbench.pairs
        .filter((pair) => pair.state === "proposed" && pair.locked)
        .filter((pair) => active.has(pair.mentorId) && active.has(pair.learnerId));
      let solved;
      try {
        solved = solveSeason({
          mentors,
          learners,
          rules: seasonRules(season),
          locks,
          bans: workbench.bans,
        });
      } catch (error) {
        if (error instanceof LockRefused) throw lockRefusal(error.rule);
        throw error;
      }
      const marker = crypto.randomUUID();
      const now = Date.now();
      const [claimed] = await db.batch([
        claimProposal(db, season.id, marker, pairingVersion, now),
        ...replaceProposalStatements(db, season.id, marker, solved.pairs, now),
        audit(c, "mentoring_pairs.solved", season.id),
      ]);
      if (!claimed?.meta.changes) throw staleProposal();
      return workbenchOf(c, season.id);
    },
  )
  .post(
    "/mentoring/seasons/:seasonId/publish",
    requirePermission("mentoring.write"),
    validate("json", pairingVersionBodySchema),
    async (c) => {
      const season = await loadSeason(c);
      const db = c.var.db;
      const marker = crypto.randomUUID();
      const now = Date.now();
      const results = await db.batch([
        claimProposal(db, season.id, marker, c.req.valid("json").pairingVersion, now),
        ...publishStatements(db, season.id, marker, now),
        audit(c, "mentoring_pairs.published", season.id),
      ]);
      const claimed = results[0]?.meta.changes ?? 0;
      const introduced = (results[2]?.meta.changes ?? 0) + (results[3]?.meta.changes ?? 0);
      const fresh = await findSeason(db, c.var.organisation.slug, season.id);
      if (!claimed) {
        // The same publish sent twice: nothing is left to introduce, so it already happened.
        if (fresh?.publishedAt && (await countProposed(db, season.id)) === 0) {
          return c.json({ season: toAdminSeason(fresh), introduced: 0 }, 200);
        }
        throw staleProposal();
      }
      return c.json({ season: toAdminSeason(fresh!), introduced }, 200);
    },
  )
  .post(
    "/mentoring/seasons/:seasonId/pairs/:pairId/end",
    requirePermission("mentoring.write"),
    async (c) => {
      const season = await loadSeason(c);
      const pairId = idParam(c, "pairId", "This pair is not running.");
      const db = c.var.db;
      const [ended] = await db.batch([
        endPairStatement(db, season.id, pairId, Date.now()),
        bumpVersion(db, season.id),
        audit(c, "mentoring_pair.ended", season.id),
      ]);
      if (!ended?.meta.changes) throw new ApiError(404, "not_found", "This pair is not running.");
      return workbenchOf(c, season.id);
    },
  )
  .get("/mentoring/seasons/:seasonId/report", requirePermission("mentoring.read"), async (c) => {
    const season = await loadSeason(c);
    return c.json<SeasonReport, 200>(await readSeasonReport(c.var.db, season.id, Date.now()), 200);
  });
