import type { AdminEvent } from "../../schema/contracts/admin/events.js";
import type { AdminEventRow, AdminSlotRow } from "./admin-event-queries.js";

/** A slot as read for the list (counters only) or for the editor (with its registrations). */
type EditableSlot = AdminSlotRow & { registrations?: number };

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** Maps a stored event to the organiser wire shape, flagging locales without a title. */
export function toAdminEvent(row: AdminEventRow, organisationLocales: string[]): AdminEvent {
  return {
    ...row,
    startsAt: iso(row.startsAt),
    endsAt: iso(row.endsAt),
    signupOpensAt: isoOrNull(row.signupOpensAt),
    signupClosesAt: isoOrNull(row.signupClosesAt),
    cookDeadline: isoOrNull(row.cookDeadline),
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    // The editor's count of a slot's registrations stays on the server.
    slots: row.slots.map(({ registrations: _registrations, ...slot }: EditableSlot) => ({
      ...slot,
      startsAt: iso(slot.startsAt),
      endsAt: iso(slot.endsAt),
    })),
    missingTranslations: organisationLocales.filter((locale) => !row.title[locale]?.trim()),
    itinerary: row.itinerary.map((stop) => ({ ...stop, arrivesAt: iso(stop.arrivesAt) })),
    pickupPoints: row.pickupPoints.map((point) => ({ ...point, departsAt: iso(point.departsAt) })),
  };
}
