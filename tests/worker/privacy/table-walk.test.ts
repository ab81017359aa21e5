import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { runRetention } from "../../../worker/jobs/retention.js";
import { volunteerHours } from "../../../worker/volunteers/volunteer-board-queries.js";
import { allowedOrigin, request } from "../helpers.js";
import {
  afterRetention,
  personalMarkers,
  personalValuesLeft,
  seedCook,
  seedVisit,
  seedMentoring,
  seedVolunteer,
} from "./seed-people.js";

const post = (path: string, token: string) =>
  request(path, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, Origin: allowedOrigin },
  });

describe("no personal value is left in any table", () => {
  it("after retention has run past every event's period", async () => {
    const markers = personalMarkers();
    const visit = await seedVisit(markers);
    await seedCook(markers);
    await seedVolunteer(markers);
    await seedMentoring(markers);
    expect((await personalValuesLeft(markers)).length).toBeGreaterThan(0);

    await runRetention(env.DB, afterRetention());

    expect(await personalValuesLeft(markers)).toEqual([]);
    const group = await env.DB.prepare(
      `SELECT languages, pickup_point_id, offer, wheelchair_places, checked_in_at,
              attendance_confirmed_at, erased_at FROM registrations WHERE id = ?1`,
    )
      .bind(visit.group.id)
      .first();
    expect(group).toMatchObject({
      languages: null,
      pickup_point_id: null,
      offer: null,
      wheelchair_places: 0,
      checked_in_at: null,
      attendance_confirmed_at: null,
    });
    const volunteers = await env.DB.prepare(
      `SELECT COUNT(*) AS n FROM volunteers WHERE organisation_id IN
         (SELECT organisation_id FROM events WHERE kind = 'festival') AND erased_at IS NULL`,
    ).first<{ n: number }>();
    expect(volunteers?.n).toBe(0);
  });

  it("keeps a volunteer's hours after retention erased their check-in times", async () => {
    const volunteer = await seedVolunteer(personalMarkers());
    const before = await volunteerHours(env.DB, volunteer.event.id);
    expect(before.totalMinutes).toBeGreaterThan(0);

    await runRetention(env.DB, afterRetention());

    const after = await volunteerHours(env.DB, volunteer.event.id);
    expect(after.totalMinutes).toBe(before.totalMinutes);
    expect(after.volunteers.map((entry) => entry.name)).toEqual([""]);
    const checkIns = await env.DB.prepare(
      `SELECT COUNT(*) AS n FROM registrations WHERE volunteer_id = ?1 AND checked_in_at IS NOT NULL`,
    )
      .bind(volunteer.volunteerId)
      .first<{ n: number }>();
    expect(checkIns?.n).toBe(0);
  });

  it("leaves people whose events are still within their retention period", async () => {
    const markers = personalMarkers();
    await seedVisit(markers);
    await seedCook(markers);
    await seedVolunteer(markers);
    await runRetention(env.DB, Date.now());
    expect((await personalValuesLeft(markers)).length).toBeGreaterThan(10);
  });

  it("runs again without touching erased rows", async () => {
    const markers = personalMarkers();
    await seedCook(markers);
    const later = afterRetention();
    await runRetention(env.DB, later);
    const erased = await env.DB.prepare(
      `SELECT erased_at FROM cook_applications WHERE erased_at IS NOT NULL`,
    ).all<{ erased_at: number }>();
    await runRetention(env.DB, later + 1000);
    const again = await env.DB.prepare(
      `SELECT erased_at FROM cook_applications WHERE erased_at IS NOT NULL`,
    ).all<{ erased_at: number }>();
    expect(again.results).toEqual(erased.results);
  });

  it("after a visit group erases itself from its manage link", async () => {
    const markers = personalMarkers();
    const visit = await seedVisit(markers);
    const response = await post(`/api/v1/registrations/${visit.group.id}/erase`, visit.group.token);
    expect(response.status).toBe(200);
    const left = await personalValuesLeft(markers);
    // The host and the interpreter did not erase themselves.
    expect(
      left.filter(
        (hit) =>
          !hit.includes(markers.hostName) &&
          !hit.includes(markers.offer) &&
          !hit.includes(markers.interpreterName),
      ),
    ).toEqual([]);
  });

  it("after a cook erases their application from its manage link", async () => {
    const markers = personalMarkers();
    const cook = await seedCook(markers);
    const response = await cook.as("/erase", { method: "POST" });
    expect(response.status).toBe(200);
    expect(await personalValuesLeft(markers)).toEqual([]);
    const ledger = await env.DB.prepare(
      `SELECT amount_cents FROM ledger_entries WHERE application_id = ?1`,
    )
      .bind(cook.applicationId)
      .first<{ amount_cents: number }>();
    expect(ledger?.amount_cents).toBe(2500);
  });

  it("after a volunteer erases themself from their manage link", async () => {
    const markers = personalMarkers();
    const volunteer = await seedVolunteer(markers);
    const response = await post(
      `/api/v1/volunteers/${volunteer.volunteerId}/erase`,
      volunteer.token,
    );
    expect(response.status).toBe(200);
    expect(await personalValuesLeft(markers)).toEqual([]);
  });
});
