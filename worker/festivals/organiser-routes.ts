import { Hono } from "hono";
import type {
  ApplicationListResponse,
  LedgerResponse,
  StallsResponse,
} from "../../schema/contracts/admin/festivals.js";
import {
  decisionBodySchema,
  dishTranslationsBodySchema,
  hygieneBodySchema,
  ledgerEntryBodySchema,
  noteBodySchema,
  stallAssignmentBodySchema,
  stallsBodySchema,
} from "../../schema/contracts/admin/festivals.js";
import * as v from "valibot";
import { organiserWordsOf } from "../../schema/contracts/organiser-words.js";
import { recordRead } from "../organisers/record-read.js";
import { toAdminApplication } from "./application-view.js";
import {
  addLedgerEntry,
  assignStallStatement,
  decisionStatement,
  findDish,
  findStall,
  saveStallsStatements,
  translateDishStatement,
} from "./curation.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError, problem } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { enqueueForApplication } from "../notifications/enqueue.js";
import { findApplication, listApplications } from "./application-queries.js";
import {
  auditApplication,
  respondWithApplication,
  updateApplication,
} from "./application-changes.js";
import { readLedger, readStalls } from "./festival-admin-queries.js";
import { loadApplication, loadFestival } from "./load-application.js";
import { assertStallSuits, assertTakenStallsKept } from "./stall-rules.js";

const festivalPath = "/events/:eventId";
const applicationPath = `${festivalPath}/applications/:applicationId`;
const statusQuerySchema = v.object({
  status: v.optional(v.picklist(["draft", "submitted", "approved", "waitlisted", "declined"])),
});

