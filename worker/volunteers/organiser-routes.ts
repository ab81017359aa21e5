import type { Context } from "hono";
import { Hono } from "hono";
import type {
  HoursResponse,
  RolesResponse,
  ShiftBoardResponse,
  ShiftMessageResponse,
} from "../../schema/contracts/admin/volunteers.js";
import {
  assignVolunteerSchema,
  hoursOverrideSchema,
  rolesBodySchema,
  shiftMessageSchema,
  verifyRequirementSchema,
} from "../../schema/contracts/admin/volunteers.js";
import { organiserWordsOf } from "../../schema/contracts/organiser-words.js";
import { recordRead } from "../organisers/record-read.js";
import {
  correctHoursStatement,
  rolesInUse,
  saveRolesStatements,
  verifyRequirementStatement,
} from "./coordination.js";
import { cancelStatements } from "../booking/cancel-registration.js";
import { isCheckViolation } from "../booking/d1-errors.js";
import type { AppEnv } from "../http/app-env.js";
import type { FieldProblems } from "../http/errors.js";
import { ApiError, problem } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { loadEvent } from "../events/load-event.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import { toCsv } from "../lib/csv.js";
import { enqueueForRegistrations } from "../notifications/enqueue.js";
import { auditStatement } from "../organisers/audit-log.js";
import { findShifts, findVolunteerShifts } from "./shift-queries.js";
import { shiftBoard, volunteerHours } from "./volunteer-board-queries.js";
import { listRoles } from "./volunteer-role-queries.js";
import { findVolunteer } from "./volunteer-queries.js";
import { bookShifts } from "./book-shifts.js";
import { assertShiftsBookable } from "./shift-rules.js";

const eventPath = "/events/:eventId";

/** The event in the path, by id: the volunteer routes need no more of it. */
const loadEventId = async (c: Context<AppEnv>) => (await loadEvent(c)).id;

/** Coordinators see why a shift cannot be booked beside the volunteer they chose. */
function besideVolunteer(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.status !== 422) return error;
  return new ApiError(422, "validation_failed", error.message, {
    volunteerId: Object.values(error.problems ?? {})[0] ?? error.message,
  });
}

