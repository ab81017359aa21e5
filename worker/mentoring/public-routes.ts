import { Hono } from "hono";
import type { Context } from "hono";
import type {
  IntakeResponse,
  SeasonResponse,
  ValidIntake,
} from "../../schema/contracts/mentoring.js";
import { intakeBodySchema } from "../../schema/contracts/mentoring.js";
import { eventDetailQuerySchema } from "../../schema/contracts/events.js";
import type { AppEnv } from "../http/app-env.js";
import { organisationPreflight, organisationWriteOrigin } from "../http/cors.js";
import { ApiError } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { readIdempotentRequest, storedOrRefuse } from "../http/idempotency.js";
import { limitBody, requireJson } from "../http/json-body.js";
import { publicRead } from "../http/public-cache.js";
import { rateLimit } from "../http/rate-limit.js";
import { validate } from "../http/validate.js";
import { newId } from "../lib/crypto.js";
import { refuseBots } from "../booking/bot-checks.js";
import { loadOrganisation, organisationSlug } from "../organisations/load-organisation.js";
import { deriveManageToken, hashManageToken } from "../registrations/manage-token.js";
import { enqueueForMentoringPerson } from "./enqueue-mentoring.js";
import { checkIntakeAgainstSeason, intakeClosed } from "./intake-rules.js";
import type { IntakeFields, PersonRow } from "./people-queries.js";
import { findPersonByKey, insertPerson } from "./people-queries.js";
import { intakeManageUrl, toManagedIntake, toPublicSeason } from "./public-season.js";
import type { SeasonRow } from "./season-queries.js";
import { findSeason } from "./season-queries.js";

export const unknownSeason = () =>
  new ApiError(404, "not_found", "We could not find this mentoring season. Check the link.");

/**
 * The answers as stored: only a mentor has a capacity; a learner's is 0. The answers to the
 * season's own questions are stored as `checkIntakeAgainstSeason` kept them.
 */
export function intakeFields(
  body: Omit<ValidIntake, "role" | "consent" | "website" | "fillMs" | "email">,
  role: "mentor" | "learner",
): IntakeFields {
  return {
    firstName: body.firstName,
    locale: body.locale,
    timeZone: body.timeZone,
    languages: body.languages,
    level: body.level,
    availability: [...new Map(body.availability.map((c) => [`${c.day}.${c.part}`, c])).values()],
    modes: [...new Set(body.modes)],
    region: body.modes.includes("in_person") ? (body.region?.trim() ?? null) : null,
    interests: [...new Set(body.interests)],
    interestsOther: body.interestsOther,
    gender: body.gender,
    age: body.age,
    wants: {
      gender: body.wants.gender ?? null,
      ageMin: body.wants.ageMin ?? null,
      ageMax: body.wants.ageMax ?? null,
    },
    capacity: role === "mentor" ? body.capacity : 0,
    answers: body.answers,
  };
}

async function respond(
  c: Context<AppEnv>,
  person: PersonRow,
  season: SeasonRow,
  status: 200 | 201,
): Promise<Response> {
  const token = await deriveManageToken(c.env.MANAGE_TOKEN_SECRET, person.id);
  const manageUrl = intakeManageUrl(new URL(c.req.url).origin, person.id, token);
  return c.json<IntakeResponse, 200 | 201>(
    { person: toManagedIntake(person, season, [], Date.now()), manageUrl },
    status,
  );
}

/** `/orgs/:org/mentoring/seasons/:seasonId`: the season, and signing up as a mentor or learner. */
export const intakeRoutes = new Hono<AppEnv>()
  .get(
    "/mentoring/seasons/:seasonId",
    ...publicRead,
    validate("query", eventDetailQuerySchema),
    async (c) => {
      const seasonId = idParam(c, "seasonId", unknownSeason().message);
      const season = await findSeason(c.var.db, organisationSlug(c), seasonId);
      if (!season) throw unknownSeason();
      const locale = c.req.valid("query").lang ?? season.defaultLocale;
      return c.json<SeasonResponse, 200>(
        { season: toPublicSeason(season, locale, Date.now()) },
        200,
      );
    },
  )
  .options("/mentoring/seasons/:seasonId/people", organisationPreflight("POST"))
  .post(
    "/mentoring/seasons/:seasonId/people",
    loadOrganisation,
    organisationWriteOrigin,
    requireJson,
    limitBody,
    validate("json", intakeBodySchema),
    rateLimit("SIGNUP_RATE_LIMIT"),
    async (c) => {
      const seasonId = idParam(c, "seasonId", unknownSeason().message);
      const body = c.req.valid("json");
      const { website: _website, fillMs: _fillMs, ...answers } = body;
      const idempotent = await readIdempotentRequest(c, { seasonId, ...answers });
      const db = c.var.db;
      const season = await findSeason(db, c.var.organisation.slug, seasonId);
      if (!season) throw unknownSeason();
      const replayOr = async (refusal: unknown): Promise<Response> => {
        const stored = storedOrRefuse(
          await findPersonByKey(db, seasonId, idempotent.keyHash),
          idempotent,
          refusal,
        );
        return respond(c, stored, season, 200);
      };
      const now = Date.now();
      let kept: ValidIntake["answers"] = {};
      try {
        refuseBots(body);
        if (now >= season.intakeClosesAt) throw intakeClosed(season);
        kept = checkIntakeAgainstSeason(body, season) ?? {};
      } catch (error) {
        return replayOr(error);
      }
      const id = newId("mnt");
      const token = await deriveManageToken(c.env.MANAGE_TOKEN_SECRET, id);
      let inserted;
      try {
        [inserted] = await db.batch([
          insertPerson(db, {
            ...intakeFields({ ...body, answers: kept }, body.role),
            id,
            organisationId: season.organisationId,
            seasonId,
            role: body.role,
            email: body.email,
            manageTokenHash: await hashManageToken(token),
            idempotencyKeyHash: idempotent.keyHash,
            requestHash: idempotent.requestHash,
            now,
          }),
          enqueueForMentoringPerson(db, { kind: "mentoring_received", personId: id, now }),
        ]);
      } catch (error) {
        // The key's UNIQUE index: a concurrent retry of the same request won.
        return replayOr(error);
      }
      if (!inserted?.meta.changes) return replayOr(intakeClosed(season));
      const person = await findPersonByKey(db, seasonId, idempotent.keyHash);
      if (!person) throw new Error("the new mentoring sign-up was not found");
      return respond(c, person, season, 201);
    },
  );
