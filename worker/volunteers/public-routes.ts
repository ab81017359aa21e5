import type { Context } from "hono";
import { Hono } from "hono";
import type {
  ShiftsResponse,
  VolunteerExport,
  VolunteerResponse,
} from "../../schema/contracts/volunteers.js";
import {
  addShiftsSchema,
  shiftsQuerySchema,
  volunteerSignUpSchema,
} from "../../schema/contracts/volunteers.js";
import { resolveText } from "../../i18n/content.js";
import { cancelRegistration } from "../booking/cancel-registration.js";
import { isUniqueViolation } from "../booking/d1-errors.js";
import type { AppEnv } from "../http/app-env.js";
import { listRoles } from "./volunteer-role-queries.js";
import { authoriseManageToken } from "../http/bearer-token.js";
import {
  assertWriteOrigin,
  organisationPreflight,
  organisationWriteOrigin,
  preflight,
} from "../http/cors.js";
import { ApiError } from "../http/errors.js";
import { readIdempotentRequest, storedOrRefuse } from "../http/idempotency.js";
import { limitBody, requireJson } from "../http/json-body.js";
import { loadOrganisation, organisationSlug } from "../organisations/load-organisation.js";
import { rateLimit } from "../http/rate-limit.js";
import { validate } from "../http/validate.js";
import { constantTimeEqual, newId } from "../lib/crypto.js";
import { renderCalendar } from "../lib/ics.js";
import { deriveManageToken, hashManageToken } from "../registrations/manage-token.js";
import { findOrganisationBySlug } from "../organisations/organisation-queries.js";
import { findShifts, findVolunteerShifts, listUpcomingShifts } from "./shift-queries.js";
import type { VolunteerRow } from "./volunteer-queries.js";
import {
  findVolunteer,
  findVolunteerByKey,
  insertVolunteer,
  listSchedule,
  listShiftRecords,
} from "./volunteer-queries.js";
import { bookShifts } from "./book-shifts.js";
import { eraseVolunteer } from "./erase-volunteer.js";
import { assertShiftsBookable } from "./shift-rules.js";
import { feedToken, toVolunteerView, volunteerCalendarUrl } from "./volunteer-view.js";
import { signUpSites } from "../organisations/signup-sites.js";
import { publicCache } from "../http/public-cache.js";

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

async function respond(
  c: Context<AppEnv>,
  volunteer: VolunteerRow,
  status: 200 | 201,
  manageUrl?: string,
) {
  const origin = new URL(c.req.url).origin;
  c.header("Cache-Control", "no-store");
  return c.json<VolunteerResponse, typeof status>(
    {
      volunteer: toVolunteerView(
        volunteer,
        await listSchedule(c.var.db, volunteer.id),
        await volunteerCalendarUrl(origin, c.env.MANAGE_TOKEN_SECRET, volunteer.id),
      ),
      ...(manageUrl ? { manageUrl } : {}),
    },
    status,
  );
}

/** The manage page also needs the organisation, to offer more of its shifts. */
const volunteerManageUrl = (origin: string, slug: string, id: string, token: string) =>
  `${origin}/volunteer/?volunteer=${encodeURIComponent(id)}&org=${encodeURIComponent(slug)}#token=${token}`;

/** Shifts anyone can see, and signing up for several at once. */
export const shiftRoutes = new Hono<AppEnv>()
  .get("/shifts", validate("query", shiftsQuerySchema), async (c) => {
    const organisation = await findOrganisationBySlug(c.var.db, organisationSlug(c));
    if (!organisation) throw new ApiError(404, "not_found", "We could not find this organisation.");
    const query = c.req.valid("query");
    const locale = query.lang ?? organisation.defaultLocale;
    const resolved = (value: Record<string, string>) =>
      resolveText(value, locale, organisation.defaultLocale);
    const text = (value: Record<string, string>) => resolved(value).text;
    const shifts = await listUpcomingShifts(
      c.var.db,
      organisation.id,
      Date.now(),
      query.event ?? null,
    );
    const roles = await listRoles(c.var.db, organisation.id);
    c.header("Cache-Control", publicCache);
    return c.json<ShiftsResponse, 200>(
      {
        defaultLocale: organisation.defaultLocale,
        ...signUpSites(new URL(c.req.url).origin, organisation),
        retentionDays: organisation.retentionDays,
        roles: roles.map((role) => {
          const name = resolved(role.name);
          const description = resolved(role.description);
          return {
            id: role.id,
            name: name.text,
            description: description.text,
            langs: { name: name.lang, description: description.lang },
            requirements: role.requirements,
            minimumAge: role.minimumAge,
          };
        }),
        shifts: shifts.map((shift) => ({
          id: shift.id,
          eventId: shift.eventId,
          eventTitle: text(shift.eventTitle),
          timeZone: shift.timeZone,
          roleId: shift.roleId,
          label: text(shift.label),
          langs: { eventTitle: resolved(shift.eventTitle).lang, label: resolved(shift.label).lang },
          startsAt: new Date(shift.startsAt).toISOString(),
          endsAt: new Date(shift.endsAt).toISOString(),
          capacity: shift.capacity,
          taken: shift.taken,
          minimum: shift.minimum,
          remaining: shift.capacity - shift.taken,
        })),
        graceMinutes: organisation.shiftGraceMinutes,
      },
      200,
    );
  })
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
        return respond(
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
      return respond(
        c,
        (await findVolunteer(c.var.db, id))!,
        201,
        volunteerManageUrl(origin, organisation.slug, id, token),
      );
    },
  );

