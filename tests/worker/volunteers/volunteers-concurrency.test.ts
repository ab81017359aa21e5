import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { ErrorEnvelope } from "../../../schema/contracts/errors.js";
import { allowedOrigin, createSlot, readSlot, request } from "../helpers.js";
import { listSchedule } from "../../../worker/volunteers/volunteer-queries.js";
import { eraseVolunteer } from "../../../worker/volunteers/erase-volunteer.js";
import { createShifts, signUpVolunteer, volunteerBody } from "../volunteer-helpers.js";

const hour = 3_600_000;
const errorOf = async (response: Response) => (await response.json<ErrorEnvelope>()).error;

/** A volunteer holding the 9–10 drive, and four kitchen shifts that all overlap each other. */
async function volunteerWithClashingShifts() {
  const { organisation, event, roles, morning, overlapping, drive } = await createShifts();
  const base = event.startsAt;
  const clash = (from: number, to: number) =>
    createSlot(event, {
      audience: "volunteer",
      roleId: roles.kitchen,
      startsAt: base + from * hour,
      endsAt: base + to * hour,
      capacity: 5,
      minimum: 1,
    });
  const shifts = [
    morning.id,
    overlapping.id,
    (await clash(2.5, 4.5)).id,
    (await clash(3.5, 5.5)).id,
  ];
  const { volunteer, token } = await signUpVolunteer(
    organisation.slug,
    volunteerBody([drive.id], {
      declarations: { foodHygiene: true, drivingLicence: true, age: 30 },
    }),
  );
  const addShift = (shiftId: string) =>
    request(`/api/v1/volunteers/${volunteer!.id}/shifts`, {
      method: "POST",
      headers: {
        Authorization: `Bearer ${token}`,
        Origin: allowedOrigin,
        "Content-Type": "application/json",
      },
      body: JSON.stringify({ shiftIds: [shiftId] }),
    });
  return { volunteerId: volunteer!.id, shifts, addShift };
}

async function heldShifts(volunteerId: string, shiftIds: string[]) {
  const { results } = await env.DB.prepare(
    `SELECT slot_id AS slotId FROM registrations
      WHERE volunteer_id = ?1 AND status = 'confirmed'
        AND slot_id IN (SELECT value FROM json_each(?2))`,
  )
    .bind(volunteerId, JSON.stringify(shiftIds))
    .all<{ slotId: string }>();
  return results.map((row) => row.slotId);
}

describe("one volunteer adding overlapping shifts at once", () => {
  it("ends up holding at most one of them, in 10 runs of 2 to 4 concurrent adds", async () => {
    const heldPerRun: number[] = [];
    for (let run = 0; run < 10; run++) {
      const { volunteerId, shifts, addShift } = await volunteerWithClashingShifts();
      const chosen = shifts.slice(0, 2 + (run % 3));
      const responses = await Promise.all(chosen.map(addShift));

      const held = await heldShifts(volunteerId, chosen);
      heldPerRun.push(held.length);
      expect(responses.filter((response) => response.status === 200)).toHaveLength(1);
      for (const refused of responses.filter((response) => response.status !== 200)) {
        expect(refused.status).toBe(422);
        expect((await errorOf(refused)).fieldCodes?.shiftIds?.code).toBe("shift_overlap");
      }
      for (const shiftId of chosen) {
        expect((await readSlot(shiftId)).taken).toBe(held.includes(shiftId) ? 1 : 0);
      }
    }
    expect(heldPerRun).toEqual(Array.from({ length: 10 }, () => 1));
  });
});

describe("retrying a volunteer sign-up with one Idempotency-Key", () => {
  it("answers concurrent retries with 201 or 200 only and creates one volunteer", async () => {
    const { organisation, morning, afternoon } = await createShifts();
    const key = `volunteer-retry-${crypto.randomUUID()}`;
    const body = volunteerBody([morning.id, afternoon.id]);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => signUpVolunteer(organisation.slug, body, key)),
    );

    const statuses = results.map((result) => result.response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(results.map((result) => result.volunteer!.id)).size).toBe(1);
    const { results: volunteers } = await env.DB.prepare(
      `SELECT id FROM volunteers WHERE organisation_id = ?1`,
    )
      .bind(organisation.id)
      .all();
    expect(volunteers).toHaveLength(1);
    expect((await readSlot(morning.id)).taken).toBe(1);
    expect((await readSlot(afternoon.id)).taken).toBe(1);
  });

  it("replays the first answer after the shift filled up", async () => {
    const { organisation, drive } = await createShifts();
    const body = volunteerBody([drive.id], {
      declarations: { drivingLicence: true, age: 30 },
    });
    const first = await signUpVolunteer(organisation.slug, body, "volunteer-full-retry");
    expect(first.response.status).toBe(201);
    expect((await readSlot(drive.id)).taken).toBe(1);

    const again = await signUpVolunteer(organisation.slug, body, "volunteer-full-retry");
    expect(again.response.status).toBe(200);
    expect(again.volunteer!.id).toBe(first.volunteer!.id);
  });

  it("refuses the same key with a different body with 422, alone or at once", async () => {
    const { organisation, morning, afternoon } = await createShifts();
    const key = `volunteer-reuse-${crypto.randomUUID()}`;
    const first = await signUpVolunteer(organisation.slug, volunteerBody([morning.id]), key);
    expect(first.response.status).toBe(201);

    const other = await signUpVolunteer(
      organisation.slug,
      volunteerBody([afternoon.id], { name: "Someone else" }),
      key,
    );
    expect(other.response.status).toBe(422);
    expect((await errorOf(other.response)).code).toBe("idempotency_key_reused");

    const racingKey = `volunteer-race-${crypto.randomUUID()}`;
    const racing = await Promise.all([
      signUpVolunteer(organisation.slug, volunteerBody([afternoon.id]), racingKey),
      signUpVolunteer(
        organisation.slug,
        volunteerBody([afternoon.id], { name: "Jaan" }),
        racingKey,
      ),
    ]);
    expect(racing.map((result) => result.response.status).sort()).toEqual([201, 422]);
    expect((await readSlot(afternoon.id)).taken).toBe(1);
  });
});

