import { Hono } from "hono";
import type { AnswerValue } from "../../schema/contracts/questions.js";
import type { SeriesSignUpResponse } from "../../schema/contracts/series.js";
import { seriesSignUpBodySchema } from "../../schema/contracts/series.js";
import { partyRefusal } from "../booking/party-refusal.js";
import { refuseBots } from "../booking/bot-checks.js";
import type { AppEnv } from "../http/app-env.js";
import {
  checkOrganisationWriteOrigin,
  organisationPreflight,
  writeOriginBeforeRefusals,
} from "../http/cors.js";
import { ApiError, problem } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { readIdempotentRequest, storedOrRefuse } from "../http/idempotency.js";
import { limitBody, requireJson } from "../http/json-body.js";
import { rateLimit, signUpTarget } from "../http/rate-limit.js";
import { validate } from "../http/validate.js";
import { confirmationQuota } from "../notifications/confirmation-quota.js";
import { organisationBySlug, organisationFromRow } from "../organisations/organisation-queries.js";
import type { OrganisationRow } from "../organisations/organisation-queries.js";
import { organisationSlug, unknownOrganisation } from "../organisations/load-organisation.js";
import { checkQuestionAnswers } from "../questions/check-answers.js";
import { deriveManageToken, manageUrl } from "../registrations/manage-token.js";
import { registrationCalendarUrl } from "../registrations/registration-calendar.js";
import type { SeriesDate } from "./book-series.js";
import {
  answersForDate,
  bookSeries,
  parseSeriesDates,
  seriesDatesStatement,
} from "./book-series.js";

const seriesNotFound = "We could not find this series. It may have been removed.";

/** The registrations a first request with this key booked (its dates' keys share its prefix). */
async function findBlockByKey(db: D1Database, organisationId: string, keyHash: string) {
  const { results } = await db
    .prepare(
      `SELECT r.id, r.event_id AS eventId, e.starts_at AS startsAt, r.short_code AS shortCode,
              r.request_hash AS requestHash
         FROM registrations r JOIN events e ON e.id = r.event_id
        WHERE r.organisation_id = ?1
          AND (r.idempotency_key_hash = ?2
               OR (r.idempotency_key_hash > ?2 || ':' AND r.idempotency_key_hash < ?2 || ';'))
        ORDER BY e.starts_at, r.id`,
    )
    .bind(organisationId, keyHash)
    .all<{
      id: string;
      eventId: string;
      startsAt: number;
      shortCode: string | null;
      requestHash: string | null;
    }>();
  return results.length > 0
    ? { registrations: results, requestHash: results[0]!.requestHash }
    : null;
}

/**
 * `POST /orgs/:org/series/:seriesId/registrations`: one sign-up for every coming date of a series
 * that allows it, all or nothing, through the same checks as a sign-up for one date (website,
 * rate limit, idempotency, bot checks, party, the organisers' questions) — see `bookSeries`.
 */
