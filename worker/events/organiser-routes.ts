import type { Context } from "hono";
import { Hono } from "hono";
import type { AdminEventResponse } from "../../schema/contracts/admin/events.js";
import {
  cancelEventBodySchema,
  eventInputSchema,
  slotAudiences,
} from "../../schema/contracts/admin/events.js";
import * as v from "valibot";
import { organiserWordsOf } from "../../schema/contracts/organiser-words.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import { toAdminEvent } from "./admin-event.js";
import {
  assertShiftsValid,
  assertSlotChangesAllowed,
  assertStopsExist,
} from "./event-slot-rules.js";
import { createEvent, updateEvent } from "./save-event.js";
import { editScopeQuerySchema } from "../../schema/contracts/series.js";
import { saveSeriesEdit } from "../series/edit-scope.js";
import { isCheckViolation } from "../booking/d1-errors.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError, problem } from "../http/errors.js";
import { loadAdminEvent } from "./load-event.js";
import { versionConflict } from "./version-conflict.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import type { AdminEventRow } from "./admin-event-queries.js";
import { findAdminEvent, statusChangeStatement } from "./admin-event-queries.js";
import { enqueueForRegistrations } from "../notifications/enqueue.js";
import { auditStatement } from "../organisers/audit-log.js";
import { listRoles } from "../volunteers/volunteer-role-queries.js";

const versionBodySchema = v.object({ version: v.pipe(v.number(), v.integer()) });

async function respondWithEvent(c: Context<AppEnv>, eventId: string, status: 200 | 201) {
  const event = await findAdminEvent(c.var.db, c.var.organisation.id, eventId);
  if (!event) throw new ApiError(404, "not_found", "We could not find this event.");
  return c.json<AdminEventResponse, typeof status>(
    { event: toAdminEvent(event, c.var.organisation.locales) },
    status,
  );
}

/** Changes the status in one statement, only from the version the organiser saw. */
async function changeStatus(
  c: Context<AppEnv>,
  event: AdminEventRow,
  change: {
    to: "published" | "cancelled";
    from: string[];
    version: number;
    message?: LocaleText | null;
  },
) {
  if (event.version !== change.version) throw versionConflict();
  if (!change.from.includes(event.status)) {
    throw new ApiError(409, "event_not_open", `A ${event.status} event cannot be ${change.to}.`);
  }
  const now = Date.now();
  const [result] = await c.var.db.batch([
    statusChangeStatement(c.var.db, {
      eventId: event.id,
      organisationId: c.var.organisation.id,
      to: change.to,
      message: change.message ?? null,
      version: change.version,
      now,
    }),
    auditStatement(
      c.var.db,
      {
        organisationId: c.var.organisation.id,
        userId: c.var.user.userId,
        action: change.to === "published" ? "event.published" : "event.cancelled",
        targetType: "event",
        targetId: event.id,
        now,
      },
      { onlyIfPreviousChanged: true },
    ),
    // After the audit row, which exists only if the update happened: tell everyone signed up.
    ...(change.to === "cancelled"
      ? [
          enqueueForRegistrations(c.var.db, {
            kind: "cancelled",
            where:
              "event_id = ? AND status IN ('confirmed', 'offered', 'waitlisted') AND changes() > 0",
            binds: [event.id],
            payload: {
              cancelledBy: "organiser",
              organiserMessage: change.message ?? null,
              eventCancelled: true,
            },
            now,
          }),
        ]
      : []),
  ]);
  if ((result!.meta.changes ?? 0) === 0) throw versionConflict();
  return respondWithEvent(c, event.id, 200);
}

