import { env } from "cloudflare:test";
import { drizzle } from "drizzle-orm/d1";
import { eventQuestions } from "../../schema/tables/index.js";
import { createEvent, createOrganisation, createSlot, day } from "./helpers.js";

/**
 * A published visit with two stops, two pick-up points, visitor seats, host places at the
 * second stop and interpreter places. Trip languages: Estonian and English.
 */
export async function createVisit(seats = { capacity: 10, waitlistCapacity: 0 }) {
  const organisation = await createOrganisation();
  const startsAt = Date.now() + 5 * day;
  const event = await createEvent(organisation.id, {
    kind: "visit",
    region: "Tartu",
    startsAt,
    endsAt: startsAt + 8 * 3_600_000,
    languages: ["et", "en"],
  });
  const suffix = event.id.slice(4);
  const stops = [`stp_a_${suffix}`, `stp_b_${suffix}`];
  const pickups = [`pup_a_${suffix}`, `pup_b_${suffix}`];
  await env.DB.batch([
    ...stops.map((id, position) =>
      env.DB.prepare(
        `INSERT INTO visit_stops (id, organisation_id, event_id, position, place, arrives_at, activity, accessibility)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, '{"en":"Tour"}', '{}')`,
      ).bind(
        id,
        organisation.id,
        event.id,
        position,
        JSON.stringify({ en: `Stop ${position + 1}` }),
        startsAt + (position + 1) * 3_600_000,
      ),
    ),
    ...pickups.map((id, position) =>
      env.DB.prepare(
        `INSERT INTO pickup_points (id, organisation_id, event_id, position, name, departs_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)`,
      ).bind(
        id,
        organisation.id,
        event.id,
        position,
        `Centre ${position + 1}`,
        startsAt + position * 1_800_000,
      ),
    ),
  ]);
  const visitorSlot = await createSlot(event, { audience: "visitor", ...seats });
  const hostSlot = await createSlot(event, { audience: "host", stopId: stops[1]!, capacity: 2 });
  const interpreterSlot = await createSlot(event, { audience: "interpreter", capacity: 3 });
  return { organisation, event, stops, pickups, visitorSlot, hostSlot, interpreterSlot };
}

/**
 * The organisers' short questions on `event`, in this order, each "Question for <name>" asking
 * one kind of place (`visitor`, `host`, `interpreter`) or everyone (`null`); its id `q_<name>_…`.
 */
export async function askOnVisit(
  event: { id: string; organisationId: string },
  asked: ReadonlyArray<readonly [name: string, audience: string | null]>,
) {
  const suffix = event.id.slice(4);
  await drizzle(env.DB)
    .insert(eventQuestions)
    .values(
      asked.map(([name, audience], position) => ({
        id: `q_${name}_${suffix}`,
        organisationId: event.organisationId,
        eventId: event.id,
        position,
        kind: "short_text" as const,
        label: { en: `Question for ${name}` },
        audience,
      })),
    );
}
