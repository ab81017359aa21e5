import type { PublicEvent } from "../../schema/contracts/events.js";
import { offsetMinutes } from "../../schema/rules/time-zone.js";
import type { PageState } from "./page-state.js";
import { attendeeSlots } from "./page-state.js";
import { sumPlaces } from "../../schema/rules/availability.js";

const schema = "https://schema.org/";

/** `2026-12-04T18:00:00+02:00`: the wall clock of the event's own time zone, with its offset. */
export function isoWithOffset(iso: string, timeZone: string): string {
  const ms = Date.parse(iso);
  const offset = offsetMinutes(ms, timeZone);
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, "0");
  const minutes = String(Math.abs(offset) % 60).padStart(2, "0");
  return `${local}${sign}${hours}:${minutes}`;
}

function attendanceMode(event: PublicEvent): string {
  const inPerson = Boolean(event.venueName || event.venueAddress);
  if (inPerson && event.onlineUrl) return `${schema}MixedEventAttendanceMode`;
  return event.onlineUrl
    ? `${schema}OnlineEventAttendanceMode`
    : `${schema}OfflineEventAttendanceMode`;
}

/**
 * The event online: the page itself, where people sign up. The meeting link is not published
 * for search engines to spread: whoever signs up gets it.
 */
function location(event: PublicEvent, pageUrl: string): unknown[] {
  const places: unknown[] = [];
  if (event.venueName || event.venueAddress) {
    places.push({
      "@type": "Place",
      name: event.venueName ?? event.venueAddress,
      ...(event.venueAddress
        ? { address: { "@type": "PostalAddress", streetAddress: event.venueAddress } }
        : {}),
    });
  }
  if (event.onlineUrl) places.push({ "@type": "VirtualLocation", url: pageUrl });
  return places;
}

export interface JsonLdContext {
  pageUrl: string;
  state: PageState;
  organisation: { name: string; url: string };
}

/**
 * schema.org `Event`, so a search engine or a chat app shows the title, date and place. Free:
 * one `Offer` at price 0 whose availability follows the places (sold out when neither a place
 * nor the waitlist is left).
 */
export function eventJsonLd(event: PublicEvent, context: JsonLdContext): Record<string, unknown> {
  const places = sumPlaces(attendeeSlots(event));
  const where = location(event, context.pageUrl);
  // A waitlist is no place: only places left are in stock.
  const availability =
    context.state.kind === "open" && places.remaining > 0
      ? "InStock"
      : context.state.kind === "not_open_yet"
        ? "PreOrder"
        : "SoldOut";
  const about = event.summary || event.description;
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    ...(about ? { description: about } : {}),
    url: context.pageUrl,
    startDate: isoWithOffset(event.startsAt, event.timeZone),
    endDate: isoWithOffset(event.endsAt, event.timeZone),
    eventStatus: `${schema}${event.status === "cancelled" ? "EventCancelled" : "EventScheduled"}`,
    eventAttendanceMode: attendanceMode(event),
    ...(where.length > 0 ? { location: where.length === 1 ? where[0] : where } : {}),
    inLanguage: event.languages.length > 0 ? event.languages : [event.langs.title],
    organizer: { "@type": "Organization", ...context.organisation },
    isAccessibleForFree: true,
    // An event nobody signs up for (people just come) offers no places to count.
    ...(context.state.kind === "no_signup"
      ? {}
      : {
          offers: {
            "@type": "Offer",
            price: 0,
            // Hearth's sign-ups are free; the currency is where its festivals' prices are (euros).
            priceCurrency: "EUR",
            availability: `${schema}${availability}`,
            url: context.pageUrl,
            ...(event.signupOpensAt
              ? { validFrom: isoWithOffset(event.signupOpensAt, event.timeZone) }
              : {}),
          },
          remainingAttendeeCapacity: places.remaining,
        }),
  };
}

/**
 * JSON inside `<script>`: `<` written as `\u003c` (no `</script>` or `<!--` can close or bend
 * the element), and the two line separators JavaScript once refused.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
