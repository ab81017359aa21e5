import { dateFormat } from "./format.js";

/*
 * A volunteer shift's day and hours, in the event's own time zone: in the widget's picker and
 * schedule and in the worker's first screen of it. Not in `format.ts`, which every widget's first
 * render carries.
 */

/** "Saturday, 12 December": the shift's day where it happens. */
export const formatShiftDay = (
  locale: string,
  shift: { startsAt: string; timeZone: string },
): string =>
  dateFormat(locale, {
    timeZone: shift.timeZone,
    weekday: "long",
    day: "numeric",
    month: "long",
  }).format(new Date(shift.startsAt));

/** "10:00–14:00", naming the zone when the reader's (`readerZone`) differs. */
export const formatShiftHours = (
  locale: string,
  span: { startsAt: string; endsAt: string; timeZone: string },
  readerZone: string,
): string =>
  dateFormat(locale, {
    timeZone: span.timeZone,
    hour: "numeric",
    minute: "2-digit",
    ...(readerZone === span.timeZone ? {} : { timeZoneName: "short" }),
  }).formatRange(new Date(span.startsAt), new Date(span.endsAt));
