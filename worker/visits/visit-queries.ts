import { and, eq, isNotNull, ne } from "drizzle-orm";
import { registrations } from "../../schema/tables/index.js";
import { orm } from "../db/orm.js";
import type { LocaleText } from "../../schema/contracts/locale-text.js";

/** Confirmed sign-ups of a visit with what the needs board and the manifest read. */
export interface VisitRegistrationRow {
  id: string;
  shortCode: string | null;
  audience: string;
  slotId: string;
  stopId: string | null;
  name: string;
  phone: string | null;
  adults: number;
  children: number;
  languages: string[];
  interpreterLanguage: string | null;
  dietaryNeeds: string | null;
  pickupPointId: string | null;
  offer: string | null;
  wheelchairPlaces: number;
}

type Row = Omit<VisitRegistrationRow, "languages"> & { languages: string | null };

export async function listConfirmedVisitRegistrations(
  db: D1Database,
  eventId: string,
): Promise<VisitRegistrationRow[]> {
  const { results } = await db
    .prepare(
      `SELECT r.id, r.short_code AS shortCode, s.audience, r.slot_id AS slotId, s.stop_id AS stopId,
              r.name, r.phone, r.adults, r.children, r.languages,
              r.interpreter_language AS interpreterLanguage, r.dietary_needs AS dietaryNeeds,
              r.pickup_point_id AS pickupPointId, r.offer, r.wheelchair_places AS wheelchairPlaces
         FROM registrations r JOIN slots s ON s.id = r.slot_id
        WHERE r.event_id = ?1 AND r.status = 'confirmed' AND r.erased_at IS NULL
        ORDER BY r.created_at, r.rowid`,
    )
    .bind(eventId)
    .all<Row>();
  return results.map((row) => ({
    ...row,
    languages: row.languages ? (JSON.parse(row.languages) as string[]) : [],
  }));
}

export interface StopRow {
  id: string;
  place: LocaleText;
  address: string | null;
  arrivesAt: number;
}

/** Pick-up points someone is booked on: the itinerary may not remove them. */
export async function pickupPointsInUse(db: D1Database, eventId: string): Promise<Set<string>> {
  const rows = await orm(db)
    .selectDistinct({ id: registrations.pickupPointId })
    .from(registrations)
    .where(
      and(
        eq(registrations.eventId, eventId),
        isNotNull(registrations.pickupPointId),
        ne(registrations.status, "cancelled"),
      ),
    )
    .all();
  return new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
}
