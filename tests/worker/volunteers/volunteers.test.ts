import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { parseMime } from "../../../worker/mail/mime-parse.js";
import { deliverDueMessages } from "../../../worker/notifications/deliver.js";
import type {
  HoursResponse,
  ShiftBoardResponse,
} from "../../../schema/contracts/admin/volunteers.js";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import type { ShiftsResponse, VolunteerResponse } from "../../../schema/contracts/volunteers.js";
import { createMember } from "../admin-helpers.js";
import { allowedOrigin, readSlot, request } from "../helpers.js";
import { createShifts, signUpVolunteer, volunteerBody } from "../volunteer-helpers.js";

const errorOf = async (response: Response) => (await response.json<ErrorEnvelope>()).error;

describe("volunteer shifts", () => {
  it("lists upcoming shifts by role with the need and the grace period", async () => {
    const { organisation, morning, roles } = await createShifts();
    const body = await (
      await request(`/api/v1/orgs/${organisation.slug}/shifts`)
    ).json<ShiftsResponse>();
    expect(body.graceMinutes).toBe(15);
    expect(body.roles.map((role) => [role.name, role.requirements])).toEqual([
      ["Kitchen help", ["food_hygiene"]],
      ["Driver", ["driving_licence", "min_age"]],
    ]);
    expect(body.shifts.find((shift) => shift.id === morning.id)).toMatchObject({
      roleId: roles.kitchen,
      capacity: 2,
      taken: 0,
      minimum: 1,
      remaining: 2,
    });
  });

  it("books several shifts in one go, and a double submit books them once", async () => {
    const { organisation, morning, afternoon } = await createShifts();
    const first = await signUpVolunteer(
      organisation.slug,
      volunteerBody([morning.id, afternoon.id]),
      "volunteer-key-1",
    );
    expect(first.response.status).toBe(201);
    expect(first.volunteer!.shifts.map((shift) => shift.shiftId).sort()).toEqual(
      [morning.id, afternoon.id].sort(),
    );
    const again = await signUpVolunteer(
      organisation.slug,
      volunteerBody([morning.id, afternoon.id]),
      "volunteer-key-1",
    );
    expect(again.response.status).toBe(200);
    expect(again.volunteer!.id).toBe(first.volunteer!.id);
    expect((await readSlot(morning.id)).taken).toBe(1);
  });

  it("refuses two chosen shifts that overlap each other by more than the grace period, booking nothing", async () => {
    const { organisation, morning, overlapping, drive } = await createShifts();
    const overlap = await signUpVolunteer(
      organisation.slug,
      volunteerBody([morning.id, overlapping.id]),
    );
    expect(overlap.response.status).toBe(422);
    expect((await errorOf(overlap.response)).fields).toHaveProperty("shiftIds");
    expect((await readSlot(morning.id)).taken).toBe(0);
    // Back to back (the drive ends when the morning starts) is fine.
    const backToBack = await signUpVolunteer(
      organisation.slug,
      volunteerBody([drive.id, morning.id], {
        declarations: { foodHygiene: true, drivingLicence: true, age: 30 },
      }),
    );
    expect(backToBack.response.status).toBe(201);
  });

  it("refuses a shift whose requirement the volunteer does not meet, with the reason", async () => {
    const { organisation, morning, drive } = await createShifts();
    const noTraining = await signUpVolunteer(
      organisation.slug,
      volunteerBody([morning.id], { declarations: {} }),
    );
    expect((await errorOf(noTraining.response)).fields).toEqual({
      "shiftIds.0": "This role needs food-hygiene training.",
    });
    const tooYoung = await signUpVolunteer(
      organisation.slug,
      volunteerBody([drive.id], { declarations: { drivingLicence: true, age: 16 } }),
    );
    expect((await errorOf(tooYoung.response)).fields).toEqual({
      "shiftIds.0": "You must be at least 18.",
    });
  });

  it("gives the last place to exactly one of many volunteers signing up at once", async () => {
    const { organisation, drive } = await createShifts();
    const responses = await Promise.all(
      Array.from({ length: 12 }, (_, index) =>
        signUpVolunteer(
          organisation.slug,
          volunteerBody([drive.id], {
            name: `Driver ${index}`,
            declarations: { drivingLicence: true, age: 40 },
          }),
        ),
      ),
    );
    const statuses = responses.map((result) => result.response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(11);
    expect((await readSlot(drive.id)).taken).toBe(1);
  });

  it("adds shifts to a schedule without conflicts, cancels one, and serves a private calendar feed", async () => {
    const { organisation, morning, afternoon, overlapping } = await createShifts();
    const { volunteer, token } = await signUpVolunteer(
      organisation.slug,
      volunteerBody([morning.id]),
    );
    const as = (path: string, init: RequestInit = {}) =>
      request(`/api/v1/volunteers/${volunteer!.id}${path}`, {
        ...init,
        headers: {
          Authorization: `Bearer ${token}`,
          Origin: allowedOrigin,
          "Content-Type": "application/json",
        },
      });
    expect(
      (
        await as("/shifts", {
          method: "POST",
          body: JSON.stringify({ shiftIds: [overlapping.id] }),
        })
      ).status,
    ).toBe(422);
    const added = await (
      await as("/shifts", { method: "POST", body: JSON.stringify({ shiftIds: [afternoon.id] }) })
    ).json<VolunteerResponse>();
    expect(added.volunteer.shifts.filter((shift) => shift.status === "confirmed")).toHaveLength(2);

    const morningShift = added.volunteer.shifts.find((shift) => shift.shiftId === morning.id)!;
    const cancelled = await (
      await as(`/shifts/${morningShift.registrationId}`, { method: "DELETE" })
    ).json<VolunteerResponse>();
    expect(cancelled.volunteer.shifts.find((shift) => shift.shiftId === morning.id)?.status).toBe(
      "cancelled",
    );
    expect((await readSlot(morning.id)).taken).toBe(0);

    const feed = await request(
      new URL(added.volunteer.calendarUrl).pathname + new URL(added.volunteer.calendarUrl).search,
    );
    expect(feed.status).toBe(200);
    const ics = (await feed.text()).replace(/\r\n /g, "");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain("STATUS:CANCELLED");
    // Where to be, and the role: what a volunteer needs on the day.
    expect(ics).toContain("LOCATION:Library\\, Main Street 1");
    expect(ics).toMatch(/DESCRIPTION:Kitchen help/);
    expect(
      (await request(`/api/v1/volunteers/${volunteer!.id}/calendar.ics?token=guess`)).status,
    ).toBe(404);
  });
});

describe("coordinating volunteers", () => {
  it("shows the board by role with under-staffed, OK and full shifts, and who is on them", async () => {
    const { organisation, event, morning, drive } = await createShifts();
    await signUpVolunteer(organisation.slug, volunteerBody([morning.id]));
    await signUpVolunteer(
      organisation.slug,
      volunteerBody([drive.id], { name: "Jaan", declarations: { drivingLicence: true, age: 30 } }),
    );
    const coordinator = await createMember(organisation.id, "coordinator");
    const board = await (
      await coordinator.as(`/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/shifts`)
    ).json<ShiftBoardResponse>();
    const state = (id: string) => board.shifts.find((shift) => shift.id === id)?.state;
    expect(state(morning.id)).toBe("ok");
    expect(state(drive.id)).toBe("full");
    expect(board.shifts.filter((shift) => shift.state === "under")).toHaveLength(2);
    expect(board.shifts.find((shift) => shift.id === morning.id)?.volunteers[0]).toMatchObject({
      name: "Mari",
      email: "mari@example.org",
      languages: ["et", "uk"],
    });
  });

  it("moves a volunteer only into a shift with room and without a conflict", async () => {
    const { organisation, event, morning, afternoon, overlapping, drive } = await createShifts();
    const { volunteer } = await signUpVolunteer(
      organisation.slug,
      volunteerBody([morning.id, afternoon.id]),
    );
    await signUpVolunteer(
      organisation.slug,
      volunteerBody([drive.id], { name: "Jaan", declarations: { drivingLicence: true, age: 30 } }),
    );
    const organiser = await createMember(organisation.id, "organiser");
    const base = `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/shifts`;
    const morningRegistration = volunteer!.shifts.find(
      (shift) => shift.shiftId === morning.id,
    )!.registrationId;

    const conflict = await organiser.as(`${base}/${overlapping.id}/volunteers`, {
      method: "POST",
      json: { volunteerId: volunteer!.id, fromRegistrationId: morningRegistration },
    });
    expect(conflict.status).toBe(422);
    expect((await errorOf(conflict)).fields).toHaveProperty("volunteerId");
    const full = await organiser.as(`${base}/${drive.id}/volunteers`, {
      method: "POST",
      json: { volunteerId: volunteer!.id },
    });
    expect([409, 422]).toContain(full.status);

    const later = await organiser.as(`${base}/${afternoon.id}/volunteers`, {
      method: "POST",
      json: { volunteerId: volunteer!.id },
    });
    expect(later.status).toBe(422);
    expect((await readSlot(morning.id)).taken).toBe(1);
  });

  it("counts hours from checked-in shifts, with a coordinator's correction, and exports them", async () => {
    const { organisation, event, morning, afternoon } = await createShifts();
    const { volunteer } = await signUpVolunteer(
      organisation.slug,
      volunteerBody([morning.id, afternoon.id]),
    );
    const organiser = await createMember(organisation.id, "organiser");
    const base = `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}`;
    const [first, second] = volunteer!.shifts;
    await organiser.as(`${base}/registrations/${first!.registrationId}/check-in`, {
      method: "POST",
    });
    let hours = await (await organiser.as(`${base}/hours`)).json<HoursResponse>();
    expect(hours.volunteers).toEqual([
      { volunteerId: volunteer!.id, name: "Mari", shifts: 1, minutes: 120 },
    ]);
    await organiser.as(`${base}/registrations/${second!.registrationId}/hours`, {
      method: "PUT",
      json: { minutes: 90, reason: "Left early" },
    });
    hours = await (await organiser.as(`${base}/hours`)).json<HoursResponse>();
    expect(hours.totalMinutes).toBe(210);
    const csv = await (await organiser.as(`${base}/hours.csv`)).text();
    expect(csv).toContain("Mari,2,3.50");
  });
});

describe("volunteer shifts in the event editor", () => {
  it("refuses a shift without a role of the organisation, a minimum above its places, or a start in the past", async () => {
    const { organisation, event, roles } = await createShifts();
    const organiser = await createMember(organisation.id, "organiser");
    const base = `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}`;
    const current = (await (await organiser.as(base)).json<{ event: { version: number } }>()).event;
    const iso = (ms: number) => new Date(ms).toISOString();
    const shift = (overrides: Record<string, unknown>) => ({
      label: { en: "Shift" },
      startsAt: iso(event.startsAt),
      endsAt: iso(event.startsAt + 3_600_000),
      capacity: 4,
      waitlistCapacity: 0,
      audience: "volunteer",
      roleId: roles.kitchen,
      minimum: 2,
      ...overrides,
    });
    const response = await organiser.as(base, {
      method: "PUT",
      json: {
        kind: "festival",
        title: { en: "Festival" },
        summary: {},
        description: {},
        startsAt: iso(event.startsAt),
        endsAt: iso(event.endsAt),
        timeZone: "Europe/Tallinn",
        languages: [],
        interpretation: [],
        accessibilityNotes: {},
        version: current.version,
        slots: [
          shift({ roleId: "rol_elsewhere" }),
          shift({ minimum: 5 }),
          shift({ startsAt: iso(Date.now() - 3_600_000), endsAt: iso(Date.now()) }),
        ],
      },
    });
    expect(response.status).toBe(422);
    expect(Object.keys((await errorOf(response)).fields ?? {}).sort()).toEqual([
      "slots.0.roleId",
      "slots.1.minimum",
      "slots.2.startsAt",
    ]);
  });
});

describe("messaging a shift", () => {
  it("writes to everyone on the shift who gave an email, in their language, through the outbox", async () => {
    const { organisation, event, morning } = await createShifts();
    await signUpVolunteer(
      organisation.slug,
      volunteerBody([morning.id], { email: "mari@example.org", locale: "ar" }),
    );
    await signUpVolunteer(
      organisation.slug,
      volunteerBody([morning.id], { name: "No email", email: "" }),
    );
    const organiser = await createMember(organisation.id, "organiser");
    const response = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/shifts/${morning.id}/message`,
      { method: "POST", json: { message: "Please come 10 minutes early." } },
    );
    expect(await response.json()).toEqual({ queued: 1 });
    await deliverDueMessages(env, env.DB, { origin: "http://localhost", now: Date.now() });
    const { results } = await env.DB.prepare(
      `SELECT raw FROM dev_mailbox WHERE recipient = 'mari@example.org'`,
    ).all<{ raw: string }>();
    const mail = results
      .map((row) => parseMime(row.raw))
      .find((message) => message.text.includes("Please come 10 minutes early."));
    expect(mail?.html).toContain('dir="rtl"');
    const empty = await organiser.as(
      `/api/v1/admin/orgs/${organisation.slug}/events/${event.id}/shifts/${morning.id}/message`,
      { method: "POST", json: { message: " " } },
    );
    expect(empty.status).toBe(422);
  });
});
