import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type { EventKind } from "../../schema/contracts/events.js";

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
  cookDeadline: number | null;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  signupOpensAt: number | null;
  signupClosesAt: number | null;
  languages: string[];
  interpretation: string[];
  accessibilityNotes: LocaleText;
  cancellationMessage: string | null;
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
    capacity: number;
    taken: number;
    waitlistCapacity: number;
    waitlistTaken: number;
    /** Registrations of any status: a slot with any cannot be removed. */
    registrations: number;
  }[];
}

const adminEventJson = `json_object(
  'id', e.id, 'kind', e.kind, 'status', e.status,
  'title', json(e.title), 'summary', json(e.summary), 'description', json(e.description),
  'venueName', e.venue_name, 'venueAddress', e.venue_address, 'region', e.region,
  'onlineUrl', e.online_url, 'feedbackUrl', e.feedback_url, 'cookDeadline', e.cook_deadline, 'startsAt', e.starts_at, 'endsAt', e.ends_at, 'timeZone', e.time_zone,
  'signupOpensAt', e.signup_opens_at, 'signupClosesAt', e.signup_closes_at,
  'languages', json(e.languages), 'interpretation', json(e.interpretation),
  'accessibilityNotes', json(e.accessibility_notes), 'cancellationMessage', e.cancellation_message,
  'version', e.version, 'createdAt', e.created_at, 'updatedAt', e.updated_at,
  'slots', (SELECT json_group_array(json_object(
              'id', s.id, 'label', json(s.label), 'startsAt', s.starts_at, 'endsAt', s.ends_at,
              'audience', s.audience, 'stopId', s.stop_id, 'capacity', s.capacity, 'taken', s.taken,
              'waitlistCapacity', s.waitlist_capacity, 'waitlistTaken', s.waitlist_taken,
              'registrations', (SELECT COUNT(*) FROM registrations r WHERE r.slot_id = s.id)))
              FROM (SELECT * FROM slots WHERE event_id = e.id ORDER BY starts_at, id) AS s),
  'itinerary', (SELECT json_group_array(json_object(
              'id', v.id, 'position', v.position, 'place', json(v.place), 'address', v.address,
              'arrivesAt', v.arrives_at, 'activity', json(v.activity),
              'accessibility', json(v.accessibility)))
              FROM (SELECT * FROM visit_stops WHERE event_id = e.id ORDER BY position) AS v),
  'pickupPoints', (SELECT json_group_array(json_object(
              'id', p.id, 'position', p.position, 'name', p.name, 'address', p.address,
              'departsAt', p.departs_at))
              FROM (SELECT * FROM pickup_points WHERE event_id = e.id ORDER BY position) AS p)
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
