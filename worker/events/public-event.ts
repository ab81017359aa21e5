import * as v from "valibot";
import type { PublicEvent } from "../../schema/contracts/events.js";
import { localeSchema } from "../../schema/contracts/locale-text.js";
import { resolveText, type ResolvedText } from "../../i18n/content.js";
import { toPublicQuestion } from "../questions/public-question.js";
import type { EventWithSlots } from "./event-queries.js";
import { isSignupOpen } from "./signup-window.js";

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

/** An event's public calendar file, its words in `locale` when one is given. */
export function eventCalendarUrl(
  origin: string,
  organisationSlug: string,
  eventId: string,
  locale?: string,
): string {
  const url = `${origin}/api/v1/orgs/${encodeURIComponent(organisationSlug)}/events/${encodeURIComponent(eventId)}/calendar.ics`;
  return locale && v.is(localeSchema, locale) ? `${url}?lang=${encodeURIComponent(locale)}` : url;
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
    retentionDays: number;
    /** The reader's language when the request named one: the calendar file speaks it too. */
    requestedLocale?: string | undefined;
  },
): PublicEvent {
  const text = (value: Record<string, string>) =>
    resolveText(value, context.locale, context.fallbackLocale);
  const title = text(event.title);
  const summary = text(event.summary);
  const description = text(event.description);
  const accessibilityNotes = text(event.accessibilityNotes);
  return {
    id: event.id,
    kind: event.kind,
    status: event.status,
    langs: {
      title: title.lang,
      summary: summary.lang,
      description: description.lang,
      accessibilityNotes: accessibilityNotes.lang,
    },
    title: title.text,
    summary: summary.text,
    description: description.text,
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
    accessibilityNotes: accessibilityNotes.text,
    calendarUrl: eventCalendarUrl(
      context.origin,
      context.organisationSlug,
      event.id,
      context.requestedLocale,
    ),
    retentionDays: context.retentionDays,
    series: event.series,
    itinerary: event.itinerary.map((stop) => {
      const [place, activity, accessibility] = [stop.place, stop.activity, stop.accessibility].map(
        text,
      ) as [ResolvedText, ResolvedText, ResolvedText];
      return {
        id: stop.id,
        position: stop.position,
        place: place.text,
        address: stop.address,
        arrivesAt: iso(stop.arrivesAt),
        activity: activity.text,
        accessibility: accessibility.text,
        langs: { place: place.lang, activity: activity.lang, accessibility: accessibility.lang },
      };
    }),
    pickupPoints: event.pickupPoints.map((point) => ({
      id: point.id,
      name: point.name,
      address: point.address,
      departsAt: iso(point.departsAt),
    })),
    questions: event.questions.map((question) =>
      toPublicQuestion(
        {
          ...question,
          choices: question.choices ?? [],
          required: question.required === 1,
          sensitive: question.sensitive === 1,
        },
        text,
      ),
    ),
    slots: event.slots.map((slot) => ({
      id: slot.id,
      label: text(slot.label).text,
      labelLang: text(slot.label).lang,
      startsAt: iso(slot.startsAt),
      endsAt: iso(slot.endsAt),
      audience: slot.audience,
      stopId: slot.stopId,
      capacity: slot.capacity,
      remaining: slot.capacity - slot.taken,
      waitlistCapacity: slot.waitlistCapacity,
      waitlistRemaining: slot.waitlistCapacity - slot.waitlistTaken,
      held: slot.held,
    })),
  };
}
