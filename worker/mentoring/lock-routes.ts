import { Hono } from "hono";
import { pairBodySchema } from "../../schema/contracts/admin/mentoring.js";
import { brokenRule, normalisePerson, pairScore } from "../../schema/rules/mentoring/pair-fit.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { banStatements, isBanned, unbanStatement, unlockStatement } from "./lock-queries.js";
import { lockRefusal } from "./lock-refusal.js";
import { bumpVersion, lockPairStatements } from "./pairing-queries.js";
import { audit, loadSeason, workbenchOf } from "./season-route-helpers.js";
import { loadMatchState, seasonRules } from "./workbench.js";

/** The coordinator's hand on the proposal: lock a pair (checked against the rules), ban one. */
export const lockRoutes = new Hono<AppEnv>()
  .put(
    "/mentoring/seasons/:seasonId/locks",
    requirePermission("mentoring.write"),
    validate("json", pairBodySchema),
    async (c) => {
      const season = await loadSeason(c);
      const { mentorId, learnerId } = c.req.valid("json");
      const db = c.var.db;
      const workbench = await loadMatchState(db, season);
      const byId = new Map(workbench.matchPeople.map((person) => [person.id, person]));
      const role = new Map(workbench.people.map((person) => [person.id, person.role]));
      const mentor = byId.get(mentorId);
      const learner = byId.get(learnerId);
      if (
        !mentor ||
        !learner ||
        role.get(mentorId) !== "mentor" ||
        role.get(learnerId) !== "learner"
      ) {
        throw new ApiError(
          404,
          "not_found",
          "One of these two is not an active mentor or learner of this season.",
        );
      }
      if (
        workbench.pairs.some((pair) => pair.learnerId === learnerId && pair.state === "published")
      ) {
        throw new ApiError(
          409,
          "invalid_state",
          "This learner was already introduced to a mentor. End that pair first.",
        );
      }
      const banned = workbench.bans.some(
        (ban) => ban.mentorId === mentorId && ban.learnerId === learnerId,
      );
      const rule = banned
        ? "banned"
        : brokenRule(normalisePerson(mentor), normalisePerson(learner), seasonRules(season));
      if (rule) throw lockRefusal(rule);
      const fixed = workbench.pairs.filter(
        (pair) =>
          pair.mentorId === mentorId &&
          pair.learnerId !== learnerId &&
          (pair.locked || pair.state === "published"),
      ).length;
      if (fixed >= mentor.capacity) throw lockRefusal("capacity");
      const { score, reasons } = pairScore(
        normalisePerson(mentor),
        normalisePerson(learner),
        season.weights,
      );
      await db.batch([
        ...lockPairStatements(
          db,
          season.id,
          { mentorId, learnerId, score, reasons, locked: true },
          Date.now(),
        ),
        audit(c, "mentoring_pair.locked", season.id),
      ]);
      return workbenchOf(c, season.id);
    },
  )
  .delete(
    "/mentoring/seasons/:seasonId/locks/:learnerId",
    requirePermission("mentoring.write"),
    async (c) => {
      const season = await loadSeason(c);
      const learnerId = idParam(c, "learnerId", "This learner has no locked pair.");
      const db = c.var.db;
      const [unlocked] = await db.batch([
        unlockStatement(db, season.id, learnerId),
        bumpVersion(db, season.id),
      ]);
      if (!unlocked?.meta.changes)
        throw new ApiError(404, "not_found", "This learner has no locked pair.");
      return workbenchOf(c, season.id);
    },
  )
  .put(
    "/mentoring/seasons/:seasonId/bans",
    requirePermission("mentoring.write"),
    validate("json", pairBodySchema),
    async (c) => {
      const season = await loadSeason(c);
      const { mentorId, learnerId } = c.req.valid("json");
      const db = c.var.db;
      const [inserted] = await db.batch([
        ...banStatements(db, season.id, {
          mentorId,
          learnerId,
          createdBy: c.var.user.userId,
          now: Date.now(),
        }),
        bumpVersion(db, season.id),
        audit(c, "mentoring_pair.banned", season.id),
      ]);
      if (!inserted?.meta.changes && !(await isBanned(db, season.id, mentorId, learnerId))) {
        throw new ApiError(
          404,
          "not_found",
          "One of these two is not a mentor or learner of this season.",
        );
      }
      return workbenchOf(c, season.id);
    },
  )
  .delete(
    "/mentoring/seasons/:seasonId/bans/:mentorId/:learnerId",
    requirePermission("mentoring.write"),
    async (c) => {
      const season = await loadSeason(c);
      const db = c.var.db;
      await db.batch([
        unbanStatement(
          db,
          season.id,
          c.req.param("mentorId") ?? "",
          c.req.param("learnerId") ?? "",
        ),
        bumpVersion(db, season.id),
      ]);
      return workbenchOf(c, season.id);
    },
  );
