import type { Manifest } from "../../schema/contracts/admin/visits.js";
import type { AdminEventRow } from "../events/admin-event-queries.js";
import type { VisitRegistrationRow } from "./visit-queries.js";

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The day sheet: groups per pick-up point, hosts per stop, interpreters. Only what the day needs:
 * contacts and phone numbers, party sizes, languages, wheelchair places — no emails, no needs
 * written in free text, no one's nationality or anything else.
 */
export function dayManifest(event: AdminEventRow, confirmed: VisitRegistrationRow[]): Manifest {
  const groups = confirmed.filter((row) => row.audience === "visitor");
  const toGroup = (group: VisitRegistrationRow) => ({
    code: group.shortCode,
    contact: group.name,
    phone: group.phone,
    adults: group.adults,
    children: group.children,
    languages: group.languages,
    wheelchairPlaces: group.wheelchairPlaces,
  });
  const known = new Set(event.pickupPoints.map((point) => point.id));
  const withoutPoint = groups.filter(
    (group) => !group.pickupPointId || !known.has(group.pickupPointId),
  );
  return {
    event: {
      id: event.id,
      title: event.title,
      startsAt: iso(event.startsAt),
      endsAt: iso(event.endsAt),
      timeZone: event.timeZone,
    },
    pickupPoints: [
      ...event.pickupPoints.map((point) => ({
        id: point.id,
        name: point.name,
        address: point.address,
        departsAt: iso(point.departsAt),
        groups: groups.filter((group) => group.pickupPointId === point.id).map(toGroup),
      })),
      ...(withoutPoint.length > 0
        ? [
            {
              id: null,
              name: "",
              address: null,
              departsAt: null,
              groups: withoutPoint.map(toGroup),
            },
          ]
        : []),
    ],
    stops: event.itinerary.map((stop) => ({
      id: stop.id,
      place: stop.place,
      address: stop.address,
      arrivesAt: iso(stop.arrivesAt),
      hosts: confirmed
        .filter((row) => row.audience === "host" && row.stopId === stop.id)
        .map((host) => ({ name: host.name, phone: host.phone, offer: host.offer })),
    })),
    interpreters: confirmed
      .filter((row) => row.audience === "interpreter")
      .map((interpreter) => ({
        name: interpreter.name,
        phone: interpreter.phone,
        languages: interpreter.languages,
      })),
  };
}
