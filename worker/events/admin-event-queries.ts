import type { EventSeriesLink } from "../../schema/contracts/series.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";
import type { EventKind } from "../../schema/contracts/events.js";
import type { SlotRow } from "./event-json.js";
import { eventFieldsJson, slotsJson, visitJson } from "./event-json.js";

/** A slot as organisers see it, with its counters. */
export type AdminSlotRow = SlotRow;

/** An event as organisers see it: every field, every locale, every slot with its counters. */
export interface AdminEventRow<Slot extends AdminSlotRow = AdminSlotRow> {
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
  waitlistOfferHours: number | null;
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
  /** The series this date belongs to; null for a one-off event. */
  series: EventSeriesLink | null;
  /** Whether the networks its organisation joined list it: null follows each one's default. */
  networkListing: "listed" | "unlisted" | null;
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
  slots: Slot[];
}

/** Everything about an event for its organisers, with every slot; `slotExtra` adds to each slot. */
const adminEventJson = (slotExtra: string) => `json_object(${eventFieldsJson},
  'feedbackUrl', e.feedback_url, 'cookDeadline', e.cook_deadline,
  'whatToBring', json(e.what_to_bring), 'dayContact', e.day_contact,
  'waitlistOfferHours', e.waitlist_offer_hours, 'networkListing', e.network_listing,
  'cancellationMessage', json(e.cancellation_message), 'version', e.version, 'createdAt', e.created_at,
  'slots', ${slotsJson("1", slotExtra)},
  ${visitJson}
)`;

function adminEventsStatement(
  db: D1Database,
  where: string,
  binds: unknown[],
  slotExtra = "",
): D1PreparedStatement {
  return db
    .prepare(`SELECT ${adminEventJson(slotExtra)} AS event FROM events e WHERE ${where}`)
    .bind(...binds);
}

/** `adminEventsStatement`'s rows, each event read from its JSON. */
export function parseAdminEvents<Row extends AdminEventRow = AdminEventRow>(
  rows: unknown[],
): Row[] {
  return (rows as { event: string }[]).map((row) => JSON.parse(row.event) as Row);
}

async function selectAdminEvents<Row extends AdminEventRow = AdminEventRow>(
  db: D1Database,
  where: string,
  binds: unknown[],
  slotExtra = "",
): Promise<Row[]> {
  const { results } = await adminEventsStatement(db, where, binds, slotExtra).all();
  return parseAdminEvents<Row>(results);
}

/** Where the organisers' list is: coming events or past ones, after the page that ended at `after`. */
export interface AdminEventListPage {
  when: "upcoming" | "past";
  after: { at: number; id: string } | undefined;
  limit: number;
}

/**
 * One page of the organisation's events (by its slug, so it can run in the batch that admits the
 * member, `batchAsMember`): coming ones (not ended yet) soonest first, or past ones latest first,
 * keyset-paged on (start, id) and (end, id). Places come from the slots' counters; nothing is
 * counted row by row. Asks for one more than `limit`, to know whether a page follows.
 */
export function adminEventsPageStatement(
  db: D1Database,
  organisationSlug: string,
  now: number,
  page: AdminEventListPage,
): D1PreparedStatement {
  const { after } = page;
  const where =
    page.when === "upcoming"
      ? `e.ends_at >= ?2 ${after ? "AND (e.starts_at > ?4 OR (e.starts_at = ?4 AND e.id > ?5))" : ""}
         ORDER BY e.starts_at, e.id LIMIT ?3`
      : `e.ends_at < ?2 ${after ? "AND (e.ends_at < ?4 OR (e.ends_at = ?4 AND e.id < ?5))" : ""}
         ORDER BY e.ends_at DESC, e.id DESC LIMIT ?3`;
  return adminEventsStatement(
    db,
    `e.organisation_id = (SELECT id FROM organisations WHERE slug = ?1) AND ${where}`,
    [organisationSlug, now, page.limit + 1, ...(after ? [after.at, after.id] : [])],
  );
}

/**
 * One event for its editor: each slot also counts its registrations of any status, since a slot
 * with any cannot be removed.
 */
export type EditableEventRow = AdminEventRow<AdminSlotRow & { registrations: number }>;

export async function findAdminEvent(
  db: D1Database,
  organisationId: string,
  eventId: string,
): Promise<EditableEventRow | null> {
  const [event] = await selectAdminEvents<EditableEventRow>(
    db,
    "e.organisation_id = ?1 AND e.id = ?2",
    [organisationId, eventId],
    ", 'registrations', (SELECT COUNT(*) FROM registrations r WHERE r.slot_id = s.id)",
  );
  return event ?? null;
}

/**
 * The other dates of a series an edit applies to, for their editor (as `findAdminEvent`): with
 * `from`, those starting after it (this and following); without, every date not over by `now`.
 * Cancelled dates stay as they are.
 */
export function findSeriesDatesToEdit(
  db: D1Database,
  organisationId: string,
  target: { seriesId: string; exceptId: string; from: number | null; now: number },
): Promise<EditableEventRow[]> {
  return selectAdminEvents<EditableEventRow>(
    db,
    `e.series_id = ?1 AND e.organisation_id = ?2 AND e.id <> ?3 AND e.status <> 'cancelled'
       AND e.ends_at > ?5 AND (?4 IS NULL OR e.starts_at > ?4)
     ORDER BY e.starts_at, e.id`,
    [target.seriesId, organisationId, target.exceptId, target.from, target.now],
    ", 'registrations', (SELECT COUNT(*) FROM registrations r WHERE r.slot_id = s.id)",
  );
}

/**
 * Publishes or cancels an event, only from the version the organiser saw (`meta.changes` 0
 * otherwise); a cancellation keeps the organisers' message and bumps the calendar files' SEQUENCE.
 * Hand-written: the version guard is the point of the statement.
 */
export function statusChangeStatement(
  db: D1Database,
  change: {
    eventId: string;
    organisationId: string;
    to: "published" | "cancelled";
    message: LocaleText | null;
    version: number;
    now: number;
  },
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE events SET status = ?1, cancellation_message = COALESCE(?2, cancellation_message),
              calendar_sequence = calendar_sequence + (?1 = 'cancelled'),
              version = version + 1, updated_at = ?3
        WHERE id = ?4 AND organisation_id = ?5 AND version = ?6`,
    )
    .bind(
      change.to,
      change.message ? JSON.stringify(change.message) : null,
      change.now,
      change.eventId,
      change.organisationId,
      change.version,
    );
}
