import { instantAt, isValidTimeZone, localParts } from "../../../schema/rules/time-zone.js";

/*
 * `<input type="datetime-local">` holds a wall-clock time with no zone. Organisers mean the time
 * where the event happens, not where their laptop is, so values are read and written in the
 * event's time zone (through the one time-zone module the worker uses too) and sent as UTC.
 */

export { isValidTimeZone };

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** An ISO instant → `YYYY-MM-DDTHH:mm` on the event's clock. */
export function toLocalInput(iso: string | null, timeZone: string): string {
  if (!iso || !isValidTimeZone(timeZone)) return "";
  const p = localParts(Date.parse(iso), timeZone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}`;
}

/** `YYYY-MM-DDTHH:mm` on the event's clock → an ISO instant in UTC; "" when it isn't a time. */
export function fromLocalInput(local: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match || !isValidTimeZone(timeZone)) return "";
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  return new Date(
    instantAt(timeZone, { year: year!, month: month!, day: day!, hour: hour!, minute: minute! }),
  ).toISOString();
}
