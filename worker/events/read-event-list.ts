import type { Context } from "hono";
import type * as v from "valibot";
import type { EventListResponse } from "../../schema/contracts/events.js";
import type { eventListQuerySchema } from "../../schema/contracts/events.js";
import type { AppEnv } from "../http/app-env.js";
import type { PagePosition } from "../http/page-cursor.js";
import { decodeCursor, encodeCursor } from "../http/page-cursor.js";
import { organisationSlug, unknownOrganisation } from "../organisations/load-organisation.js";
import { signUpSites } from "../organisations/signup-sites.js";
import { listUpcomingEvents } from "./event-queries.js";
import { toPublicEvent } from "./public-event.js";

const defaultPageSize = 20;

const toAfter = (position: PagePosition) => ({ startsAt: position.at, id: position.id });

/** One page of the organisation's upcoming events, as `GET /events` answers it. */
export async function readEventList(
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
