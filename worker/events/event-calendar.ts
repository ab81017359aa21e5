import { resolveText, type LocaleText } from "../../i18n/content.js";
import type { CalendarEvent } from "../lib/ics.js";

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

/** The words of a calendar entry, each with the language it is really written in. */
export interface CalendarText {
  title: string;
  titleLang?: string;
  description: string;
  descriptionLang?: string;
}

/** An event's title and summary in the reader's language, or what each falls back to. */
export function calendarText(
  event: { title: LocaleText; summary: LocaleText },
  locale: string,
  defaultLocale: string,
): CalendarText {
  const title = resolveText(event.title, locale, defaultLocale);
  const description = resolveText(event.summary, locale, defaultLocale);
  return {
    title: title.text,
    titleLang: title.lang,
    description: description.text,
    descriptionLang: description.lang,
  };
}

/**
 * An event as a calendar entry. `uid` is the event's own for public files, or the registration's
 * for a person's file, so cancelling one sign-up removes only that person's entry.
 */
export function toCalendarEvent(
  event: CalendarSource,
  text: CalendarText,
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
    titleLang: text.titleLang,
    description: text.description,
    descriptionLang: text.descriptionLang,
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
