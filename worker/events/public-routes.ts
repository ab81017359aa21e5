import type { Context } from "hono";
import { Hono } from "hono";
import type * as v from "valibot";
import type { EventDetailResponse, EventListResponse } from "../../schema/contracts/events.js";
import {
  eventDetailQuerySchema,
  eventListQuerySchema,
  eventsFirstScreenQuerySchema,
} from "../../schema/contracts/events.js";
import { publicLanguages } from "../../i18n/languages.js";
import { negotiate } from "../../i18n/negotiate.js";
import { loadPageWords, pageWords } from "../event-pages/page-words.js";
import { renderEventsFirstScreen } from "../embed/events-first-screen.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { organisationSlug, unknownOrganisation } from "../organisations/load-organisation.js";
import type { PagePosition } from "../http/page-cursor.js";
import { decodeCursor, encodeCursor } from "../http/page-cursor.js";
import { validate } from "../http/validate.js";
import { calendarText, eventUid, toCalendarEvent } from "./event-calendar.js";
import { signUpSites } from "../organisations/signup-sites.js";
import { renderCalendar } from "../lib/ics.js";
import { toPublicEvent } from "./public-event.js";
import { findPublicEvent, listUpcomingEvents } from "./event-queries.js";
import { publicRead } from "../http/public-cache.js";

const defaultPageSize = 20;

const toAfter = (position: PagePosition) => ({ startsAt: position.at, id: position.id });

const unknownEvent = () =>
  new ApiError(404, "not_found", "We could not find this event. It may have been removed.");

const feedSize = 200;

/** One page of the organisation's upcoming events, as `GET /events` answers it. */
async function readEventList(
  c: Context<AppEnv>,
  query: v.InferOutput<typeof eventListQuerySchema>,
): Promise<EventListResponse> {
  const now = Date.now();
  const limit = query.limit ?? defaultPageSize;
  const result = await listUpcomingEvents(c.var.db, organisationSlug(c), {
    kind: query.kind,
    region: query.region,
    from: query.from === undefined ? undefined : Date.parse(query.from),
    to: query.to === undefined ? undefined : Date.parse(query.to),
    endedBefore: now,
    after: query.cursor === undefined ? undefined : toAfter(decodeCursor(query.cursor)),
    limit,
  });
  if (!result) throw unknownOrganisation();
  const page = result.events.slice(0, limit);
  const last = page.at(-1);
  const context = {
    locale: query.lang ?? result.defaultLocale,
    fallbackLocale: result.defaultLocale,
    now,
    origin: new URL(c.req.url).origin,
    organisationSlug: result.slug,
    retentionDays: result.retentionDays,
    requestedLocale: query.lang,
  };
  return {
    defaultLocale: result.defaultLocale,
    ...signUpSites(new URL(c.req.url).origin, result),
    events: page.map((event) => toPublicEvent(event, context)),
    nextCursor:
      result.events.length > limit && last
        ? encodeCursor({ at: last.startsAt, id: last.id })
        : null,
  };
}

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
  .get(
    "/events/first-screen",
    ...publicRead,
    validate("query", eventsFirstScreenQuerySchema),
    async (c) => {
      const query = c.req.valid("query");
      const [page] = await Promise.all([readEventList(c, query), loadPageWords()]);
      const locale = negotiate([query.lang, page.defaultLocale], publicLanguages).locale;
      const html = renderEventsFirstScreen(page, {
        words: pageWords(locale, { isolateNames: false }),
        readerZone: query.tz,
        kind: query.kind ?? "",
        region: query.region ?? "",
      });
      return c.body(html, 200, { "Content-Type": "text/html; charset=utf-8" });
    },
  )
  .get("/events/:eventId", ...publicRead, validate("query", eventDetailQuerySchema), async (c) => {
    const result = await findPublicEvent(c.var.db, organisationSlug(c), c.req.param("eventId"));
    if (!result) throw unknownOrganisation();
    const event = result.events[0];
    if (!event) throw unknownEvent();
    return c.json<EventDetailResponse, 200>(
      {
        defaultLocale: result.defaultLocale,
        ...signUpSites(new URL(c.req.url).origin, result),
        event: toPublicEvent(event, {
          locale: c.req.valid("query").lang ?? result.defaultLocale,
          fallbackLocale: result.defaultLocale,
          now: Date.now(),
          origin: new URL(c.req.url).origin,
          organisationSlug: result.slug,
          retentionDays: result.retentionDays,
          requestedLocale: c.req.valid("query").lang,
        }),
      },
      200,
    );
  })
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
