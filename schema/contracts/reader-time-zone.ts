import * as v from "valibot";
import { isValidTimeZone } from "../rules/time-zone.js";

/** A first screen's `tz`: the reader's time zone, for dates that name the event's when it differs. */
export const readerTimeZoneSchema = v.pipe(
  v.string(),
  v.maxLength(64),
  v.check(isValidTimeZone, "Send the reader's time zone, such as Europe/Tallinn."),
);
