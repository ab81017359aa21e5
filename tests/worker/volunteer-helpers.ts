import { env } from "cloudflare:test";
import type { VolunteerResponse, VolunteerSignUp } from "../../schema/contracts/volunteers.js";
import {
  allowedOrigin,
  createEvent,
  createOrganisation,
  createSlot,
  day,
  request,
} from "./helpers.js";

const hour = 3_600_000;

/**
 * A festival day with a kitchen role (needs food-hygiene training), a driver role (licence, 18+)
 * and shifts: kitchen 10–12 (2 places), kitchen 12–14, kitchen 11–13 (overlaps), driver 9–10.
 */
export async function createShifts() {
  const organisation = await createOrganisation();
  await env.DB.prepare(`UPDATE organisations SET shift_grace_minutes = 15 WHERE id = ?1`)
    .bind(organisation.id)
    .run();
  // Midnight (UTC) of a day about ten days ahead: the shifts' hours fall on that one day in
  // Tallinn too, whatever the time the tests run.
  const base = Math.floor(Date.now() / day) * day + 10 * day;
  const event = await createEvent(organisation.id, {
    kind: "festival",
    startsAt: base,
    endsAt: base + 10 * hour,
  });
  const suffix = event.id.slice(4);
  const kitchen = `rol_kitchen_${suffix}`;
  const driver = `rol_driver_${suffix}`;
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO volunteer_roles (id, organisation_id, position, name, description, requirements, minimum_age)
       VALUES (?1, ?3, 0, '{"en":"Kitchen help"}', '{}', '["food_hygiene"]', NULL),
              (?2, ?3, 1, '{"en":"Driver"}', '{}', '["driving_licence","min_age"]', 18)`,
    ).bind(kitchen, driver, organisation.id),
  ]);
  const shift = (roleId: string, from: number, to: number, capacity = 2) =>
    createSlot(event, {
      audience: "volunteer",
      roleId,
      startsAt: base + from * hour,
      endsAt: base + to * hour,
      capacity,
      minimum: 1,
    });
  return {
    organisation,
    event,
    roles: { kitchen, driver },
    morning: await shift(kitchen, 2, 4),
    afternoon: await shift(kitchen, 4, 6),
    overlapping: await shift(kitchen, 3, 5),
    drive: await shift(driver, 1, 2, 1),
  };
}

export function volunteerBody(
  shiftIds: string[],
  overrides: Partial<VolunteerSignUp> = {},
): VolunteerSignUp {
  return {
    name: "Mari",
    email: "mari@example.org",
    locale: "et",
    languages: ["et", "uk"],
    declarations: { foodHygiene: true },
    shiftIds,
    consent: true,
    ...overrides,
  };
}

export async function signUpVolunteer(
  slug: string,
  body: unknown,
  key: string = crypto.randomUUID(),
) {
  const response = await request(`/api/v1/orgs/${slug}/volunteers`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: allowedOrigin, "Idempotency-Key": key },
    body: JSON.stringify(body),
  });
  const json = response.status < 300 ? await response.clone().json<VolunteerResponse>() : null;
  const token = json?.manageUrl ? new URL(json.manageUrl).hash.replace("#token=", "") : "";
  return { response, volunteer: json?.volunteer, token };
}