async function authorise(c: Context<AppEnv>): Promise<VolunteerRow> {
  const found = c.req.header("Authorization")
    ? await findVolunteer(c.var.db, c.req.param("id") ?? "")
    : null;
  return authoriseManageToken(c, found, {
    missing: "Open the link you got when you signed up to volunteer.",
    notFound: "We could not find you. Check that you opened the whole link.",
  });
}

const originsOf = async (c: Context<AppEnv>) =>
  (await findVolunteer(c.var.db, c.req.param("id") ?? ""))?.allowedOrigins ?? null;

/** A volunteer's own schedule behind their manage link, and their private calendar feed. */
export const volunteerRoutes = new Hono<AppEnv>()
  .options("/:id/*", preflight(originsOf, "POST, DELETE"))
  .get("/:id", async (c) => respond(c, await authorise(c), 200))
  .get("/:id/export", async (c) => {
    const volunteer = await authorise(c);
    const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
    const records = await listShiftRecords(c.var.db, volunteer.id);
    c.header("Cache-Control", "no-store");
    c.header("Content-Disposition", 'attachment; filename="my-volunteer-data.json"');
    return c.json<VolunteerExport, 200>(
      {
        exportedAt: new Date().toISOString(),
        volunteer: toVolunteerView(
          volunteer,
          await listSchedule(c.var.db, volunteer.id),
          await volunteerCalendarUrl(
            new URL(c.req.url).origin,
            c.env.MANAGE_TOKEN_SECRET,
            volunteer.id,
          ),
        ),
        shifts: records.map((row) => ({
          ...row,
          checkedInAt: iso(row.checkedInAt),
          noShowAt: iso(row.noShowAt),
          cancelledAt: iso(row.cancelledAt),
        })),
      },
      200,
    );
  })
  .post("/:id/erase", async (c) => {
    const volunteer = await authorise(c);
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
    const volunteer = await authorise(c);
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
    return respond(c, volunteer, 200);
  })
  .delete("/:id/shifts/:registrationId", async (c) => {
    const volunteer = await authorise(c);
    assertWriteOrigin(c, volunteer.allowedOrigins);
    const shift = (await findVolunteerShifts(c.var.db, volunteer.id)).find(
      (held) => held.registrationId === c.req.param("registrationId"),
    );
    if (!shift) throw new ApiError(404, "not_found", "This shift is not on your schedule.");
    await cancelRegistration(c.var.db, shift.registrationId, shift.id, Date.now());
    return respond(c, volunteer, 200);
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
    const text = (value: Record<string, string>) =>
      resolveText(value, volunteer.locale, volunteer.defaultLocale).text;
    const body = renderCalendar(
      schedule.map((row) => ({
        uid: `${row.registrationId}@${host}`,
        startsAt: row.startsAt,
        endsAt: row.endsAt,
        timeZone: row.timeZone,
        // The role and what it is about, and where to be: what a volunteer needs on the day.
        title: `${text(row.roleName)} — ${text(row.eventTitle)}`,
        description: [text(row.roleName), text(row.roleDescription)].filter(Boolean).join(": "),
        location:
          [row.venueName, row.venueAddress].filter(Boolean).join(", ") || row.onlineUrl || null,
        url: row.onlineUrl,
        cancelled: row.status === "cancelled" || row.eventStatus === "cancelled",
        updatedAt: row.updatedAt,
        sequence: row.calendarSequence + (row.status === "cancelled" ? 1 : 0),
      })),
      { now: Date.now(), name: volunteer.name },
    );
    c.header("Cache-Control", "private, no-store");
    return c.body(body, 200, { "Content-Type": "text/calendar; charset=utf-8" });
  });
