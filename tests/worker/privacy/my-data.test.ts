import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ApplicationExport, MenuResponse } from "../../../schema/contracts/festivals.js";
import type { RegistrationResponse } from "../../../schema/contracts/registrations.js";
import type { VolunteerExport } from "../../../schema/contracts/volunteers.js";
import { allowedOrigin, readSlot, request } from "../helpers.js";
import { personalMarkers, seedCook, seedVisit, seedVolunteer } from "./seed-people.js";

const as = (path: string, token: string | null, method = "GET") =>
  request(path, {
    method,
    headers: { Origin: allowedOrigin, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
  });

describe("download and erase my data from a manage link", () => {
  it("gives a cook everything held about them, only with their own token", async () => {
    const markers = personalMarkers();
    const cook = await seedCook(markers);
    const other = await seedVolunteer(personalMarkers());
    const path = `/api/v1/applications/${cook.applicationId}`;

    expect((await as(`${path}/export`, null)).status).toBe(401);
    expect((await as(`${path}/export`, other.token)).status).toBe(404);
    expect((await as(`${path}/erase`, other.token, "POST")).status).toBe(404);

    const response = await cook.as("/export");
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("no-store");
    const body = await response.json<ApplicationExport>();
    expect(body.application).toMatchObject({
      displayName: markers.cookName,
      email: markers.cookEmail,
      story: markers.story,
    });
    expect(JSON.stringify(body.application.dishes)).toContain(markers.dish);
    expect(body.ledger).toEqual([
      expect.objectContaining({ kind: "ingredients", amountCents: 2500, note: markers.ledgerNote }),
    ]);
  });

  it("erases a cook, keeping their ledger amounts without a name", async () => {
    const cook = await seedCook(personalMarkers());
    expect((await cook.as("/erase", { method: "POST" })).status).toBe(200);
    const body = await (await cook.as("/export")).json<ApplicationExport>();
    expect(body.application).toMatchObject({ displayName: "", email: null, story: null });
    expect(body.ledger).toEqual([expect.objectContaining({ amountCents: 2500, note: null })]);
  });

  it("takes an approved cook's dishes off the public menu when they erase themself", async () => {
    const markers = personalMarkers();
    const cook = await seedCook(markers);
    await env.DB.prepare(`UPDATE cook_applications SET status = 'approved' WHERE id = ?1`)
      .bind(cook.applicationId)
      .run();
    const menu = () =>
      request(`/api/v1/orgs/${cook.organisation.slug}/festivals/${cook.event.id}/menu`, {
        headers: { "Cache-Control": "no-cache" },
      }).then((response) => response.json<MenuResponse>());
    expect((await menu()).dishes.map((dish) => dish.name)).toEqual([markers.dish]);

    expect((await cook.as("/erase", { method: "POST" })).status).toBe(200);
    expect((await menu()).dishes).toEqual([]);
  });

  it("gives a volunteer their declarations and shifts, only with their own token", async () => {
    const markers = personalMarkers();
    const volunteer = await seedVolunteer(markers);
    const other = await seedVolunteer(personalMarkers());
    const path = `/api/v1/volunteers/${volunteer.volunteerId}`;

    expect((await as(`${path}/export`, null)).status).toBe(401);
    expect((await as(`${path}/erase`, null, "POST")).status).toBe(401);
    expect((await as(`${path}/export`, other.token)).status).toBe(404);
    expect((await as(`${path}/erase`, other.token, "POST")).status).toBe(404);

    const response = await as(`${path}/export`, volunteer.token);
    expect(response.status).toBe(200);
    const body = await response.json<VolunteerExport>();
    expect(body.volunteer).toMatchObject({
      name: markers.volunteerName,
      email: markers.volunteerEmail,
      declarations: expect.objectContaining({ age: 47 }),
    });
    expect(body.shifts).toHaveLength(2);
    expect(body.shifts.filter((shift) => shift.checkedInAt !== null)).toHaveLength(1);
    expect(body.shifts.map((shift) => shift.hoursReason)).toContain(markers.hoursReason);
  });

  it("promotes a shift's waitlist when a volunteer erases themself, and forgets them", async () => {
    const volunteer = await seedVolunteer(personalMarkers());
    const drive = volunteer.drive;
    await env.DB.batch([
      env.DB.prepare(
        `UPDATE slots SET waitlist_capacity = 1, waitlist_taken = 1 WHERE id = ?1`,
      ).bind(drive.id),
      env.DB.prepare(
        `INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, children, name,
            locale, consent_at, idempotency_key_hash, request_hash, manage_token_hash, created_at, updated_at)
         VALUES ('reg_waiting', ?1, ?2, ?3, 'waitlisted', 1, 0, 'Waiting', 'en', 0, 'k-waiting', 'r', 'm', 0, 0)`,
      ).bind(volunteer.organisation.id, volunteer.event.id, drive.id),
    ]);
    expect((await readSlot(drive.id)).taken).toBe(1);

    const path = `/api/v1/volunteers/${volunteer.volunteerId}`;
    expect((await as(`${path}/erase`, volunteer.token, "POST")).status).toBe(200);

    const waiting = await env.DB.prepare(
      `SELECT status FROM registrations WHERE id = 'reg_waiting'`,
    ).first<{
      status: string;
    }>();
    expect(waiting?.status).toBe("confirmed");
    expect(await readSlot(drive.id)).toMatchObject({ taken: 1, waitlistTaken: 0 });
    expect((await as(`${path}/export`, volunteer.token)).status).toBe(404);
  });

  it("exports a visit group's answers and check-in, and erases them", async () => {
    const visit = await seedVisit(personalMarkers());
    const path = `/api/v1/registrations/${visit.group.id}`;
    const before = (await (await as(path, visit.group.token)).json<RegistrationResponse>())
      .registration;
    expect(before.visit).toEqual({
      languages: ["prs", "uk"],
      pickupPoint: {
        id: visit.pickups[1],
        name: "Centre 2",
        departsAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      },
      offer: null,
      wheelchairPlaces: 2,
    });
    expect(before.attendance.checkedInAt).not.toBeNull();

    const erased = await as(`${path}/erase`, visit.group.token, "POST");
    const after = (await erased.json<RegistrationResponse>()).registration;
    expect(after.visit).toEqual({
      languages: null,
      pickupPoint: null,
      offer: null,
      wheelchairPlaces: 0,
    });
    expect(after.attendance).toEqual({ confirmedAt: null, checkedInAt: null, noShowAt: null });
  });
});
