import * as v from "valibot";

/**
 * The shapes the API's answers share. The worker writes these as plain strings (the inferred
 * type stays `string`); the schemas say more (a format), so the OpenAPI document tells readers
 * what they get and the live tests hold the worker to it.
 */

/** A moment as the API writes it: `new Date(ms).toISOString()`. */
export const isoTime = v.pipe(v.string(), v.isoTimestamp());

/** A day, `2027-05-31`. */
export const isoDay = v.pipe(v.string(), v.isoDate());

/** An absolute web address (links the API makes, and organisers' links checked on the way in). */
export const webAddress = v.pipe(v.string(), v.url());