/** Organisers curate a festival: review cooks, assign stalls, translate dishes, keep the ledger. */
export const festivalAdminRoutes = new Hono<AppEnv>()
  .get(
    `${festivalPath}/applications`,
    requirePermission("roster.read"),
    validate("query", statusQuerySchema),
    async (c) => {
      const eventId = await loadFestival(c);
      await recordRead(c, "applications.viewed", eventId);
      const rows = await listApplications(c.var.db, eventId, c.req.valid("query").status);
      return c.json<ApplicationListResponse, 200>(
        { applications: rows.map(toAdminApplication) },
        200,
      );
    },
  )
  .post(
    `${applicationPath}/decision`,
    requirePermission("roster.write"),
    validate("json", decisionBodySchema),
    async (c) => {
      const application = await loadApplication(c);
      const body = c.req.valid("json");
      const { status } = body;
      const message = organiserWordsOf(body.message, c.var.organisation.defaultLocale);
      const now = Date.now();
      await c.var.db.batch([
        decisionStatement(c.var.db, application.id, { status, message, now }),
        enqueueForApplication(c.var.db, {
          kind: "cook_decision",
          applicationId: application.id,
          payload: { status, message },
          now,
          onlyIfPreviousChanged: true,
        }),
        auditApplication(c, `application.${status}`, application.id),
      ]);
      c.set("messagesQueued", true);
      return respondWithApplication(c, application.id);
    },
  )
  .put(
    `${applicationPath}/note`,
    requirePermission("roster.write"),
    validate("json", noteBodySchema),
    (c) =>
      updateApplication(
        c,
        { organiserNote: c.req.valid("json").note || null },
        "application.noted",
      ),
  )
  .put(
    `${applicationPath}/hygiene`,
    requirePermission("roster.write"),
    validate("json", hygieneBodySchema),
    (c) =>
      updateApplication(
        c,
        { hygieneVerifiedAt: c.req.valid("json").verified ? Date.now() : null },
        "application.hygiene_checked",
      ),
  )
  .put(
    `${applicationPath}/stall`,
    requirePermission("roster.write"),
    validate("json", stallAssignmentBodySchema),
    async (c) => {
      const application = await loadApplication(c);
      const { stallId } = c.req.valid("json");
      if (application.status !== "approved") {
        throw new ApiError(409, "invalid_state", "Approve the cook before giving them a stall.");
      }
      const stall = stallId ? await findStall(c.var.db, application.eventId, stallId) : null;
      if (stallId && !stall)
        throw new ApiError(404, "not_found", "This stall is not part of the festival.");
      if (stall) assertStallSuits(application, stall);
      const now = Date.now();
      const [result] = await c.var.db.batch([
        assignStallStatement(c.var.db, application.id, stall?.id ?? null, now),
        ...(stall
          ? [
              enqueueForApplication(c.var.db, {
                kind: "cook_stall",
                applicationId: application.id,
                payload: { stall: stall.name },
                now,
                onlyIfPreviousChanged: true,
              }),
            ]
          : []),
        auditApplication(c, "application.stall_assigned", application.id),
      ]);
      if ((result!.meta.changes ?? 0) === 0) {
        throw new ApiError(
          409,
          "invalid_state",
          "Another cook already has this stall. Choose another one.",
        );
      }
      c.set("messagesQueued", true);
      return respondWithApplication(c, application.id);
    },
  )
  .put(
    `${festivalPath}/dishes/:dishId/translations`,
    requirePermission("events.write"),
    validate("json", dishTranslationsBodySchema),
    async (c) => {
      const eventId = await loadFestival(c);
      const dishId = idParam(c, "dishId", "We could not find this dish.");
      const { name, description } = c.req.valid("json");
      const dish = await findDish(c.var.db, eventId, dishId);
      if (!dish) throw new ApiError(404, "not_found", "We could not find this dish.");
      // Empty strings remove a translation; the cook's own words stay unless replaced.
      await translateDishStatement(c.var.db, dishId, { name, description }).run();
      // The answer is the cook's whole application, contacts included.
      await recordRead(c, "application.viewed", dish.applicationId);
      return respondWithApplication(c, dish.applicationId);
    },
  )
  .get(`${festivalPath}/stalls`, requirePermission("events.read"), async (c) =>
    c.json<StallsResponse, 200>(await readStalls(c.var.db, await loadFestival(c)), 200),
  )
  .put(
    `${festivalPath}/stalls`,
    requirePermission("events.write"),
    validate("json", stallsBodySchema),
    async (c) => {
      const eventId = await loadFestival(c);
      const current = await readStalls(c.var.db, eventId);
      const input = c.req.valid("json").stalls;
      assertTakenStallsKept(current.stalls, input);
      await c.var.db.batch(
        saveStallsStatements(
          c.var.db,
          { organisationId: c.var.organisation.id, eventId },
          current.stalls.map((stall) => stall.id),
          input,
        ),
      );
      return c.json<StallsResponse, 200>(await readStalls(c.var.db, eventId), 200);
    },
  )
  .get(`${festivalPath}/ledger`, requirePermission("roster.read"), async (c) => {
    const eventId = await loadFestival(c);
    await recordRead(c, "ledger.viewed", eventId);
    return c.json<LedgerResponse, 200>(await readLedger(c.var.db, eventId), 200);
  })
  .post(
    `${festivalPath}/ledger`,
    requirePermission("roster.write"),
    validate("json", ledgerEntryBodySchema),
    async (c) => {
      const eventId = await loadFestival(c);
      const entry = c.req.valid("json");
      const application = await findApplication(c.var.db, entry.applicationId);
      if (!application || application.eventId !== eventId) {
        throw new ApiError(422, "validation_failed", "Choose a cook of this festival.", {
          applicationId: problem("invalid_choice", "Choose a cook of this festival."),
        });
      }
      await addLedgerEntry(c.var.db, {
        organisationId: c.var.organisation.id,
        eventId,
        applicationId: application.id,
        kind: entry.kind,
        amountCents: entry.amountCents,
        note: entry.note || null,
        createdBy: c.var.user.userId,
        now: Date.now(),
      });
      // The answer is the whole ledger, cooks' names included.
      await recordRead(c, "ledger.viewed", eventId);
      return c.json<LedgerResponse, 200>(await readLedger(c.var.db, eventId), 200);
    },
  );
