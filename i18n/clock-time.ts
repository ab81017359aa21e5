import { dateFormat } from "./format.js";

/**
 * A clock time ("18:00", "6:00 م") in a given time zone: a visit's stops and its bus, in the
 * widget and in the worker's first screen of the visits list. Not in `format.ts`, which every
 * widget's first render carries.
 */
export const formatClockTime = (locale: string, iso: string, timeZone: string): string =>
  dateFormat(locale, { timeZone, hour: "numeric", minute: "2-digit" }).format(new Date(iso));
