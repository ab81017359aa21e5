import { checkQuestionAnswers } from "../questions/check-answers.js";
import { Hono } from "hono";
import type { SignUpResponse, ValidSignUp } from "../../schema/contracts/registrations.js";
import { signUpBodySchema } from "../../schema/contracts/registrations.js";
import { bookQuickSignup, bookSignup } from "./book-signup.js";
import type { AppEnv } from "../http/app-env.js";
import {
  allowCheckedOrigin,
  checkOrganisationWriteOrigin,
  organisationPreflight,
  writeOriginBeforeRefusals,
  writeOriginToCheck,
} from "../http/cors.js";
import { partyRefusal } from "./party-refusal.js";
import { refuseBots } from "./bot-checks.js";
import { ApiError, problem } from "../http/errors.js";
import { readIdempotentRequest, storedOrRefuse } from "../http/idempotency.js";
import { limitBody, requireJson } from "../http/json-body.js";
import { organisationSlug, unknownOrganisation } from "../organisations/load-organisation.js";
import { readSignupContext } from "./signup-context.js";
import { rateLimit, signUpTarget } from "../http/rate-limit.js";
import { validate } from "../http/validate.js";
import { deriveManageToken, manageUrl } from "../registrations/manage-token.js";
import { isSignupOpen } from "../events/signup-window.js";
import { registrationCalendarUrl } from "../registrations/registration-calendar.js";
import { confirmationQuota } from "../notifications/confirmation-quota.js";
import { findByIdempotencyKey } from "../registrations/registration-queries.js";
import { idParam } from "../http/id-param.js";

const slotFull = () =>
  new ApiError(
    409,
    "slot_full",
    "This time is full and its waitlist is full too. Choose another time.",
  );

/** What makes two sign-ups "the same request" for idempotency: the event and the answers. */
function signUpFingerprint(eventId: string, body: ValidSignUp) {
  const { website: _website, fillMs: _fillMs, ...answers } = body;
  return { eventId, ...answers };
}

