import type { CalendarEvent } from "./ics.js";

export interface CalendarSource {
  id: string;
  startsAt: number;
  endsAt: number;
  timeZone: string;
  venueName: string | null;
  venueAddress: string | null;
  onlineUrl: string | null;
  status: string;
  updatedAt: number;
  calendarSequence: number;
}

/**
 * An event as a calendar entry. `uid` is the event's own for public files, or the registration's
 * for a person's file, so cancelling one sign-up removes only that person's entry.
 */
export function toCalendarEvent(
  event: CalendarSource,
  text: { title: string; description: string },
  uid: string,
  options: { cancelled?: boolean } = {},
): CalendarEvent {
  const cancelled = options.cancelled ?? event.status === "cancelled";
  return {
    uid,
    startsAt: event.startsAt,
    endsAt: event.endsAt,
    timeZone: event.timeZone,
    title: text.title,
    description: text.description,
    location: [event.venueName, event.venueAddress].filter(Boolean).join(", ") || event.onlineUrl,
    url: event.onlineUrl,
    cancelled,
    updatedAt: event.updatedAt,
    // A cancelled copy must outrank the last one the calendar saw.
    sequence: event.calendarSequence + (cancelled && event.status !== "cancelled" ? 1 : 0),
  };
}

export const eventUid = (eventId: string, host: string) => `${eventId}@${host}`;
export const registrationUid = (registrationId: string, host: string) =>
  `${registrationId}@${host}`;
