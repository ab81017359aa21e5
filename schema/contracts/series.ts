import * as v from "valibot";
import { signUpBodySchema } from "./registrations.js";
import { rule } from "./text-fields.js";

/**
 * Events that repeat: a **series** is a rule (a subset of iCalendar's RRULE that covers what
 * community groups run — weekly on chosen days, every N weeks, monthly on the Nth weekday — until
 * a date or N times, minus exceptions). Each date is an ordinary event with its own places and
 * roster, linked to its series; nothing about booking changes.
 */

/** Weekdays as iCalendar writes them, Monday first. */
export const weekdays = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;
export type Weekday = (typeof weekdays)[number];

/** The most dates one series may have, the first included: a year of weekly meetings. */
export const maxOccurrences = 52;

/** Only these kinds repeat: visits (itineraries) and festivals (stalls) are one-off by nature. */
export const repeatableKinds = ["meetup", "course"] as const;

const isoDate = v.pipe(
  v.string("Use a date like 2027-03-31."),
  v.isoDate("Use a date like 2027-03-31."),
);

const wholeNumber = /* @__NO_SIDE_EFFECTS__ */ (min: number, max: number, message: string) =>
  v.pipe(v.number(message), v.integer(message), v.minValue(min, message), v.maxValue(max, message));

/**
 * How an event repeats. `weekly`: on `weekdays` (default: the first date's weekday) every
 * `interval` weeks. `monthly`: on the `weekOfMonth`-th (1–4, or -1 for the last) `weekdays[0]`
 * (default: the first date's weekday) every `interval` months. It ends `until` a date (inclusive,
 * in the event's time zone) or after `count` dates, the first included — one of them, never
 * neither: a series that never ends is refused. `exceptions` are dates it skips.
 */
const repeatRuleObject = v.object({
  frequency: v.picklist(["weekly", "monthly"], "Choose weekly or monthly."),
  interval: v.optional(wholeNumber(1, 12, "Use a whole number from 1 to 12."), 1),
  weekdays: v.optional(
    v.pipe(
      v.array(v.picklist(weekdays, "Choose days of the week."), "Choose days of the week."),
      v.maxLength(7, "Choose days of the week."),
    ),
    [],
  ),
  weekOfMonth: v.optional(
    v.nullable(v.picklist([1, 2, 3, 4, -1], "Choose first, second, third, fourth or last.")),
    null,
  ),
  until: v.optional(v.nullable(isoDate), null),
  count: v.optional(
    v.nullable(wholeNumber(2, maxOccurrences, `Use a whole number from 2 to ${maxOccurrences}.`)),
    null,
  ),
  exceptions: v.optional(
    v.pipe(
      v.array(isoDate, "Use dates like 2027-03-31."),
      v.maxLength(maxOccurrences, `Skip at most ${maxOccurrences} dates.`),
    ),
    [],
  ),
});

export const repeatRuleSchema = v.pipe(
  repeatRuleObject,
  v.forward(
    // Its own issue type: a missing end is `required`, not a generic `invalid`.
    rule<v.InferOutput<typeof repeatRuleObject>>(
      "non_empty",
      (input) => input.until !== null || input.count !== null,
      "Say when the series ends: on a date, or after a number of dates.",
    ),
    ["until"],
  ),
  v.forward(
    v.check(
      (rule) => rule.until === null || rule.count === null,
      "Choose one end: a last date or a number of dates, not both.",
    ),
    ["count"],
  ),
  v.forward(
    v.check(
      (rule) => rule.frequency === "monthly" || rule.weekOfMonth === null,
      "The week of the month is for monthly series only.",
    ),
    ["weekOfMonth"],
  ),
  v.forward(
    v.check(
      (rule) => rule.frequency === "weekly" || rule.weekdays.length <= 1,
      "A monthly series repeats on one day of the week.",
    ),
    ["weekdays"],
  ),
);
export type RepeatRuleInput = v.InferInput<typeof repeatRuleSchema>;
export type RepeatRule = v.InferOutput<typeof repeatRuleSchema>;

/**
 * `POST …/events/:eventId/series`: makes a saved meetup or course the first date of a series and
 * creates the other dates as copies (same texts, places, questions and status), in one batch.
 * Refused with 422 `rule.*` for a rule that never ends, yields more than `maxOccurrences` dates
 * (code `too_many`, params `{ max }`) or no date after the first (`no_dates`).
 */
export const createSeriesBodySchema = v.object({
  rule: repeatRuleSchema,
  /** People may sign up for every coming date at once (all or nothing). */
  blockSignup: v.optional(v.boolean("Choose yes or no."), false),
  version: v.pipe(v.number("Reload the event and try again."), v.integer()),
});
export type CreateSeriesBody = v.InferInput<typeof createSeriesBodySchema>;

/**
 * Which dates an edit of a date in a series applies to (`PUT …/events/:eventId?scope=`), as
 * calendar apps ask: `this` date only (the default), `following` (this and every later date) or
 * `all` dates not yet over. Shared changes are the texts, place, languages, settings, the time of
 * day and the places of each time (matched in order); each date keeps its own day.
 */
export const editScopes = ["this", "following", "all"] as const;
export type EditScope = (typeof editScopes)[number];
export const editScopeQuerySchema = v.object({
  scope: v.optional(v.picklist(editScopes, "Use this, following or all."), "this"),
});

/** One date of a series, as the dashboard lists them. */
export interface AdminSeriesDate {
  eventId: string;
  startsAt: string;
  status: "draft" | "published" | "cancelled";
  /** People with a place, and places, over the date's attendee times. */
  taken: number;
  capacity: number;
}

/** A series as the dashboard shows it: its rule, and every date (past ones too), in order. */
export interface AdminSeries {
  id: string;
  rule: RepeatRule;
  blockSignup: boolean;
  dates: AdminSeriesDate[];
}

/** `POST …/events/:eventId/series` (201) and `GET …/series/:seriesId`. */
export interface AdminSeriesResponse {
  series: AdminSeries;
}

/** On `AdminEvent` and `PublicEvent`: the series a date belongs to (null for one-off events). */
export type { EventSeriesLink } from "./events-responses.js";

/**
 * `POST /api/v1/orgs/:org/series/:seriesId/registrations` (Idempotency-Key): one sign-up for
 * every coming published date of the series that is open for sign-up, all or nothing: each date
 * needs places for the whole party at its first attendee time (no waitlist); if one is full or
 * closed meanwhile nothing is booked (409 `slot_full`, the date named in `fields.dates`).
 */
export const seriesSignUpBodySchema = v.omit(signUpBodySchema, ["slotId"]);
export type SeriesSignUpBody = v.InferInput<typeof seriesSignUpBodySchema>;

/** One confirmed registration per date (its schema is in `registrations-responses.ts`). */
export type { SeriesSignUpResponse } from "./registrations-responses.js";
