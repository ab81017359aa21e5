/**
 * An event's own addresses on Hearth, relative to its origin: the worker serves them, the
 * dashboard's Share panel and the events widget's Share button link to them.
 */

/** Every generated event id starts so; the short link leaves it out. */
const idPrefix = "evt_";

/** The event's page, without a language: whoever opens it reads it in theirs. */
export const eventPagePath = (organisationSlug: string, eventId: string) =>
  `/${encodeURIComponent(organisationSlug)}/events/${encodeURIComponent(eventId)}`;

/**
 * The event's page in full, served by the server the event came from (the origin of its calendar
 * file): what a Share button shares, the widget's and the events list's first screen's.
 */
export const eventPageUrl = (
  event: { id: string; calendarUrl: string },
  organisationSlug: string,
) => `${new URL(event.calendarUrl).origin}${eventPagePath(organisationSlug, event.id)}`;

/** The page's QR code, an SVG of the short link. */
export const eventQrPath = (organisationSlug: string, eventId: string) =>
  `${eventPagePath(organisationSlug, eventId)}/qr.svg`;

/**
 * The address for a text message or a poster: `/e/8k2m…` (the id without `evt_`), which
 * redirects to the page; the worker finds the event by either form of its id.
 */
export function shortLinkPath(eventId: string): string {
  const code = eventId.startsWith(idPrefix) ? eventId.slice(idPrefix.length) : eventId;
  return `/e/${encodeURIComponent(code)}`;
}
