import type { Context } from "hono";
import { Hono } from "hono";
import type { RosterEntryResponse } from "../../schema/contracts/admin/roster.js";
import {
  moveRegistrationBodySchema,
  registerOnBehalfBodySchema,
  rosterCsvQuerySchema,
} from "../../schema/contracts/admin/roster.js";
import type { Permission } from "../../schema/contracts/admin/permissions.js";
import { readAuditStatement, recordRead } from "../organisers/record-read.js";
import { csvPageSize, csvQuestionsOf, rosterCsvStream, slotNamesOf } from "./roster-csv.js";
import { parseQuestions, selectQuestions } from "../questions/question-queries.js";
import { cancelRegistration } from "../booking/cancel-registration.js";
import { moveRegistration } from "../booking/move-registration.js";
import { bookSignup } from "../booking/book-signup.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError, problem } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { loadEvent } from "../events/load-event.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { sha256Hex } from "../lib/crypto.js";
import { hashIdempotencyKey, manageUrl } from "./manage-token.js";
import { auditStatement } from "../organisers/audit-log.js";
import { findManagedRegistration, findSignupTarget } from "./registration-queries.js";
import { changeBooking } from "../booking/change-booking.js";
import { changeRegistrationBodySchema } from "../../schema/contracts/registrations.js";
import { checkQuestionAnswers } from "../questions/check-answers.js";
import { findQuestions } from "../questions/question-queries.js";
import {
  findRosterEntry,
  markStatement,
  parseRoster,
  selectRoster,
  selectSlotTimes,
} from "./roster-queries.js";
import type { RosterMark, SlotTimeRow } from "./roster-queries.js";

const eventPath = "/events/:eventId";
const entryPath = `${eventPath}/registrations/:registrationId`;

async function loadEntry(c: Context<AppEnv>) {
  const event = await loadEvent(c);
  const notFound = "We could not find this sign-up.";
  const entry = await findRosterEntry(c.var.db, event.id, idParam(c, "registrationId", notFound));
  if (!entry) throw new ApiError(404, "not_found", notFound);
  return { event, entry };
}

function audit(c: Context<AppEnv>, action: string, targetType: string, targetId: string) {
  return auditStatement(c.var.db, {
    organisationId: c.var.organisation.id,
    userId: c.var.user.userId,
    action,
    targetType,
    targetId,
    now: Date.now(),
  });
}

async function respondWithEntry(c: Context<AppEnv>, eventId: string, registrationId: string) {
  const entry = await findRosterEntry(c.var.db, eventId, registrationId);
  if (!entry) throw new ApiError(404, "not_found", "We could not find this sign-up.");
  return c.json<RosterEntryResponse, 200>({ entry }, 200);
}

/**
 * A mark on a registration (check-in, no-show and their undo), with its audit row, in one
 * batch; where it does not apply (`rosterMarks`), 409 with `refusal`.
 */
function markRoute(
  permission: Permission,
  change: { mark: RosterMark; action: string; refusal: string; afterStart?: boolean },
) {
  return [
    requirePermission(permission),
    async (c: Context<AppEnv>) => {
      const { event, entry } = await loadEntry(c);
      const now = Date.now();
      if (change.afterStart && now < event.startsAt) {
        throw new ApiError(
          409,
          "event_not_open",
          "You can mark no-shows once the event has started.",
        );
      }
      const [result] = await c.var.db.batch([
        markStatement(c.var.db, change.mark, entry.id, now),
        auditStatement(
          c.var.db,
          {
            organisationId: c.var.organisation.id,
            userId: c.var.user.userId,
            action: change.action,
            targetType: "registration",
            targetId: entry.id,
            now,
          },
          { onlyIfPreviousChanged: true },
        ),
      ]);
      if ((result!.meta.changes ?? 0) === 0)
        throw new ApiError(409, "invalid_state", change.refusal);
      return respondWithEntry(c, event.id, entry.id);
    },
  ] as const;
}

