import { Hono } from "hono";
import type { ShiftsResponse, VolunteerExport } from "../../schema/contracts/volunteers.js";
import {
  addShiftsSchema,
  shiftsQuerySchema,
  volunteerSignUpSchema,
} from "../../schema/contracts/volunteers.js";
import { cancelRegistration } from "../booking/cancel-registration.js";
import { isUniqueViolation } from "../booking/d1-errors.js";
import type { AppEnv } from "../http/app-env.js";
import {
  assertWriteOrigin,
  organisationPreflight,
  organisationWriteOrigin,
  preflight,
} from "../http/cors.js";
import { ApiError } from "../http/errors.js";
import { readIdempotentRequest, storedOrRefuse } from "../http/idempotency.js";
import { limitBody, requireJson } from "../http/json-body.js";
import { loadOrganisation } from "../organisations/load-organisation.js";
import { rateLimit } from "../http/rate-limit.js";
import { validate } from "../http/validate.js";
import { constantTimeEqual, newId } from "../lib/crypto.js";
import { deriveManageToken, hashManageToken } from "../registrations/manage-token.js";
import { findShifts, findVolunteerShifts } from "./shift-queries.js";
import {
  findVolunteer,
  findVolunteerByKey,
  insertVolunteer,
  listSchedule,
  listShiftRecords,
} from "./volunteer-queries.js";
import { bookShifts } from "./book-shifts.js";
import { eraseVolunteer } from "./erase-volunteer.js";
import {
  authoriseVolunteer,
  loadVolunteerView,
  respondWithVolunteer,
  volunteerManageUrl,
  volunteerOrigins,
} from "./manage-link.js";
import { readShifts } from "./read-shifts.js";
import { assertShiftsBookable } from "./shift-rules.js";
import { renderVolunteerCalendar } from "./volunteer-calendar.js";
import { feedToken, toVolunteerExport } from "./volunteer-view.js";
import { publicRead } from "../http/public-cache.js";

const emptyToNull = (value: string | null | undefined) => (value ? value : null);
const declared = (
  value: {
    foodHygiene?: boolean;
    drivingLicence?: boolean;
    introduction?: boolean;
    age?: number | null;
  } = {},
) => ({
  foodHygiene: value.foodHygiene ?? false,
  drivingLicence: value.drivingLicence ?? false,
  introduction: value.introduction ?? false,
  age: value.age ?? null,
});

/** Shifts anyone can see, and signing up for several at once. */
export const shiftRoutes = new Hono<AppEnv>()
  .get("/shifts", ...publicRead, validate("query", shiftsQuerySchema), async (c) =>
    c.json<ShiftsResponse, 200>(await readShifts(c, c.req.valid("query")), 200),
  )
  .options("/volunteers", organisationPreflight("POST"))
  .post(
    "/volunteers",
    loadOrganisation,
    organisationWriteOrigin,
    requireJson,
    limitBody,
    validate("json", volunteerSignUpSchema),
    rateLimit("VOLUNTEER_RATE_LIMIT"),
    async (c) => {
      const organisation = c.var.organisation;
      const body = c.req.valid("json");
      const idempotent = await readIdempotentRequest(c, body);
      const origin = new URL(c.req.url).origin;

      /** As for event sign-ups: a retry is answered as the first time, whatever changed since. */
      const replayOr = async (refusal: unknown) => {
        const replay = storedOrRefuse(
          await findVolunteerByKey(c.var.db, organisation.id, idempotent.keyHash),
          idempotent,
          refusal,
        );
        const token = await deriveManageToken(c.env.MANAGE_TOKEN_SECRET, replay.id);
        return respondWithVolunteer(
          c,
          replay,
          200,
          volunteerManageUrl(origin, organisation.slug, replay.id, token),
        );
      };

      const now = Date.now();
      const declarations = declared(body.declarations);
      const found = await findShifts(c.var.db, organisation.id, body.shiftIds);
      let shifts;
      try {
        shifts = assertShiftsBookable(
          body.shiftIds,
          found,
          [],
          declarations,
          organisation.shiftGraceMinutes,
          now,
        );
      } catch (error) {
        if (error instanceof ApiError) return replayOr(error);
        throw error;
      }
      const id = newId("vol");
      const token = await deriveManageToken(c.env.MANAGE_TOKEN_SECRET, id);
      const booker = {
        volunteerId: id,
        organisationId: organisation.id,
        name: body.name,
        email: emptyToNull(body.email),
        phone: emptyToNull(body.phone),
        locale: body.locale,
        languages: body.languages,
        manageTokenHash: await hashManageToken(token),
      };
      try {
        await bookShifts(c.var.db, booker, shifts, now, [
          insertVolunteer(c.var.db, {
            ...booker,
            id,
            declarations,
            idempotencyKeyHash: idempotent.keyHash,
            requestHash: idempotent.requestHash,
            now,
          }),
        ]);
      } catch (error) {
        // A concurrent retry created the volunteer first (its key is UNIQUE), or a shift filled up
        // or clashed: nothing was written, and a retry gets the first answer.
        if (error instanceof ApiError || isUniqueViolation(error)) return replayOr(error);
        throw error;
      }
      return respondWithVolunteer(
        c,
        (await findVolunteer(c.var.db, id))!,
        201,
        volunteerManageUrl(origin, organisation.slug, id, token),
      );
    },
  );

