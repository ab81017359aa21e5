import type { VolunteerExport, VolunteerView } from "../../schema/contracts/volunteers.js";
import { resolveText } from "../../i18n/content.js";
import { hmacSha256Base64Url } from "../lib/crypto.js";
import type { ScheduleRow, ShiftRecordRow, VolunteerRow } from "./volunteer-queries.js";

/** The private calendar feed's token: derived, so nothing more is stored. */
export const feedToken = (secret: string, volunteerId: string) =>
  hmacSha256Base64Url(secret, `volunteer-feed:${volunteerId}`);

export async function volunteerCalendarUrl(origin: string, secret: string, volunteerId: string) {
  return `${origin}/api/v1/volunteers/${encodeURIComponent(volunteerId)}/calendar.ics?token=${await feedToken(secret, volunteerId)}`;
}

export function toVolunteerView(
  volunteer: VolunteerRow,
  schedule: ScheduleRow[],
  calendarUrl: string,
): VolunteerView {
  const text = (value: Record<string, string>) =>
    resolveText(value, volunteer.locale, volunteer.defaultLocale).text;
  return {
    id: volunteer.id,
    name: volunteer.name,
    email: volunteer.email,
    phone: volunteer.phone,
    locale: volunteer.locale,
    languages: volunteer.languages,
    declarations: volunteer.declarations,
    shifts: schedule.map((row) => ({
      registrationId: row.registrationId,
      shiftId: row.shiftId,
      eventId: row.eventId,
      eventTitle: text(row.eventTitle),
      roleName: text(row.roleName),
      startsAt: new Date(row.startsAt).toISOString(),
      endsAt: new Date(row.endsAt).toISOString(),
      timeZone: row.timeZone,
      status: row.status === "cancelled" ? "cancelled" : "confirmed",
    })),
    calendarUrl,
  };
}

/** "Download my data": the volunteer as they see themselves, and every shift row as recorded. */
export function toVolunteerExport(view: VolunteerView, records: ShiftRecordRow[]): VolunteerExport {
  const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());
  return {
    exportedAt: new Date().toISOString(),
    volunteer: view,
    shifts: records.map((row) => ({
      ...row,
      checkedInAt: iso(row.checkedInAt),
      noShowAt: iso(row.noShowAt),
      cancelledAt: iso(row.cancelledAt),
    })),
  };
}
