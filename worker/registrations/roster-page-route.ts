import { Hono } from "hono";
import type { RosterResponse } from "../../schema/contracts/admin/roster.js";
import { rosterPageSize, rosterQuerySchema } from "../../schema/contracts/admin/roster.js";
import type { AppEnv } from "../http/app-env.js";
import { idParam } from "../http/id-param.js";
import { offsetCursor, offsetOf } from "../http/page-cursor.js";
import { batchAsMember, requireSessionCookie } from "../http/require-session.js";
import { validate } from "../http/validate.js";
import { eventInPath, foundEvent } from "../events/load-event.js";
import { memberReadAuditStatement } from "../organisers/record-read.js";
import { parseRoster, parseTotals, selectRoster, selectRosterTotals } from "./roster-queries.js";

/**
 * A page of an event's roster — the dashboard's busiest read, at the door too — in one D1 round
 * trip: the member check (`batchAsMember`, so this route is mounted before `requireMember`), the
 * audit row, the event within the organisation, the page and the totals.
 */
export const rosterPageRoute = new Hono<AppEnv>().get(
  "/events/:eventId/registrations",
  requireSessionCookie,
  validate("query", rosterQuerySchema),
  async (c) => {
    const eventId = idParam(c, "eventId", "We could not find this event.");
    const { cursor, ...filter } = c.req.valid("query");
    const offset = offsetOf(cursor);
    // One more than a page, to know whether another follows.
    const page = { limit: rosterPageSize + 1, offset };
    const db = c.var.db;
    const [, event, rows, totals] = await batchAsMember(c, "roster.read", (claim) => {
      const scope = { organisationSlug: claim.slug, eventId };
      return [
        // First: if the row cannot be written, nothing is read.
        memberReadAuditStatement(db, claim, "roster.read", "roster.viewed", eventId),
        eventInPath(c),
        selectRoster(db, scope, filter, page),
        selectRosterTotals(db, scope),
      ];
    });
    foundEvent(event!.results[0]);
    const entries = parseRoster(rows!.results);
    return c.json<RosterResponse, 200>(
      {
        entries: entries.slice(0, rosterPageSize),
        totals: parseTotals(totals!.results),
        nextCursor: entries.length > rosterPageSize ? offsetCursor(offset + rosterPageSize) : null,
      },
      200,
    );
  },
);