export const rosterRoutes = new Hono<AppEnv>()
  .get(
    `${eventPath}/registrations.csv`,
    requirePermission("roster.export"),
    validate("query", rosterCsvQuerySchema),
    async (c) => {
      const event = await loadEvent(c);
      const db = c.var.db;
      // Sensitive answers only when asked for, and that export is recorded as such.
      const withSensitive = c.req.valid("query").sensitive === "1";
      const [, slots, questions] = await db.batch([
        readAuditStatement(
          c,
          withSensitive ? "roster.exported_sensitive" : "roster.exported",
          event.id,
        ),
        selectSlotTimes(db, event.id),
        selectQuestions(db, event.id),
      ]);
      const locale = c.var.organisation.defaultLocale;
      const slotNames = slotNamesOf(slots!.results as SlotTimeRow[], locale);
      c.header("Content-Disposition", `attachment; filename="roster-${event.id}.csv"`);
      c.header("Cache-Control", "no-store");
      c.header("Content-Type", "text/csv; charset=utf-8");
      // Streamed a page of people at a time: memory stays one page whatever the event's size.
      return c.body(
        rosterCsvStream(
          async (offset) => {
            const { results } = await selectRoster(
              db,
              { organisationSlug: c.var.organisation.slug, eventId: event.id },
              {},
              { limit: csvPageSize, offset },
            ).run();
            return parseRoster(results);
          },
          slotNames,
          csvQuestionsOf(parseQuestions(questions!.results), locale, withSensitive),
        ),
        200,
      );
    },
  )
  .post(
    `${eventPath}/registrations`,
    requirePermission("roster.write"),
    validate("json", registerOnBehalfBodySchema),
    async (c) => {
      const event = await loadEvent(c);
      const body = c.req.valid("json");
      const target = await findSignupTarget(
        c.var.db,
        c.var.organisation.id,
        event.id,
        body.slotId,
        body.pickupPointId ?? null,
      );
      if (!target?.slotId || target.capacity === null) {
        throw new ApiError(404, "not_found", "This time is not part of the event.", {
          slotId: problem("slot_unknown", "Choose one of the event's times."),
        });
      }
      if (target.eventStatus !== "published") {
        throw new ApiError(409, "event_not_open", "Publish the event before adding people.");
      }
      // The organisers' own questions: what is answered is checked; nothing is required of them.
      const questionAnswers =
        Object.keys(body.answers).length === 0
          ? {}
          : checkQuestionAnswers(
              await findQuestions(c.var.db, event.id),
              target.audience ?? "attendee",
              body.answers,
              { required: false },
            );
      const idempotencyKey = c.req.header("Idempotency-Key") ?? crypto.randomUUID();
      const { outcome, manageToken } = await bookSignup(c.var.db, c.env.MANAGE_TOKEN_SECRET, {
        organisationId: c.var.organisation.id,
        eventId: event.id,
        target: { ...target, slotId: target.slotId, capacity: target.capacity },
        answers: body,
        questionAnswers,
        idempotencyKeyHash: await hashIdempotencyKey(idempotencyKey),
        requestHash: await sha256Hex(JSON.stringify({ eventId: event.id, ...body })),
        consentSource: "in_person",
        createdBy: c.var.user.userId,
        now: Date.now(),
      });
      if (outcome.kind === "full") {
        throw new ApiError(409, "slot_full", "This time and its waitlist are full.");
      }
      if (outcome.kind !== "booked") {
        throw new ApiError(409, "idempotency_key_reused", "This person was already added.");
      }
      await c.var.db.batch([
        audit(c, "registration.created", "registration", outcome.registrationId),
      ]);
      const entry = await findRosterEntry(c.var.db, event.id, outcome.registrationId);
      return c.json<RosterEntryResponse & { manageUrl: string }, 201>(
        {
          entry: entry!,
          manageUrl: manageUrl(new URL(c.req.url).origin, outcome.registrationId, manageToken),
        },
        201,
      );
    },
  )
  .post(
    `${entryPath}/move`,
    requirePermission("roster.write"),
    validate("json", moveRegistrationBodySchema),
    async (c) => {
      const { event, entry } = await loadEntry(c);
      const { to } = c.req.valid("json");
      const result = await moveRegistration(c.var.db, entry.id, entry.slotId, to, Date.now());
      if (result === "full") {
        throw new ApiError(
          409,
          "slot_full",
          to === "confirmed"
            ? "No free place for this party. Raise the number of places or cancel someone first."
            : "The waitlist is full. Raise its size first.",
        );
      }
      if (result === "unchanged") {
        throw new ApiError(
          409,
          "invalid_state",
          `Only ${to === "confirmed" ? "waitlisted" : "confirmed"} people can be moved there.`,
        );
      }
      await c.var.db.batch([audit(c, `registration.moved_to_${to}`, "registration", entry.id)]);
      return respondWithEntry(c, event.id, entry.id);
    },
  )
  // An organiser changes a booking (time, party, contact, needs) as the person could, until the
  // event ends, through the same batch; the audit row is written only if the change is.
  .patch(
    entryPath,
    requirePermission("roster.write"),
    validate("json", changeRegistrationBodySchema),
    async (c) => {
      const { event, entry } = await loadEntry(c);
      const registration = await findManagedRegistration(c.var.db, entry.id);
      if (!registration) throw new ApiError(404, "not_found", "We could not find this sign-up.");
      const now = Date.now();
      await changeBooking(c.var.db, registration, c.req.valid("json"), {
        now,
        by: "organiser",
        confirmationQuota: () => Promise.resolve(null),
        audit: auditStatement(
          c.var.db,
          {
            organisationId: c.var.organisation.id,
            userId: c.var.user.userId,
            action: "registration.changed",
            targetType: "registration",
            targetId: entry.id,
            now,
          },
          { onlyIfPreviousChanged: true },
        ),
      });
      return respondWithEntry(c, event.id, entry.id);
    },
  )
  .post(`${entryPath}/cancel`, requirePermission("roster.write"), async (c) => {
    const { event, entry } = await loadEntry(c);
    const cancelled = await cancelRegistration(c.var.db, entry.id, entry.slotId, Date.now(), {
      by: "organiser",
    });
    // Cancelling twice changes nothing but still answers with the person's details.
    if (cancelled)
      await c.var.db.batch([audit(c, "registration.cancelled", "registration", entry.id)]);
    else await recordRead(c, "registration.viewed", entry.id);
    return respondWithEntry(c, event.id, entry.id);
  })
  .post(
    `${entryPath}/check-in`,
    ...markRoute("roster.check-in", {
      mark: "checkIn",
      action: "registration.checked_in",
      refusal: "Only confirmed people who are not checked in yet can be checked in.",
    }),
  )
  .delete(
    `${entryPath}/check-in`,
    ...markRoute("roster.check-in", {
      mark: "undoCheckIn",
      action: "registration.check_in_undone",
      refusal: "This person is not checked in.",
    }),
  )
  .post(
    `${entryPath}/no-show`,
    ...markRoute("roster.check-in", {
      mark: "noShow",
      action: "registration.no_show",
      refusal: "Only confirmed people who did not check in can be marked as no-show.",
      afterStart: true,
    }),
  )
  .delete(
    `${entryPath}/no-show`,
    ...markRoute("roster.check-in", {
      mark: "undoNoShow",
      action: "registration.no_show_undone",
      refusal: "This person is not marked as no-show.",
    }),
  );
