import { Hono } from "hono";
import type { AdminEventListResponse } from "../../schema/contracts/admin/events.js";
import {
  adminEventListQuerySchema,
  adminEventPageSize,
} from "../../schema/contracts/admin/events.js";
import type { AppEnv } from "../http/app-env.js";
import { decodeCursor, encodeCursor } from "../http/page-cursor.js";
import { batchAsMember, requireSessionCookie } from "../http/require-session.js";
import { validate } from "../http/validate.js";
import { toAdminEvent } from "./admin-event.js";
import { adminEventsPageStatement, parseAdminEvents } from "./admin-event-queries.js";

/**
 * The dashboard's first read, its events list, in one D1 round trip: the member check
 * (`batchAsMember`, so this route is mounted before `requireMember`) and the page.
 */
export const adminEventListRoute = new Hono<AppEnv>().get(
  "/events",
  requireSessionCookie,
  validate("query", adminEventListQuerySchema),
  async (c) => {
    const { when, cursor } = c.req.valid("query");
    const page = {
      when,
      after: cursor === undefined ? undefined : decodeCursor(cursor),
      limit: adminEventPageSize,
    };
    const now = Date.now();
    const [listed] = await batchAsMember(c, "events.read", (claim) => [
      adminEventsPageStatement(c.var.db, claim.slug, now, page),
    ]);
    const rows = parseAdminEvents(listed!.results);
    const events = rows.slice(0, adminEventPageSize);
    const last = events.at(-1);
    const nextCursor =
      rows.length > adminEventPageSize && last
        ? encodeCursor({ at: when === "upcoming" ? last.startsAt : last.endsAt, id: last.id })
        : null;
    return c.json<AdminEventListResponse, 200>(
      {
        events: events.map((event) => toAdminEvent(event, c.var.organisation.locales)),
        nextCursor,
      },
      200,
    );
  },
);
