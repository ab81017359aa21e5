import { resolveText } from "../../i18n/content.js";
import { renderCalendar } from "../lib/ics.js";
import type { ScheduleRow, VolunteerRow } from "./volunteer-queries.js";

/**
 * A volunteer's private calendar feed: each shift of their schedule, in their language, as the
 * role, the event and where to be; cancelled shifts (or events) stay in it as cancelled.
 */
export function renderVolunteerCalendar(
  volunteer: VolunteerRow,
  schedule: ScheduleRow[],
  host: string,
): string {
  const text = (value: Record<string, string>) =>
    resolveText(value, volunteer.locale, volunteer.defaultLocale).text;
  return renderCalendar(
    schedule.map((row) => ({
      uid: `${row.registrationId}@${host}`,
      startsAt: row.startsAt,
      endsAt: row.endsAt,
      timeZone: row.timeZone,
      // The role and what it is about, and where to be: what a volunteer needs on the day.
      title: `${text(row.roleName)} — ${text(row.eventTitle)}`,
      description: [text(row.roleName), text(row.roleDescription)].filter(Boolean).join(": "),
      location:
        [row.venueName, row.venueAddress].filter(Boolean).join(", ") || row.onlineUrl || null,
      url: row.onlineUrl,
      cancelled: row.status === "cancelled" || row.eventStatus === "cancelled",
      updatedAt: row.updatedAt,
      sequence: row.calendarSequence + (row.status === "cancelled" ? 1 : 0),
    })),
    { now: Date.now(), name: volunteer.name },
  );
}
