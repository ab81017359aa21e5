import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type { EventKind } from "../../schema/contracts/events.js";
import { eventFieldsJson, slotsJson, visitJson } from "./event-json.js";

/** An event as organisers see it: every field, every locale, every slot with its counters. */
export interface AdminEventRow {
  id: string;
  kind: EventKind;
  status: "draft" | "published" | "cancelled";
  title: LocaleText;
  summary: LocaleText;
  description: LocaleText;
  venueName: string | null;
  venueAddress: string | null;
  region: string | null;
  onlineUrl: string | null;
  feedbackUrl: string | null;
  whatToBring: LocaleText;
  dayContact: string | null;
  cookDeadline: number | null;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  signupOpensAt: number | null;
  signupClosesAt: number | null;
  languages: string[];
  interpretation: string[];
  accessibilityNotes: LocaleText;
  cancellationMessage: LocaleText | null;
  version: number;
  createdAt: number;
  updatedAt: number;
  itinerary: {
    id: string;
    position: number;
    place: LocaleText;
    address: string | null;
    arrivesAt: number;
    activity: LocaleText;
    accessibility: LocaleText;
  }[];
  pickupPoints: {
    id: string;
    position: number;
    name: string;
    address: string | null;
    departsAt: number;
  }[];
  slots: {
    id: string;
    label: LocaleText;
    startsAt: number;
    endsAt: number;
    audience: string;
    stopId: string | null;
    roleId: string | null;
    minimum: number;
    capacity: number;
    taken: number;
    waitlistCapacity: number;
    waitlistTaken: number;
    /** Registrations of any status: a slot with any cannot be removed. */
    registrations: number;
  }[];
}

/** Everything about an event for its organisers, with every slot and how many signed up. */
const adminEventJson = `json_object(${eventFieldsJson},
  'feedbackUrl', e.feedback_url, 'cookDeadline', e.cook_deadline,
  'whatToBring', json(e.what_to_bring), 'dayContact', e.day_contact,
  'cancellationMessage', json(e.cancellation_message), 'version', e.version, 'createdAt', e.created_at,
  'slots', ${slotsJson("1", ", 'registrations', (SELECT COUNT(*) FROM registrations r WHERE r.slot_id = s.id)")},
  ${visitJson}
)`;

async function selectAdminEvents(
  db: D1Database,
  where: string,
  binds: unknown[],
): Promise<AdminEventRow[]> {
  const { results } = await db
    .prepare(`SELECT ${adminEventJson} AS event FROM events e WHERE ${where}`)
    .bind(...binds)
    .all<{ event: string }>();
  return results.map((row) => JSON.parse(row.event) as AdminEventRow);
}

/** Every event of the organisation: upcoming ones soonest first, then past ones latest first. */
export function listAdminEvents(
  db: D1Database,
  organisationId: string,
  now: number,
): Promise<AdminEventRow[]> {
  return selectAdminEvents(
    db,
    `e.organisation_id = ?1
     ORDER BY e.ends_at < ?2, CASE WHEN e.ends_at < ?2 THEN -e.starts_at ELSE e.starts_at END, e.id`,
    [organisationId, now],
  );
}

export async function findAdminEvent(
  db: D1Database,
  organisationId: string,
  eventId: string,
): Promise<AdminEventRow | null> {
  const [event] = await selectAdminEvents(db, "e.organisation_id = ?1 AND e.id = ?2", [
    organisationId,
    eventId,
  ]);
  return event ?? null;
}
