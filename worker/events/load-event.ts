import type { Context } from "hono";
import type { EventKind } from "../../schema/contracts/events.js";
import type { EditableEventRow } from "./admin-event-queries.js";
import { findAdminEvent } from "./admin-event-queries.js";
import { firstRow } from "../db/first-row.js";
import type { AppEnv } from "../http/app-env.js";
import { ApiError } from "../http/errors.js";
import { idParam } from "../http/id-param.js";
import { organisationSlug } from "../organisations/load-organisation.js";

/** What the organiser routes need of the event in their path. */
export interface EventInPath {
  id: string;
  kind: EventKind;
  /** The title as stored (JSON, per language). */
  title: string;
  startsAt: number;
}

const notFound = (kind: EventKind | undefined) =>
  kind === "festival" ? "We could not find this festival." : "We could not find this event.";

/**
 * The event in the path, as a statement: within the organisation in the path only (the member's,
 * once admitted — it can run in the batch that admits them, `batchAsMember`).
 */
export function eventInPath(c: Context<AppEnv>, kind?: EventKind): D1PreparedStatement {
  return c.var.db
    .prepare(
      `SELECT id, kind, title, starts_at AS startsAt FROM events
        WHERE id = ?1 AND organisation_id = (SELECT id FROM organisations WHERE slug = ?2)`,
    )
    .bind(idParam(c, "eventId", notFound(kind)), organisationSlug(c));
}

/** `eventInPath`'s answer, or 404 when there was none (or one of another kind). */
export function foundEvent(row: unknown, kind?: EventKind): EventInPath {
  const event = row as EventInPath | undefined;
  if (!event || (kind !== undefined && event.kind !== kind)) {
    throw new ApiError(404, "not_found", notFound(kind));
  }
  return event;
}

/**
 * The event in the path (`:eventId`), only within the member's organisation — and, with `kind`,
 * only of that kind: another organisation's event, or a meetup at a festival's address, is 404.
 */
export async function loadEvent(c: Context<AppEnv>, kind?: EventKind): Promise<EventInPath> {
  return foundEvent(await firstRow<EventInPath>(eventInPath(c, kind)), kind);
}

/** The event in the path with everything the editor shows (slots, itinerary …). */
export async function loadAdminEvent(c: Context<AppEnv>): Promise<EditableEventRow> {
  const id = idParam(c, "eventId", notFound(undefined));
  const event = await findAdminEvent(c.var.db, c.var.organisation.id, id);
  if (!event) throw new ApiError(404, "not_found", notFound(undefined));
  return event;
}
