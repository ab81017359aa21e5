import type { EventKind } from "../contracts/events.js";

/**
 * The kinds an events list can be narrowed to, in the order its filter offers them, each with
 * its label's key in the public catalogues (`events.json`): the widget's filter and the worker's
 * first screen of the list offer the same.
 */
export const kindFilterChoices = [
  ["meetup", "kindMeetup"],
  ["course", "kindCourse"],
  ["visit", "kindVisit"],
  ["festival", "kindFestival"],
] as const satisfies ReadonlyArray<readonly [EventKind, string]>;