/** A volunteer's own schedule behind their manage link, and their private calendar feed. */
export const volunteerRoutes = new Hono<AppEnv>()
  .options("/:id/*", preflight(volunteerOrigins, "POST, DELETE"))
  .get("/:id", async (c) => respondWithVolunteer(c, await authoriseVolunteer(c), 200))
  .get("/:id/export", async (c) => {
    const volunteer = await authoriseVolunteer(c);
    const records = await listShiftRecords(c.var.db, volunteer.id);
    c.header("Cache-Control", "no-store");
    c.header("Content-Disposition", 'attachment; filename="my-volunteer-data.json"');
    return c.json<VolunteerExport, 200>(
      toVolunteerExport(await loadVolunteerView(c, volunteer), records),
      200,
    );
  })
  .post("/:id/erase", async (c) => {
    const volunteer = await authoriseVolunteer(c);
    assertWriteOrigin(c, volunteer.allowedOrigins);
    await eraseVolunteer(
      c.var.db,
      volunteer.id,
      () => listSchedule(c.var.db, volunteer.id),
      Date.now(),
    );
    c.set("messagesQueued", true);
    c.header("Cache-Control", "no-store");
    return c.json({ erased: true }, 200);
  })
  .post("/:id/shifts", requireJson, limitBody, validate("json", addShiftsSchema), async (c) => {
    const volunteer = await authoriseVolunteer(c);
    assertWriteOrigin(c, volunteer.allowedOrigins);
    const { shiftIds } = c.req.valid("json");
    const now = Date.now();
    const shifts = assertShiftsBookable(
      shiftIds,
      await findShifts(c.var.db, volunteer.organisationId, shiftIds),
      await findVolunteerShifts(c.var.db, volunteer.id),
      volunteer.declarations,
      volunteer.graceMinutes,
      now,
    );
    await bookShifts(c.var.db, { ...volunteer, volunteerId: volunteer.id }, shifts, now);
    return respondWithVolunteer(c, volunteer, 200);
  })
  .delete("/:id/shifts/:registrationId", async (c) => {
    const volunteer = await authoriseVolunteer(c);
    assertWriteOrigin(c, volunteer.allowedOrigins);
    const shift = (await findVolunteerShifts(c.var.db, volunteer.id)).find(
      (held) => held.registrationId === c.req.param("registrationId"),
    );
    if (!shift) throw new ApiError(404, "not_found", "This shift is not on your schedule.");
    await cancelRegistration(c.var.db, shift.registrationId, shift.id, Date.now());
    return respondWithVolunteer(c, volunteer, 200);
  })
  .get("/:id/calendar.ics", async (c) => {
    const volunteer = await findVolunteer(c.var.db, c.req.param("id"));
    const token = c.req.query("token") ?? "";
    if (
      !volunteer ||
      !constantTimeEqual(await feedToken(c.env.MANAGE_TOKEN_SECRET, volunteer.id), token)
    ) {
      throw new ApiError(404, "not_found", "This calendar link does not work.");
    }
    const host = new URL(c.req.url).hostname;
    const schedule = await listSchedule(c.var.db, volunteer.id);
    const body = renderVolunteerCalendar(volunteer, schedule, host);
    c.header("Cache-Control", "private, no-store");
    return c.body(body, 200, { "Content-Type": "text/calendar; charset=utf-8" });
  });
