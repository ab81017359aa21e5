/*
 * `<input type="datetime-local">` holds a wall-clock time with no zone. Organisers mean the time
 * where the event happens, not where their laptop is, so values are read and written in the
 * event's time zone and sent to the API as UTC.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

function wallClock(epochMs: number, timeZone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMs))) {
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  }
  return parts;
}

/** How far the zone's clock is ahead of UTC at that instant, in ms. */
function offsetAt(epochMs: number, timeZone: string): number {
  const p = wallClock(epochMs, timeZone);
  const asUtc = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const pad = (value: number, length = 2) => String(value).padStart(length, "0");

/** An ISO instant → `YYYY-MM-DDTHH:mm` on the event's clock. */
export function toLocalInput(iso: string | null, timeZone: string): string {
  if (!iso || !isValidTimeZone(timeZone)) return "";
  const p = wallClock(Date.parse(iso), timeZone);
  return `${pad(p.year!, 4)}-${pad(p.month!)}-${pad(p.day!)}T${pad(p.hour!)}:${pad(p.minute!)}`;
}

/** `YYYY-MM-DDTHH:mm` on the event's clock → an ISO instant in UTC; "" when it isn't a time. */
export function fromLocalInput(local: string, timeZone: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!match || !isValidTimeZone(timeZone)) return "";
  const [, year, month, day, hour, minute] = match.map(Number) as number[];
  const guess = Date.UTC(year!, month! - 1, day!, hour!, minute!);
  let instant = guess - offsetAt(guess, timeZone);
  // Near a daylight-saving change the offset at the answer can differ from the guess's.
  const corrected = guess - offsetAt(instant, timeZone);
  if (corrected !== instant) instant = corrected;
  return new Date(instant).toISOString();
}