/** Coordinators run volunteering: roles, the shift board, assignments, hours, verification. */
export const volunteerAdminRoutes = new Hono<AppEnv>()
  .get("/roles", requirePermission("events.read"), async (c) =>
    c.json<RolesResponse, 200>({ roles: await listRoles(c.var.db, c.var.organisation.id) }, 200),
  )
  .put(
    "/roles",
    requirePermission("events.write"),
    validate("json", rolesBodySchema),
    async (c) => {
      const current = await listRoles(c.var.db, c.var.organisation.id);
      const input = c.req.valid("json").roles;
      const kept = new Set(input.flatMap((role) => (role.id ? [role.id] : [])));
      const used = await rolesInUse(c.var.db, c.var.organisation.id);
      const blocked: FieldProblems = {};
      current.forEach((role, index) => {
        if (!kept.has(role.id) && used.has(role.id)) {
          blocked[`roles.${index}`] = problem(
            "in_use",
            "This role has shifts. Remove or change them first.",
          );
        }
      });
      if (Object.keys(blocked).length > 0)
        throw new ApiError(409, "invalid_state", "Some roles still have shifts.", blocked);
      await c.var.db.batch(
        saveRolesStatements(
          c.var.db,
          c.var.organisation.id,
          current.map((role) => role.id),
          input,
        ),
      );
      return c.json<RolesResponse, 200>(
        { roles: await listRoles(c.var.db, c.var.organisation.id) },
        200,
      );
    },
  )
  .get(`${eventPath}/shifts`, requirePermission("roster.read"), async (c) => {
    const eventId = await loadEventId(c);
    await recordRead(c, "shifts.viewed", eventId);
    return c.json<ShiftBoardResponse, 200>(
      await shiftBoard(c.var.db, c.var.organisation.id, eventId),
      200,
    );
  })
  .post(
    `${eventPath}/shifts/:shiftId/volunteers`,
    requirePermission("roster.write"),
    validate("json", assignVolunteerSchema),
    async (c) => {
      const eventId = await loadEventId(c);
      const { volunteerId, fromRegistrationId } = c.req.valid("json");
      const volunteer = await findVolunteer(c.var.db, volunteerId);
      if (!volunteer || volunteer.organisationId !== c.var.organisation.id) {
        throw new ApiError(422, "validation_failed", "Choose a volunteer of this organisation.", {
          volunteerId: problem("invalid_choice", "Choose a volunteer of this organisation."),
        });
      }
      const held = await findVolunteerShifts(c.var.db, volunteer.id);
      const moving = fromRegistrationId
        ? held.find((shift) => shift.registrationId === fromRegistrationId)
        : undefined;
      if (fromRegistrationId && !moving)
        throw new ApiError(404, "not_found", "This volunteer is not on that shift.");
      const shiftId = idParam(c, "shiftId", "We could not find this shift.");
      const found = (await findShifts(c.var.db, c.var.organisation.id, [shiftId])).filter(
        (shift) => shift.eventId === eventId,
      );
      let shifts;
      try {
        shifts = assertShiftsBookable(
          [shiftId],
          found,
          held.filter((shift) => shift.registrationId !== fromRegistrationId),
          volunteer.declarations,
          volunteer.graceMinutes,
          Date.now(),
        );
      } catch (error) {
        throw besideVolunteer(error);
      }
      const now = Date.now();
      try {
        await bookShifts(
          c.var.db,
          { ...volunteer, volunteerId: volunteer.id },
          shifts,
          now,
          moving
            ? cancelStatements(c.var.db, moving.registrationId, moving.id, now, { by: "organiser" })
            : [],
        );
      } catch (error) {
        if (isCheckViolation(error)) throw new ApiError(409, "slot_full", "This shift is full.");
        // The volunteer took an overlapping shift between the check above and this batch.
        throw besideVolunteer(error);
      }
      await c.var.db.batch([
        auditStatement(c.var.db, {
          organisationId: c.var.organisation.id,
          userId: c.var.user.userId,
          action: moving ? "volunteer.moved" : "volunteer.assigned",
          targetType: "volunteer",
          targetId: volunteer.id,
          now,
        }),
      ]);
      return c.json<ShiftBoardResponse, 200>(
        await shiftBoard(c.var.db, c.var.organisation.id, eventId),
        200,
      );
    },
  )
  .post(
    `${eventPath}/shifts/:shiftId/message`,
    requirePermission("roster.write"),
    validate("json", shiftMessageSchema),
    async (c) => {
      const eventId = await loadEventId(c);
      const shiftId = idParam(c, "shiftId", "We could not find this shift.");
      const now = Date.now();
      const [queued] = await c.var.db.batch([
        enqueueForRegistrations(c.var.db, {
          kind: "shift_message",
          where:
            "slot_id = ? AND event_id = ? AND status = 'confirmed' AND volunteer_id IS NOT NULL",
          binds: [shiftId, eventId],
          payload: {
            message: organiserWordsOf(
              c.req.valid("json").message,
              c.var.organisation.defaultLocale,
            ),
          },
          now,
        }),
        auditStatement(c.var.db, {
          organisationId: c.var.organisation.id,
          userId: c.var.user.userId,
          action: "shift.messaged",
          targetType: "slot",
          targetId: shiftId,
          now,
        }),
      ]);
      c.set("messagesQueued", true);
      return c.json<ShiftMessageResponse, 200>({ queued: queued!.meta.changes ?? 0 }, 200);
    },
  )
  .get(`${eventPath}/hours`, requirePermission("roster.read"), async (c) => {
    const eventId = await loadEventId(c);
    await recordRead(c, "hours.viewed", eventId);
    return c.json<HoursResponse, 200>(await volunteerHours(c.var.db, eventId), 200);
  })
  .get(`${eventPath}/hours.csv`, requirePermission("roster.export"), async (c) => {
    const eventId = await loadEventId(c);
    await recordRead(c, "hours.exported", eventId);
    const hours = await volunteerHours(c.var.db, eventId);
    c.header("Content-Disposition", `attachment; filename="volunteer-hours-${eventId}.csv"`);
    c.header("Cache-Control", "no-store");
    return c.body(
      toCsv([
        ["Volunteer", "Shifts", "Hours"],
        ...hours.volunteers.map((volunteer) => [
          volunteer.name,
          volunteer.shifts,
          (volunteer.minutes / 60).toFixed(2),
        ]),
      ]),
      200,
      { "Content-Type": "text/csv; charset=utf-8" },
    );
  })
  .put(
    `${eventPath}/registrations/:registrationId/hours`,
    requirePermission("roster.write"),
    validate("json", hoursOverrideSchema),
    async (c) => {
      const eventId = await loadEventId(c);
      const { minutes, reason } = c.req.valid("json");
      const registrationId = idParam(c, "registrationId", "We could not find this shift.");
      const [result] = await c.var.db.batch([
        correctHoursStatement(
          c.var.db,
          { registrationId, eventId },
          { minutes, reason, now: Date.now() },
        ),
        auditStatement(
          c.var.db,
          {
            organisationId: c.var.organisation.id,
            userId: c.var.user.userId,
            action: "volunteer.hours_corrected",
            targetType: "registration",
            targetId: registrationId,
            now: Date.now(),
          },
          { onlyIfPreviousChanged: true },
        ),
      ]);
      if ((result!.meta.changes ?? 0) === 0)
        throw new ApiError(404, "not_found", "We could not find this shift of a volunteer.");
      return c.json<HoursResponse, 200>(await volunteerHours(c.var.db, eventId), 200);
    },
  )
  .put(
    "/volunteers/:volunteerId/verified",
    requirePermission("roster.write"),
    validate("json", verifyRequirementSchema),
    async (c) => {
      const { requirement, verified } = c.req.valid("json");
      const volunteerId = idParam(c, "volunteerId", "We could not find this volunteer.");
      const [result] = await c.var.db.batch([
        verifyRequirementStatement(
          c.var.db,
          { id: volunteerId, organisationId: c.var.organisation.id },
          { requirement, verified, now: Date.now() },
        ),
        auditStatement(
          c.var.db,
          {
            organisationId: c.var.organisation.id,
            userId: c.var.user.userId,
            action: "volunteer.verified",
            targetType: "volunteer",
            targetId: volunteerId,
            now: Date.now(),
          },
          { onlyIfPreviousChanged: true },
        ),
      ]);
      if ((result!.meta.changes ?? 0) === 0)
        throw new ApiError(404, "not_found", "We could not find this volunteer.");
      const volunteer = (await findVolunteer(c.var.db, volunteerId))!;
      return c.json({ verified: volunteer.verified }, 200);
    },
  );
