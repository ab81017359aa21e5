import { Hono } from "hono";
import type { EventDetailResponse, EventListResponse } from "../../schema/contracts/events.js";
import { eventDetailQuerySchema, eventListQuerySchema } from "../../schema/contracts/events.js";
import type { AppEnv } from "../http/app-env.js";
import { organisationSlug, unknownOrganisation } from "../organisations/load-organisation.js";
import { validate } from "../http/validate.js";
import { calendarText, eventUid, toCalendarEvent } from "./event-calendar.js";
import { renderCalendar } from "../lib/ics.js";
import { findPublicEvent, listUpcomingEvents } from "./event-queries.js";
import { readEventList } from "./read-event-list.js";
import { readEventDetail, unknownEvent } from "./read-event-detail.js";
import { publicRead } from "../http/public-cache.js";

const feedSize = 200;

export const eventRoutes = new Hono<AppEnv>()
  .get("/calendar.ics", ...publicRead, validate("query", eventDetailQuerySchema), async (c) => {
    const now = Date.now();
    const result = await listUpcomingEvents(c.var.db, organisationSlug(c), {
      endedBefore: now,
      limit: feedSize,
    });
    if (!result) throw unknownOrganisation();
    const locale = c.req.valid("query").lang ?? result.defaultLocale;
    const host = new URL(c.req.url).hostname;
    const events = result.events
      .slice(0, feedSize)
      .map((event) =>
        toCalendarEvent(
          event,
          calendarText(event, locale, result.defaultLocale),
          eventUid(event.id, host),
        ),
      );
    return c.body(renderCalendar(events, { now, name: result.name }), 200, {
      "Content-Type": "text/calendar; charset=utf-8",
    });
  })
  .get("/events", ...publicRead, validate("query", eventListQuerySchema), async (c) =>
    c.json<EventListResponse, 200>(await readEventList(c, c.req.valid("query")), 200),
  )
  .get("/events/:eventId", ...publicRead, validate("query", eventDetailQuerySchema), async (c) =>
    c.json<EventDetailResponse, 200>(
      await readEventDetail(c, c.req.param("eventId"), c.req.valid("query").lang),
      200,
    ),
  )
  .get(
    "/events/:eventId/calendar.ics",
    ...publicRead,
    validate("query", eventDetailQuerySchema),
    async (c) => {
      const result = await findPublicEvent(c.var.db, organisationSlug(c), c.req.param("eventId"));
      if (!result) throw unknownOrganisation();
      const event = result.events[0];
      if (!event) throw unknownEvent();
      const locale = c.req.valid("query").lang ?? result.defaultLocale;
      const host = new URL(c.req.url).hostname;
      const body = renderCalendar(
        [
          toCalendarEvent(
            event,
            calendarText(event, locale, result.defaultLocale),
            eventUid(event.id, host),
          ),
        ],
        { now: Date.now() },
      );
      c.header("Content-Disposition", `attachment; filename="${event.id}.ics"`);
      return c.body(body, 200, { "Content-Type": "text/calendar; charset=utf-8" });
    },
  );
