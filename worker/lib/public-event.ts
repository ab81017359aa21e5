import type { PublicEvent } from "../../schema/contracts/events.js";
import { resolveText } from "../../i18n/content.js";
import type { EventWithSlots } from "../queries/events.js";

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** Sign-ups close when the event starts unless the organiser closed them earlier. */
export function isSignupOpen(
  event: Pick<EventWithSlots, "status" | "startsAt" | "signupOpensAt" | "signupClosesAt">,
  now: number,
): boolean {
  return (
    event.status === "published" &&
    (event.signupOpensAt === null || now >= event.signupOpensAt) &&
    now < (event.signupClosesAt ?? event.startsAt)
  );
}

export function eventCalendarUrl(
  origin: string,
  organisationSlug: string,
  eventId: string,
): string {
  return `${origin}/api/v1/orgs/${encodeURIComponent(organisationSlug)}/events/${encodeURIComponent(eventId)}/calendar.ics`;
}

/** Maps an event to its public wire shape, with texts in `locale` (or the fallback). */
export function toPublicEvent(
  event: EventWithSlots,
  context: {
    locale: string;
    fallbackLocale: string;
    now: number;
    origin: string;
    organisationSlug: string;
  },
): PublicEvent {
  const text = (value: Record<string, string>) =>
    resolveText(value, context.locale, context.fallbackLocale);
  const title = text(event.title);
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    contentLocale: title.lang,
    title: title.text,
    summary: text(event.summary).text,
    description: text(event.description).text,
    venueName: event.venueName,
    venueAddress: event.venueAddress,
    region: event.region,
    onlineUrl: event.onlineUrl,
    startsAt: iso(event.startsAt),
    endsAt: iso(event.endsAt),
    timeZone: event.timeZone,
    signupOpensAt: isoOrNull(event.signupOpensAt),
    signupClosesAt: isoOrNull(event.signupClosesAt),
    signupOpen: isSignupOpen(event, context.now),
    languages: event.languages,
    interpretation: event.interpretation,
    accessibilityNotes: text(event.accessibilityNotes).text,
    calendarUrl: eventCalendarUrl(context.origin, context.organisationSlug, event.id),
    itinerary: event.itinerary.map((stop) => ({
      id: stop.id,
      position: stop.position,
      place: text(stop.place).text,
      address: stop.address,
      arrivesAt: iso(stop.arrivesAt),
      activity: text(stop.activity).text,
      accessibility: text(stop.accessibility).text,
    })),
    pickupPoints: event.pickupPoints.map((point) => ({
      id: point.id,
      name: point.name,
      address: point.address,
      departsAt: iso(point.departsAt),
    })),
    slots: event.slots.map((slot) => ({
      id: slot.id,
      label: text(slot.label).text,
      startsAt: iso(slot.startsAt),
      endsAt: iso(slot.endsAt),
      audience: slot.audience,
      stopId: slot.stopId,
      capacity: slot.capacity,
      remaining: slot.capacity - slot.taken,
      waitlistCapacity: slot.waitlistCapacity,
      waitlistRemaining: slot.waitlistCapacity - slot.waitlistTaken,
    })),
  };
}
