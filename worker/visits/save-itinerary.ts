import type * as v from "valibot";
import type { itineraryInputSchema } from "../../schema/contracts/admin/visits.js";
import type { FieldProblems } from "../http/errors.js";
import { ApiError, problem } from "../http/errors.js";
import { newId } from "../lib/crypto.js";
import type { AdminEventRow } from "../events/admin-event-queries.js";
import { auditStatement } from "../organisers/audit-log.js";

export type ValidItinerary = v.InferOutput<typeof itineraryInputSchema>;

/**
 * Refuses, naming the rows, an itinerary that would drop a stop still hosted or a pick-up point
 * groups chose, or that names rows of another visit.
 */
export function assertItineraryChangeAllowed(
  event: AdminEventRow,
  input: ValidItinerary,
  pickupPointsInUse: Set<string>,
): void {
  const unknown: FieldProblems = {};
  input.stops.forEach((stop, index) => {
    if (stop.id && !event.itinerary.some((current) => current.id === stop.id)) {
      unknown[`stops.${index}.id`] = problem(
        "reload",
        "This stop is not part of the visit. Reload and try again.",
      );
    }
  });
  input.pickupPoints.forEach((point, index) => {
    if (point.id && !event.pickupPoints.some((current) => current.id === point.id)) {
      unknown[`pickupPoints.${index}.id`] = problem(
        "reload",
        "This pick-up point is not part of the visit. Reload and try again.",
      );
    }
  });
  if (Object.keys(unknown).length > 0) {
    throw new ApiError(422, "validation_failed", "The itinerary changed meanwhile.", unknown);
  }
  const kept = new Set(
    [...input.stops, ...input.pickupPoints].flatMap((row) => (row.id ? [row.id] : [])),
  );
  const blocked: Record<string, string> = {};
  event.itinerary.forEach((stop, index) => {
    if (!kept.has(stop.id) && event.slots.some((slot) => slot.stopId === stop.id)) {
      blocked[`stops.${index}`] =
        "This stop has host places. Remove them or move them to another stop first.";
    }
  });
  event.pickupPoints.forEach((point, index) => {
    if (!kept.has(point.id) && pickupPointsInUse.has(point.id)) {
      blocked[`pickupPoints.${index}`] =
        "Groups chose this pick-up point. Keep it, or ask them to change first.";
    }
  });
  if (Object.keys(blocked).length > 0) {
    throw new ApiError(
      409,
      "invalid_state",
      "Some stops or pick-up points are still in use.",
      blocked,
    );
  }
}

const json = (value: unknown) => JSON.stringify(value);

/** Replaces the itinerary and pick-up points in one batch, in the order given. */
export async function saveItinerary(
  db: D1Database,
  organisationId: string,
  event: AdminEventRow,
  input: ValidItinerary,
  userId: string,
  now: number,
): Promise<void> {
  const keptStops = new Set(input.stops.flatMap((stop) => (stop.id ? [stop.id] : [])));
  const keptPoints = new Set(input.pickupPoints.flatMap((point) => (point.id ? [point.id] : [])));
  await db.batch([
    ...event.itinerary
      .filter((stop) => !keptStops.has(stop.id))
      .map((stop) =>
        db
          .prepare(`DELETE FROM visit_stops WHERE id = ?1 AND event_id = ?2`)
          .bind(stop.id, event.id),
      ),
    ...event.pickupPoints
      .filter((point) => !keptPoints.has(point.id))
      .map((point) =>
        db
          .prepare(`DELETE FROM pickup_points WHERE id = ?1 AND event_id = ?2`)
          .bind(point.id, event.id),
      ),
    ...input.stops.map((stop, position) =>
      db
        .prepare(
          `INSERT INTO visit_stops (id, organisation_id, event_id, position, place, address, arrives_at,
                                    activity, accessibility)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
           ON CONFLICT (id) DO UPDATE SET position = ?4, place = ?5, address = ?6, arrives_at = ?7,
                                          activity = ?8, accessibility = ?9
             WHERE visit_stops.event_id = ?3`,
        )
        .bind(
          stop.id ?? newId("stp"),
          organisationId,
          event.id,
          position,
          json(stop.place),
          stop.address || null,
          Date.parse(stop.arrivesAt),
          json(stop.activity),
          json(stop.accessibility),
        ),
    ),
    ...input.pickupPoints.map((point, position) =>
      db
        .prepare(
          `INSERT INTO pickup_points (id, organisation_id, event_id, position, name, address, departs_at)
           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
           ON CONFLICT (id) DO UPDATE SET position = ?4, name = ?5, address = ?6, departs_at = ?7
             WHERE pickup_points.event_id = ?3`,
        )
        .bind(
          point.id ?? newId("pup"),
          organisationId,
          event.id,
          position,
          point.name,
          point.address || null,
          Date.parse(point.departsAt),
        ),
    ),
    auditStatement(db, {
      organisationId: organisationId,
      userId,
      action: "visit.itinerary_updated",
      targetType: "event",
      targetId: event.id,
      now,
    }),
  ]);
}
