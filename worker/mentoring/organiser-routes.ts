import { Hono } from "hono";
import type { Context } from "hono";
import type {
  SeasonReport,
  SeasonsResponse,
  WorkbenchResponse,
} from "../../schema/contracts/admin/mentoring.js";
import {
  pairBodySchema,
  pairingVersionBodySchema,
  seasonBodySchema,
} from "../../schema/contracts/admin/mentoring.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError, problem } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { newId } from "../lib/crypto.js";
import { auditStatement } from "../organisers/audit-log.js";
import { LockRefused, solveSeason } from "./matching/solve-season.js";
import type { Mentor } from "./matching/solve-season.js";
import { brokenRule, normalisePerson, pairScore } from "../../schema/rules/mentoring/pair-fit.js";
import {
  bumpVersion,
  claimProposal,
  lockPairStatements,
  publishStatements,
  replaceProposalStatements,
} from "./pairing-queries.js";
import { readSeasonReport } from "./report-queries.js";
import type { SeasonFields, SeasonRow } from "./season-queries.js";
import { findSeason, insertSeason, listSeasons, updateSeason } from "./season-queries.js";
import { buildWorkbench, seasonRules, toAdminSeason } from "./workbench.js";
import { dayStart } from "./season-days.js";

const unknownSeason = () => new ApiError(404, "not_found", "We could not find this season.");

const staleProposal = () =>
  new ApiError(
    409,
    "version_conflict",
    "Someone else changed the proposal or the season meanwhile. Load the latest and try again.",
  );

async function loadSeason(c: Context<AppEnv>): Promise<SeasonRow> {
  const seasonId = idParam(c, "seasonId", unknownSeason().message);
  const season = await findSeason(c.var.db, c.var.organisation.slug, seasonId);
  if (!season) throw unknownSeason();
  return season;
}

async function workbenchOf(c: Context<AppEnv>, seasonId: string): Promise<Response> {
  const season = await findSeason(c.var.db, c.var.organisation.slug, seasonId);
  if (!season) throw unknownSeason();
  const { matchPeople: _people, ...workbench } = await buildWorkbench(c.var.db, season);
  c.header("Cache-Control", "no-store");
  return c.json<WorkbenchResponse, 200>(workbench, 200);
}

/** The audit row of a read or change of a season's people (ids only). */
const audit = (c: Context<AppEnv>, action: string, seasonId: string) =>
  auditStatement(c.var.db, {
    organisationId: c.var.organisation.id,
    userId: c.var.user.userId,
    action,
    targetType: "mentoring_season",
    targetId: seasonId,
    now: Date.now(),
  });

/** Language Friend seasons for coordinators (`/admin/orgs/:org/mentoring/…`). */
export const mentoringAdminRoutes = new Hono<AppEnv>()
  .get("/mentoring/seasons", requirePermission("mentoring.read"), async (c) => {
    const seasons = await listSeasons(c.var.db, c.var.organisation.id);
    return c.json<SeasonsResponse, 200>({ seasons: seasons.map(toAdminSeason) }, 200);
  })
  .post(
    "/mentoring/seasons",
    requirePermission("mentoring.write"),
    validate("json", seasonBodySchema),
    async (c) => {
      const fields = seasonFields(c.req.valid("json"));
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
          ...seasonFields(body),
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
  )
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
      const workbench = await buildWorkbench(db, season);
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
  .put(
    "/mentoring/seasons/:seasonId/locks",
    requirePermission("mentoring.write"),
    validate("json", pairBodySchema),
    async (c) => {
      const season = await loadSeason(c);
      const { mentorId, learnerId } = c.req.valid("json");
      const db = c.var.db;
      const workbench = await buildWorkbench(db, season);
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
        db
          .prepare(
            `UPDATE mentoring_pairs SET locked = 0 WHERE season_id = ?1 AND learner_id = ?2 AND state = 'proposed' AND locked = 1`,
          )
          .bind(season.id, learnerId),
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
        db
          .prepare(
            `INSERT INTO mentoring_bans (season_id, mentor_id, learner_id, created_by, created_at)
             SELECT ?1, m.id, l.id, ?4, ?5 FROM mentoring_people m, mentoring_people l
              WHERE m.id = ?2 AND m.season_id = ?1 AND m.role = 'mentor'
                AND l.id = ?3 AND l.season_id = ?1 AND l.role = 'learner'
             ON CONFLICT DO NOTHING`,
          )
          .bind(season.id, mentorId, learnerId, c.var.user.userId, Date.now()),
        db
          .prepare(
            `DELETE FROM mentoring_pairs WHERE season_id = ?1 AND mentor_id = ?2 AND learner_id = ?3 AND state = 'proposed'`,
          )
          .bind(season.id, mentorId, learnerId),
        bumpVersion(db, season.id),
        audit(c, "mentoring_pair.banned", season.id),
      ]);
      const exists = await db
        .prepare(
          `SELECT 1 FROM mentoring_bans WHERE season_id = ?1 AND mentor_id = ?2 AND learner_id = ?3`,
        )
        .bind(season.id, mentorId, learnerId)
        .first();
      if (!inserted?.meta.changes && !exists) {
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
        db
          .prepare(
            `DELETE FROM mentoring_bans WHERE season_id = ?1 AND mentor_id = ?2 AND learner_id = ?3`,
          )
          .bind(season.id, c.req.param("mentorId"), c.req.param("learnerId")),
        bumpVersion(db, season.id),
      ]);
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
        const proposed = await db
          .prepare(
            `SELECT count(*) AS n FROM mentoring_pairs WHERE season_id = ?1 AND state = 'proposed'`,
          )
          .bind(season.id)
          .first<{ n: number }>();
        if (fresh?.publishedAt && proposed?.n === 0) {
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
        db
          .prepare(
            `UPDATE mentoring_pairs SET state = 'ended', ended_at = ?3 WHERE id = ?2 AND season_id = ?1 AND state = 'published'`,
          )
          .bind(season.id, pairId, Date.now()),
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

function lockRefusal(rule: string): ApiError {
  const words: Record<string, string> = {
    modes: "These two have no way to meet in common.",
    hours: "These two are not free at the same times often enough.",
    level: "The learner's level is outside this season's range.",
    preference: "One of them asked for a partner the other is not.",
    banned: "You said never to pair these two.",
    capacity: "This mentor has no place left.",
    learner_twice: "This learner is locked with another mentor.",
    unknown_person: "One of these two is not in this season any more.",
  };
  return new ApiError(422, "validation_failed", `This pair breaks a rule: ${words[rule] ?? rule}`, {
    pair: problem("lock_breaks_rule", words[rule] ?? rule, { rule }),
  });
}

type ValidSeasonBody = import("valibot").InferOutput<typeof seasonBodySchema>;

function seasonFields(body: ValidSeasonBody): SeasonFields {
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
  };
}