export const adminEventRoutes = new Hono<AppEnv>()
  .post(
    "/events",
    requirePermission("events.write"),
    validate("json", eventInputSchema),
    async (c) => {
      assertStopsExist([], c.req.valid("json"));
      assertShiftsValid(
        (await listRoles(c.var.db, c.var.organisation.id)).map((role) => role.id),
        c.req.valid("json"),
      );
      const eventId = await createEvent(
        c.var.db,
        c.var.organisation.id,
        c.req.valid("json"),
        c.var.user.userId,
        Date.now(),
      );
      return respondWithEvent(c, eventId, 201);
    },
  )
  .get("/events/:eventId", requirePermission("events.read"), async (c) =>
    c.json<AdminEventResponse, 200>(
      { event: toAdminEvent(await loadAdminEvent(c), c.var.organisation.locales) },
      200,
    ),
  )
  .put(
    "/events/:eventId",
    requirePermission("events.write"),
    validate("query", editScopeQuerySchema),
    validate("json", eventInputSchema),
    async (c) => {
      const input = c.req.valid("json");
      const { scope } = c.req.valid("query");
      if (input.version === undefined) {
        throw new ApiError(422, "validation_failed", "Reload the event and save again.", {
          version: problem("reload", "Send the version of the event you edited."),
        });
      }
      const existing = await loadAdminEvent(c);
      if (existing.version !== input.version) throw versionConflict();
      assertSlotChangesAllowed(existing, input);
      assertStopsExist(
        existing.itinerary.map((stop) => stop.id),
        input,
      );
      assertShiftsValid(
        (await listRoles(c.var.db, c.var.organisation.id)).map((role) => role.id),
        input,
      );
      let saved: boolean;
      try {
        saved =
          scope === "this" || existing.series === null
            ? await updateEvent(
                c.var.db,
                c.var.organisation.id,
                existing,
                { ...input, version: input.version },
                c.var.user.userId,
                Date.now(),
              )
            : await saveSeriesEdit(c.var.db, {
                organisationId: c.var.organisation.id,
                userId: c.var.user.userId,
                edited: existing,
                input: { ...input, version: input.version },
                scope,
                now: Date.now(),
              });
      } catch (error) {
        if (!isCheckViolation(error)) throw error;
        throw new ApiError(
          409,
          "capacity_below_taken",
          "People signed up while you were editing, so the new number of places is too low. Reload and try again.",
        );
      }
      if (!saved) throw versionConflict();
      return respondWithEvent(c, existing.id, 200);
    },
  )
  .post("/events/:eventId/duplicate", requirePermission("events.write"), async (c) => {
    const event = await loadAdminEvent(c);
    const eventId = await createEvent(
      c.var.db,
      c.var.organisation.id,
      {
        ...event,
        startsAt: new Date(event.startsAt).toISOString(),
        endsAt: new Date(event.endsAt).toISOString(),
        signupOpensAt:
          event.signupOpensAt === null ? null : new Date(event.signupOpensAt).toISOString(),
        signupClosesAt:
          event.signupClosesAt === null ? null : new Date(event.signupClosesAt).toISOString(),
        cookDeadline:
          event.cookDeadline === null ? null : new Date(event.cookDeadline).toISOString(),
        slots: event.slots.map((slot) => ({
          audience: slot.audience as (typeof slotAudiences)[number],
          // A copy has no itinerary yet, so host places cannot point at the old stops.
          stopId: null,
          roleId: slot.roleId,
          minimum: slot.minimum,
          label: slot.label,
          startsAt: new Date(slot.startsAt).toISOString(),
          endsAt: new Date(slot.endsAt).toISOString(),
          capacity: slot.capacity,
          waitlistCapacity: slot.waitlistCapacity,
        })),
      },
      c.var.user.userId,
      Date.now(),
    );
    return respondWithEvent(c, eventId, 201);
  })
  .post(
    "/events/:eventId/publish",
    requirePermission("events.write"),
    validate("json", versionBodySchema),
    async (c) => {
      const event = await loadAdminEvent(c);
      if (event.slots.length === 0) {
        throw new ApiError(422, "validation_failed", "Add at least one time with places first.", {
          slots: problem("required", "Add at least one time with places."),
        });
      }
      return changeStatus(c, event, {
        to: "published",
        from: ["draft"],
        version: c.req.valid("json").version,
      });
    },
  )
  .post(
    "/events/:eventId/cancel",
    requirePermission("events.write"),
    validate("json", cancelEventBodySchema),
    async (c) => {
      const body = c.req.valid("json");
      return changeStatus(c, await loadAdminEvent(c), {
        to: "cancelled",
        from: ["draft", "published"],
        version: body.version,
        message: organiserWordsOf(body.message, c.var.organisation.defaultLocale),
      });
    },
  );