describe("a volunteer erasing their data while adding shifts", () => {
  /** Shifts the volunteer still holds that have not ended: none may be left after an erase. */
  async function heldAfterErase(volunteerId: string) {
    const { results } = await env.DB.prepare(
      `SELECT r.id FROM registrations r JOIN slots s ON s.id = r.slot_id
        WHERE r.volunteer_id = ?1 AND r.status <> 'cancelled' AND s.ends_at > ?2`,
    )
      .bind(volunteerId, Date.now())
      .all();
    return results;
  }

  it("gives back a shift added after the schedule was read, by reading it again", async () => {
    const { organisation, morning, afternoon } = await createShifts();
    const { volunteer } = await signUpVolunteer(organisation.slug, volunteerBody([morning.id]));
    const stale = await listSchedule(env.DB, volunteer!.id);
    // A shift added between the erase's read of the schedule and its batch.
    await env.DB.batch([
      env.DB.prepare(
        `INSERT INTO registrations (id, organisation_id, event_id, slot_id, status, adults, children,
            name, locale, consent_at, idempotency_key_hash, request_hash, manage_token_hash,
            created_at, updated_at, volunteer_id)
         SELECT 'reg_meanwhile', organisation_id, event_id, ?2, 'confirmed', 1, 0, name, 'en', 0,
                'k-meanwhile', 'r', 'm', 0, 0, volunteer_id
           FROM registrations WHERE volunteer_id = ?1 LIMIT 1`,
      ).bind(volunteer!.id, afternoon.id),
      env.DB.prepare(`UPDATE slots SET taken = taken + 1 WHERE id = ?1`).bind(afternoon.id),
    ]);
    let reads = 0;
    await eraseVolunteer(
      env.DB,
      volunteer!.id,
      async () => (++reads === 1 ? stale : listSchedule(env.DB, volunteer!.id)),
      Date.now(),
    );

    expect(reads).toBe(2);
    expect(await heldAfterErase(volunteer!.id)).toEqual([]);
    expect((await readSlot(morning.id)).taken).toBe(0);
    expect((await readSlot(afternoon.id)).taken).toBe(0);
    const row = await env.DB.prepare(
      `SELECT name, erased_at AS erasedAt FROM volunteers WHERE id = ?1`,
    )
      .bind(volunteer!.id)
      .first<{ name: string; erasedAt: number | null }>();
    expect(row).toMatchObject({ name: "" });
    expect(row?.erasedAt).not.toBeNull();
  });

  it("never leaves a place held by an erased volunteer, in 10 runs of an erase racing adds", async () => {
    for (let run = 0; run < 10; run++) {
      const { organisation, event, roles, morning, afternoon } = await createShifts();
      const evening = await createSlot(event, {
        audience: "volunteer",
        roleId: roles.kitchen,
        startsAt: event.startsAt + 7 * hour,
        endsAt: event.startsAt + 9 * hour,
        capacity: 2,
        minimum: 1,
      });
      const { volunteer, token } = await signUpVolunteer(
        organisation.slug,
        volunteerBody([morning.id]),
      );
      const send = (path: string, body?: object) =>
        request(`/api/v1/volunteers/${volunteer!.id}${path}`, {
          method: "POST",
          headers: {
            Authorization: `Bearer ${token}`,
            Origin: allowedOrigin,
            ...(body ? { "Content-Type": "application/json" } : {}),
          },
          ...(body ? { body: JSON.stringify(body) } : {}),
        });
      const [erase, ...adds] = await Promise.all([
        send("/erase"),
        send("/shifts", { shiftIds: [afternoon.id] }),
        send("/shifts", { shiftIds: [evening.id] }),
      ]);

      expect(erase.status).toBe(200);
      for (const add of adds) expect([200, 404]).toContain(add.status);
      expect(await heldAfterErase(volunteer!.id)).toEqual([]);
      for (const shift of [morning, afternoon, evening]) {
        expect((await readSlot(shift.id)).taken).toBe(0);
      }
    }
  });
});
