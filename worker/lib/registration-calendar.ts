import type { RegistrationMessageData } from "../queries/message-context.js";
import { hmacSha256Base64Url } from "./crypto.js";
import { calendarText, registrationUid, toCalendarEvent } from "./event-calendar.js";
import type { CalendarEvent } from "./ics.js";

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
    { ...data, id: data.eventId, status: data.eventStatus },
    calendarText(data, data.locale, data.defaultLocale),
    registrationUid(data.registrationId, host),
    { cancelled: options.cancelled ?? data.status === "cancelled" },
  );
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