export const seriesSignupRoutes = new Hono<AppEnv>()
  .options("/series/:seriesId/registrations", organisationPreflight("POST"))
  .post(
    "/series/:seriesId/registrations",
    writeOriginBeforeRefusals,
    requireJson,
    limitBody,
    validate("json", seriesSignUpBodySchema),
    rateLimit("SIGNUP_RATE_LIMIT", signUpTarget),
    async (c) => {
      const seriesId = idParam(c, "seriesId", seriesNotFound);
      const body = c.req.valid("json");
      const { website: _website, fillMs: _fillMs, ...answered } = body;
      const idempotent = await readIdempotentRequest(c, { seriesId, ...answered });
      refuseBots(body);
      const emptyParty = partyRefusal(body.adults, body.children, Number.POSITIVE_INFINITY);
      if (emptyParty) throw emptyParty;
      const now = Date.now();
      const origin = new URL(c.req.url).origin;

      const [organisationRows, seriesRows] = await c.var.db.batch([
        organisationBySlug(c.var.db, organisationSlug(c)),
        seriesDatesStatement(c.var.db, organisationSlug(c), seriesId, now),
      ]);
      const organisation = organisationFromRow(organisationRows?.results[0]);
      if (!organisation) throw unknownOrganisation();
      c.set("organisation", organisation);
      await checkOrganisationWriteOrigin(c, organisation);
      const series = parseSeriesDates(
        seriesRows?.results[0] as { blockSignup: number; dates: string } | undefined,
      );

      const respond = async (
        registrations: {
          id: string;
          eventId: string;
          startsAt: number;
          shortCode: string | null;
        }[],
        status: 200 | 201,
      ) =>
        c.json<SeriesSignUpResponse, typeof status>(
          {
            registrations: await Promise.all(
              registrations.map(async (registration) => ({
                id: registration.id,
                eventId: registration.eventId,
                startsAt: new Date(registration.startsAt).toISOString(),
                shortCode: registration.shortCode,
                manageUrl: manageUrl(
                  origin,
                  registration.id,
                  await deriveManageToken(c.env.MANAGE_TOKEN_SECRET, registration.id),
                ),
                calendarUrl: await registrationCalendarUrl(
                  origin,
                  c.env.MANAGE_TOKEN_SECRET,
                  registration.id,
                ),
              })),
            ),
          },
          status,
        );
      const replayOr = async (refusal: ApiError) => {
        const stored = storedOrRefuse(
          await findBlockByKey(c.var.db, organisation.id, idempotent.keyHash),
          idempotent,
          refusal,
        );
        return respond(stored.registrations, 200);
      };

      if (!series) return replayOr(new ApiError(404, "not_found", seriesNotFound));
      if (!series.blockSignup) {
        return replayOr(
          new ApiError(
            409,
            "event_not_open",
            "This series takes sign-ups one date at a time. Choose a date.",
          ),
        );
      }
      if (series.dates.length === 0) {
        return replayOr(
          new ApiError(409, "signup_closed", "No date of this series is open for sign-up now."),
        );
      }
      const refusal = partyRefusal(
        body.adults,
        body.children,
        Math.min(...series.dates.map((date) => date.capacity)),
      );
      if (refusal) return replayOr(refusal);
      const party = body.adults + body.children;
      const full = series.dates.filter((date) => date.capacity - date.taken < party);
      if (full.length > 0) return replayOr(datesFull(full, organisation));

      const answers = new Map<string, Record<string, AnswerValue>>(
        series.dates.map((date) => [
          date.eventId,
          checkQuestionAnswers(
            date.questions,
            "attendee",
            answersForDate(body.answers, series.dates, date),
          ),
        ]),
      );
      const outcome = await bookSeries(c.var.db, {
        organisationId: organisation.id,
        dates: series.dates,
        answers,
        person: {
          adults: body.adults,
          children: body.children,
          name: body.name,
          email: body.email ?? null,
          phone: body.phone ?? null,
          locale: body.locale,
          interpreterLanguage: body.needs?.interpreterLanguage ?? null,
          accessibilityNeeds: body.needs?.accessibility ?? null,
          dietaryNeeds: body.needs?.dietary ?? null,
        },
        idempotencyKeyHash: idempotent.keyHash,
        requestHash: idempotent.requestHash,
        secret: c.env.MANAGE_TOKEN_SECRET,
        confirmationQuota: await confirmationQuota(c.env, body.email, now),
        now,
      });
      c.set("messagesQueued", outcome.kind === "booked" && Boolean(body.email));
      switch (outcome.kind) {
        case "booked":
          return respond(outcome.registrations, 201);
        case "duplicate":
          return replayOr(new ApiError(409, "idempotency_key_reused", "Try again."));
        case "full":
          return replayOr(datesFull([], organisation));
        case "closed":
          return replayOr(
            new ApiError(
              409,
              "signup_closed",
              "A date of this series stopped taking sign-ups. Nothing was booked; try again.",
            ),
          );
      }
    },
  );

/** 409: a date has no room for the party; nothing was booked (the dates named when known). */
function datesFull(dates: SeriesDate[], organisation: OrganisationRow): ApiError {
  const named = dates
    .map((date) =>
      new Intl.DateTimeFormat("en-GB", {
        dateStyle: "medium",
        timeZone: organisation.timeZone,
      }).format(date.startsAt),
    )
    .join(", ");
  return new ApiError(
    409,
    "slot_full",
    `${named ? `${named}: not enough places left` : "A date filled up just now"}. Nothing was booked: sign up for single dates instead.`,
    {
      dates: problem(
        "date_full",
        "Not every date has room for everyone in the party.",
        named ? { dates: named } : undefined,
      ),
    },
  );
}
