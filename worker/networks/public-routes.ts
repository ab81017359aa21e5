import { Hono } from "hono";
import type {
  NetworkEventListResponse,
  NetworkOrganiser,
} from "../../schema/contracts/networks.js";
import { networkEventListQuerySchema } from "../../schema/contracts/networks.js";
import { eventDetailQuerySchema } from "../../schema/contracts/events.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { decodeCursor, encodeCursor } from "../http/page-cursor.js";
import { publicRead, revalidatedPublicRead } from "../http/public-cache.js";
import { validate } from "../http/validate.js";
import { renderCalendar } from "../lib/ics.js";
import { calendarText, eventUid, toCalendarEvent } from "../events/event-calendar.js";
import { toPublicEvent } from "../events/public-event.js";
import type { CatalogueEvent, CatalogueOrganiser } from "./catalogue-queries.js";
import { listNetworkCatalogue } from "./catalogue-queries.js";

const defaultPageSize = 20;
const feedSize = 200;

const unknownNetwork = () =>
  new ApiError(
    404,
    "not_found",
    "We could not find this network. Check the network name in the tag.",
  );

/** An organiser as its events' cards show it: its name and its own colours, nothing else. */
function toNetworkOrganiser(organiser: CatalogueOrganiser): NetworkOrganiser {
  const colours = Object.fromEntries(
    Object.entries(organiser.theme).filter(([token]) => token.startsWith("color-")),
  );
  return { slug: organiser.slug, name: organiser.name, colours };
}

const networkSlug = (c: { req: { param: (name: "network") => string | undefined } }) =>
  c.req.param("network") ?? "";

/**
 * A network's catalogue (`/networks/:network`): the upcoming events of the network and of every
 * organisation that joined it and lists them, each signed up for with its own organiser exactly
 * as on the organiser's own page (the network's websites may send those sign-ups too).
 */
export const networkRoutes = new Hono<AppEnv>()
  .get(
    "/:network/events",
    // Never from a cache: a member that leaves, or an event the network hides, is gone at once.
    ...revalidatedPublicRead,
    validate("query", networkEventListQuerySchema),
    async (c) => {
      const query = c.req.valid("query");
      const now = Date.now();
      const limit = query.limit ?? defaultPageSize;
      const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor);
      const catalogue = await listNetworkCatalogue(c.var.db, networkSlug(c), {
        organiser: query.organiser,
        kind: query.kind,
        region: query.region,
        language: query.language,
        featuredOnly: query.featured === "1",
        from: query.from === undefined ? undefined : Date.parse(query.from),
        to: query.to === undefined ? undefined : Date.parse(query.to),
        endedBefore: now,
        after: after && { startsAt: after.at, id: after.id },
        limit,
      });
      if (!catalogue) throw unknownNetwork();
      const origin = new URL(c.req.url).origin;
      const organisers = catalogue.organisers.map(toNetworkOrganiser);
      const bySlug = new Map(organisers.map((organiser) => [organiser.slug, organiser]));
      const page = catalogue.events.slice(0, limit);
      const last = page.at(-1);
      const toNetworkEvent = (event: CatalogueEvent) => ({
        ...toPublicEvent(event, {
          locale: query.lang ?? catalogue.defaultLocale,
          fallbackLocale: event.organiserLocale,
          now,
          origin,
          organisationSlug: event.organiserSlug,
          retentionDays: event.organiserRetentionDays,
          requestedLocale: query.lang,
        }),
        organiser: bySlug.get(event.organiserSlug) ?? {
          slug: event.organiserSlug,
          name: event.organiserSlug,
          colours: {},
        },
        featured: event.featured === 1,
      });
      return c.json<NetworkEventListResponse, 200>(
        {
          network: { slug: catalogue.slug, name: catalogue.name, timeZone: catalogue.timeZone },
          defaultLocale: catalogue.defaultLocale,
          // The network's websites may send sign-ups for every member's events.
          signupOrigins: catalogue.allowedOrigins,
          signupPageUrl: `${origin}/signup/?network=${encodeURIComponent(catalogue.slug)}`,
          organisers,
          events: page.map(toNetworkEvent),
          nextCursor:
            catalogue.events.length > limit && last
              ? encodeCursor({ at: last.startsAt, id: last.id })
              : null,
        },
        200,
      );
    },
  )
  .get(
    "/:network/calendar.ics",
    ...publicRead,
    validate("query", eventDetailQuerySchema),
    async (c) => {
      const now = Date.now();
      const catalogue = await listNetworkCatalogue(c.var.db, networkSlug(c), {
        endedBefore: now,
        limit: feedSize,
      });
      if (!catalogue) throw unknownNetwork();
      const host = new URL(c.req.url).hostname;
      const locale = c.req.valid("query").lang ?? catalogue.defaultLocale;
      const events = catalogue.events
        .slice(0, feedSize)
        .map((event) =>
          toCalendarEvent(
            event,
            calendarText(event, locale, event.organiserLocale),
            eventUid(event.id, host),
          ),
        );
      return c.body(renderCalendar(events, { now, name: catalogue.name }), 200, {
        "Content-Type": "text/calendar; charset=utf-8",
      });
    },
  );
