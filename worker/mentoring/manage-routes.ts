import { Hono } from "hono";
import type { Context } from "hono";
import type { IntakeResponse } from "../../schema/contracts/mentoring.js";
import { intakeChangeSchema, shareContactBodySchema } from "../../schema/contracts/mentoring.js";
import type { AppEnv } from "../http/app-env.js";
import { authoriseManageToken } from "../http/bearer-token.js";
import { assertWriteOrigin, preflight } from "../http/cors.js";
import { ApiError } from "../http/errors.js";
import { limitBody, requireJson } from "../http/json-body.js";
import { validate } from "../http/validate.js";
import { checkIntakeAgainstSeason } from "./intake-rules.js";
import type { PersonRow } from "./people-queries.js";
import {
  erasePersonStatement,
  findPartners,
  findPerson,
  shareContactStatement,
  updatePerson,
  withdrawStatements,
} from "./people-queries.js";
import { bumpVersion } from "./pairing-queries.js";
import { intakeFields } from "./public-routes.js";
import { toManagedIntake } from "./public-season.js";
import { eraseRelayOfPersonStatements } from "./relay-queries.js";
import { findSeasonById } from "./season-queries.js";

const words = {
  missing: "Open the link from your email to see your sign-up.",
  notFound: "We could not find this sign-up. It may have been erased.",
};

async function authorised(c: Context<AppEnv>): Promise<PersonRow> {
  const person = await findPerson(c.var.db, c.req.param("id") ?? "");
  const found = await authoriseManageToken(c, person, words);
  if (found.erasedAt !== null) throw new ApiError(404, "not_found", words.notFound);
  return found;
}

/** A change behind the link: the person's token, sent from a website the organisation allows. */
export async function authorisedWrite(c: Context<AppEnv>): Promise<PersonRow> {
  const person = await authorised(c);
  assertWriteOrigin(c, person.allowedOrigins);
  return person;
}

const originsOfPerson = async (c: Context<AppEnv>) =>
  (await findPerson(c.var.db, c.req.param("id") ?? ""))?.allowedOrigins ?? null;

async function answer(c: Context<AppEnv>, person: PersonRow): Promise<Response> {
  const db = c.var.db;
  const [season, partners] = await Promise.all([
    findSeasonById(db, person.seasonId),
    findPartners(db, person.id),
  ]);
  if (!season) throw new ApiError(404, "not_found", words.notFound);
  c.header("Cache-Control", "no-store");
  return c.json<IntakeResponse, 200>(
    { person: toManagedIntake(person, season, partners, Date.now()) },
    200,
  );
}

/**
 * A mentor's or learner's own sign-up behind their manage link (`/mentoring/people/:id`, the
 * token as a Bearer): see it, change any answer, pause and resume, withdraw, erase.
 */
export const mentoringManageRoutes = new Hono<AppEnv>()
  .options("/people/:id", preflight(originsOfPerson, "PATCH"))
  .options("/people/:id/*", preflight(originsOfPerson, "POST"))
  .get("/people/:id", async (c) => answer(c, await authorised(c)))
  .patch("/people/:id", requireJson, limitBody, validate("json", intakeChangeSchema), async (c) => {
    const person = await authorisedWrite(c);
    if (person.status === "withdrawn") {
      throw new ApiError(
        409,
        "invalid_state",
        "You withdrew from this season. Sign up again to take part.",
      );
    }
    const db = c.var.db;
    const season = await findSeasonById(db, person.seasonId);
    if (!season) throw new ApiError(404, "not_found", words.notFound);
    const change = c.req.valid("json");
    const merged = {
      ...person,
      ...Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined)),
      wants: { ...person.wants, ...(change.wants ?? {}) },
    } as PersonRow & { status: "active" | "paused" };
    // Answers to the season's own questions are checked when sent (every one again, as the form
    // sends them); a change without them keeps those given.
    const answers = checkIntakeAgainstSeason(
      { ...merged, role: person.role, capacity: merged.capacity || 1, answers: change.answers },
      season,
    );
    const now = Date.now();
    await db.batch([
      updatePerson(
        db,
        person.id,
        {
          ...intakeFields(
            {
              ...merged,
              interestsOther: merged.interestsOther,
              answers: answers ?? person.answers,
            },
            person.role,
          ),
          status: merged.status === "paused" ? "paused" : "active",
        },
        now,
      ),
      // A changed answer makes the proposal stale: the coordinator solves again.
      bumpVersion(db, person.seasonId),
    ]);
    const saved = await findPerson(db, person.id);
    return answer(c, saved ?? person);
  })
  .post("/people/:id/withdraw", async (c) => {
    const person = await authorisedWrite(c);
    const db = c.var.db;
    await db.batch([
      ...withdrawStatements(db, person.id, Date.now()),
      bumpVersion(db, person.seasonId),
    ]);
    return answer(c, (await findPerson(db, person.id)) ?? person);
  })
  .post(
    "/people/:id/share-contact",
    requireJson,
    limitBody,
    validate("json", shareContactBodySchema),
    async (c) => {
      const person = await authorisedWrite(c);
      const result = await shareContactStatement(
        c.var.db,
        person.id,
        c.req.valid("json").pairId,
        Date.now(),
      ).run();
      if (!result.meta.changes) {
        throw new ApiError(404, "not_found", "This pair is not running any more.");
      }
      return answer(c, person);
    },
  )
  .post("/people/:id/erase", async (c) => {
    const person = await authorisedWrite(c);
    const db = c.var.db;
    const now = Date.now();
    await db.batch([
      ...withdrawStatements(db, person.id, now),
      ...eraseRelayOfPersonStatements(db, person.id),
      erasePersonStatement(db, person.id, now),
      bumpVersion(db, person.seasonId),
    ]);
    return c.body(null, 204);
  });
