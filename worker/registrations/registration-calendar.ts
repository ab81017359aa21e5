import { resolveText } from "../../i18n/content.js";
import type { RegistrationMessageData } from "../notifications/message-context-queries.js";
import { hmacSha256Base64Url } from "../lib/crypto.js";
import { calendarText, registrationUid, toCalendarEvent } from "../events/event-calendar.js";
import type { CalendarEvent } from "../lib/ics.js";

/**
 * A person's own calendar entry for their sign-up: one UID per registration, the same in the file
 * the widgets offer and in every email's invite, so a cancellation removes the entry it added;
 * words in the person's language.
 */
export function registrationCalendarEntry(
  data: RegistrationMessageData,
  host: string,
  options: { cancelled?: boolean } = {},
): CalendarEvent {
  return toCalendarEvent(
    { ...data, ...ownTimeAndPlace(data), id: data.eventId, status: data.eventStatus },
    calendarText(data, data.locale, data.defaultLocale),
    registrationUid(data.registrationId, host),
    { cancelled: options.cancelled ?? data.status === "cancelled" },
  );
}

/**
 * A visit's entry starts where and when the person's day does: a group's at their pick-up, a
 * host's at their stop (until the group moves on). Everyone else's is the event's.
 */
function ownTimeAndPlace(data: RegistrationMessageData) {
  const visit = data.visit;
  if (visit?.audience === "visitor" && visit.pickup) {
    return {
      startsAt: visit.pickup.at,
      venueName: visit.pickup.name,
      venueAddress: visit.pickup.address,
    };
  }
  if (visit?.audience === "host" && visit.stop) {
    const { stop } = visit;
    const next = visit.outline.find((later) => later.at > stop.at);
    return {
      startsAt: stop.at,
      endsAt: next?.at ?? data.endsAt,
      venueName: resolveText(stop.place, data.locale, data.defaultLocale).text,
      venueAddress: stop.address,
    };
  }
  return {};
}

/** The secret of a sign-up's calendar link: it opens the file only, never the manage page. */
export const registrationCalendarKey = (secret: string, registrationId: string) =>
  hmacSha256Base64Url(secret, `registration-calendar:${registrationId}`);

export async function registrationCalendarUrl(
  origin: string,
  secret: string,
  registrationId: string,
): Promise<string> {
  const key = await registrationCalendarKey(secret, registrationId);
  return `${origin}/api/v1/registrations/${encodeURIComponent(registrationId)}/calendar.ics?key=${key}`;
}