export const signupRoutes = new Hono<AppEnv>()
  .options("/events/:eventId/registrations", organisationPreflight("POST"))
  .post(
    "/events/:eventId/registrations",
    writeOriginBeforeRefusals,
    requireJson,
    limitBody,
    validate("json", signUpBodySchema),
    rateLimit("SIGNUP_RATE_LIMIT", signUpTarget),
    async (c) => {
      const eventId = idParam(
        c,
        "eventId",
        "We could not find this event. It may have been removed.",
      );
      const body = c.req.valid("json");
      const idempotent = await readIdempotentRequest(c, signUpFingerprint(eventId, body));
      refuseBots(body);
      const emptyParty = partyRefusal(body.adults, body.children, Number.POSITIVE_INFINITY);
      if (emptyParty) throw emptyParty;
      const now = Date.now();
      const signUp = {
        eventId,
        answers: body,
        idempotencyKeyHash: idempotent.keyHash,
        requestHash: idempotent.requestHash,
        consentSource: "online" as const,
        createdBy: null,
        confirmationQuota: await confirmationQuota(c.env, body.email, now),
        now,
      };
      const origin = new URL(c.req.url).origin;

      const respond = async (
        registration: {
          id: string;
          status: string;
          position: number | null;
          shortCode: string | null;
        },
        status: 200 | 201,
      ) => {
        const manageToken = await deriveManageToken(c.env.MANAGE_TOKEN_SECRET, registration.id);
        return c.json<SignUpResponse, typeof status>(
          {
            registration: {
              id: registration.id,
              status: registration.status as SignUpResponse["registration"]["status"],
              position: registration.position,
              shortCode: registration.shortCode,
              manageUrl: manageUrl(origin, registration.id, manageToken),
              calendarUrl: await registrationCalendarUrl(
                origin,
                c.env.MANAGE_TOKEN_SECRET,
                registration.id,
              ),
            },
          },
          status,
        );
      };

      // The common case in one D1 round trip: the batch checks the organisation, the website, the
      // window and the party itself. Only when it books nothing are they read one by one, to say
      // why (and a visit's time, whose answers have rules of their own, is booked then).
      // Answers to the event's own questions are checked against them: that sign-up reads first.
      const website = writeOriginToCheck(c);
      if (website !== undefined && Object.keys(body.answers).length === 0) {
        const { outcome } = await bookQuickSignup(c.var.db, c.env.MANAGE_TOKEN_SECRET, {
          ...signUp,
          organisationSlug: organisationSlug(c),
          origin: website,
          slotId: body.slotId,
        });
        if (outcome.kind === "booked" || outcome.kind === "full") allowCheckedOrigin(c);
        if (outcome.kind === "booked") {
          c.set("messagesQueued", Boolean(body.email));
          return respond({ id: outcome.registrationId, ...outcome }, 201);
        }
        if (outcome.kind === "full") throw slotFull();
      }

      const { organisation, target, questions } = await readSignupContext(c.var.db, {
        organisationSlug: organisationSlug(c),
        eventId,
        slotId: body.slotId,
        pickupPointId: body.pickupPointId ?? null,
      });
      if (!organisation) throw unknownOrganisation();
      c.set("organisation", organisation);
      await checkOrganisationWriteOrigin(c, organisation);

      const replayOr = async (refusal: ApiError) =>
        respond(
          storedOrRefuse(
            await findByIdempotencyKey(c.var.db, organisation.id, idempotent.keyHash),
            idempotent,
            refusal,
          ),
          200,
        );

      if (!target || target.eventStatus === "draft") {
        return replayOr(
          new ApiError(404, "not_found", "We could not find this event. It may have been removed."),
        );
      }
      if (target.slotId === null || target.capacity === null) {
        return replayOr(
          new ApiError(
            404,
            "not_found",
            "This time is not part of the event. Choose another time.",
            { slotId: problem("slot_unknown", "Choose one of the event's times.") },
          ),
        );
      }
      if (target.eventStatus === "cancelled") {
        return replayOr(new ApiError(409, "event_not_open", "This event was cancelled."));
      }
      if (!isSignupOpen({ ...target, status: target.eventStatus }, now)) {
        return replayOr(
          new ApiError(
            409,
            "signup_closed",
            target.signupOpensAt !== null && now < target.signupOpensAt
              ? `Sign-up opens on ${new Date(target.signupOpensAt).toISOString()}.`
              : "Sign-up for this event has closed.",
            undefined,
            target.signupOpensAt !== null && now < target.signupOpensAt
              ? { opensAt: new Date(target.signupOpensAt).toISOString() }
              : undefined,
          ),
        );
      }
      const refusal = partyRefusal(body.adults, body.children, target.capacity);
      // The places may have shrunk since a first try that booked: its retry gets the stored answer.
      if (refusal?.code === "party_too_large") return replayOr(refusal);
      if (refusal) throw refusal;

      const questionAnswers = checkQuestionAnswers(
        questions,
        target.audience ?? "attendee",
        body.answers,
      );

      const { outcome } = await bookSignup(c.var.db, c.env.MANAGE_TOKEN_SECRET, {
        ...signUp,
        questionAnswers,
        organisationId: organisation.id,
        target: { ...target, slotId: target.slotId, capacity: target.capacity },
      });
      c.set("messagesQueued", outcome.kind === "booked" && Boolean(body.email));
      switch (outcome.kind) {
        case "booked":
          return respond({ id: outcome.registrationId, ...outcome }, 201);
        case "duplicate":
          return replayOr(new ApiError(409, "idempotency_key_reused", "Try again."));
        case "full":
          throw slotFull();
        case "closed":
          throw new ApiError(409, "event_not_open", "This event stopped taking sign-ups.");
      }
    },
  );
