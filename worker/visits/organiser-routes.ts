import type { Context } from "hono";
import { Hono } from "hono";
import type {
  FeedbackSummaryResponse,
  ItineraryResponse,
  ManifestResponse,
  NeedsBoardResponse,
} from "../../schema/contracts/admin/visits.js";
import { itineraryInputSchema } from "../../schema/contracts/admin/visits.js";
import { toAdminEvent } from "../events/admin-event.js";
import { recordRead } from "../organisers/record-read.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { loadAdminEvent } from "../events/load-event.js";
import { requirePermission } from "../http/require-permission.js";
import { validate } from "../http/validate.js";
import type { AdminEventRow } from "../events/admin-event-queries.js";
import { findAdminEvent } from "../events/admin-event-queries.js";
import { pickupPointsInUse } from "./visit-queries.js";
import { findFeedbackSummary } from "./visit-feedback-queries.js";
import { listConfirmedVisitRegistrations } from "./visit-queries.js";
import { dayManifest } from "./manifest.js";
import { needsBoard } from "./needs-board.js";
import { assertItineraryChangeAllowed, saveItinerary } from "./save-itinerary.js";

const visitPath = "/events/:eventId";

async function loadVisit(c: Context<AppEnv>): Promise<AdminEventRow> {
  const event = await loadAdminEvent(c);
  if (event.kind !== "visit") {
    throw new ApiError(
      409,
      "invalid_state",
      "Only visits have an itinerary, a needs board and a manifest.",
    );
  }
  return event;
}

/** Organisers plan visits: itinerary and pick-ups, the needs board, the day manifest, feedback. */
export const visitRoutes = new Hono<AppEnv>()
  .put(
    `${visitPath}/itinerary`,
    requirePermission("events.write"),
    validate("json", itineraryInputSchema),
    async (c) => {
      const event = await loadVisit(c);
      const input = c.req.valid("json");
      const inUse = await pickupPointsInUse(c.var.db, event.id);
      assertItineraryChangeAllowed(event, input, inUse);
      await saveItinerary(
        c.var.db,
        c.var.organisation.id,
        event,
        input,
        c.var.user.userId,
        Date.now(),
      );
      const saved = toAdminEvent(
        (await findAdminEvent(c.var.db, c.var.organisation.id, event.id))!,
        [],
      );
      return c.json<ItineraryResponse, 200>(
        { stops: saved.itinerary, pickupPoints: saved.pickupPoints },
        200,
      );
    },
  )
  .get(`${visitPath}/needs`, requirePermission("roster.read"), async (c) => {
    const event = await loadVisit(c);
    await recordRead(c, "needs.viewed", event.id);
    const confirmed = await listConfirmedVisitRegistrations(c.var.db, event.id);
    return c.json<NeedsBoardResponse, 200>({ needs: needsBoard(event, confirmed) }, 200);
  })
  .get(`${visitPath}/manifest`, requirePermission("roster.read"), async (c) => {
    const event = await loadVisit(c);
    await recordRead(c, "manifest.viewed", event.id);
    const confirmed = await listConfirmedVisitRegistrations(c.var.db, event.id);
    return c.json<ManifestResponse, 200>({ manifest: dayManifest(event, confirmed) }, 200);
  })
  .get(`${visitPath}/feedback`, requirePermission("roster.read"), async (c) => {
    const event = await loadVisit(c);
    await recordRead(c, "feedback.viewed", event.id);
    return c.json<FeedbackSummaryResponse, 200>(
      { feedback: await findFeedbackSummary(c.var.db, event.id) },
      200,
    );
  });
