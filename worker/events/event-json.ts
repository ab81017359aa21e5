import type { LocaleText } from "../../schema/contracts/locale-text.js";

/**
 * SQL fragments that build an event's JSON inside SQLite (`e` is the events row), so a page of
 * events with their slots and itineraries is one query. Shared by the public and organiser reads.
 */

/**
 * The series a date belongs to (`EventSeriesLink`), or null: its number among the series' dates
 * and how many there are, as the writes keep them (one row of the series, by its key).
 */
const seriesJson = `json((SELECT json_object(
    'id', s.id, 'position', e.series_position, 'total', s.date_count,
    'blockSignup', json(CASE WHEN s.block_signup THEN 'true' ELSE 'false' END))
  FROM event_series s WHERE s.id = e.series_id))`;

/** The fields everyone may see. */
export const eventFieldsJson = `
  'id', e.id, 'kind', e.kind, 'status', e.status,
  'title', json(e.title), 'summary', json(e.summary), 'description', json(e.description),
  'venueName', e.venue_name, 'venueAddress', e.venue_address, 'region', e.region,
  'onlineUrl', e.online_url, 'startsAt', e.starts_at, 'endsAt', e.ends_at, 'timeZone', e.time_zone,
  'signupOpensAt', e.signup_opens_at, 'signupClosesAt', e.signup_closes_at,
  'languages', json(e.languages), 'interpretation', json(e.interpretation),
  'accessibilityNotes', json(e.accessibility_notes), 'updatedAt', e.updated_at,
  'series', ${seriesJson}`;

/** A slot as `slotsJson` builds it: times in ms, label per language, its counters. */
export interface SlotRow {
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
  /** Of `taken`: held for parties offered a freed place, not yet accepted. */
  held: number;
}

/** The event's slots matching `condition` (on `slots`), soonest first; `extra` adds fields. */
export function slotsJson(condition: string, extra = ""): string {
  return `(SELECT json_group_array(json_object(
      'id', s.id, 'label', json(s.label), 'startsAt', s.starts_at, 'endsAt', s.ends_at,
      'audience', s.audience, 'stopId', s.stop_id, 'roleId', s.role_id, 'minimum', s.minimum,
      'capacity', s.capacity, 'taken', s.taken,
      'waitlistCapacity', s.waitlist_capacity, 'waitlistTaken', s.waitlist_taken,
      'held', s.held${extra}))
    FROM (SELECT * FROM slots WHERE event_id = e.id AND ${condition} ORDER BY starts_at, id) AS s)`;
}

/** A visit's stops and pick-up points, in order (empty arrays for other kinds). */
export const visitJson = `
  'itinerary', (SELECT json_group_array(json_object(
      'id', v.id, 'position', v.position, 'place', json(v.place), 'address', v.address,
      'arrivesAt', v.arrives_at, 'activity', json(v.activity), 'accessibility', json(v.accessibility)))
    FROM (SELECT * FROM visit_stops WHERE event_id = e.id ORDER BY position) AS v),
  'pickupPoints', (SELECT json_group_array(json_object(
      'id', p.id, 'position', p.position, 'name', p.name, 'address', p.address,
      'departsAt', p.departs_at))
    FROM (SELECT * FROM pickup_points WHERE event_id = e.id ORDER BY position) AS p)`;
