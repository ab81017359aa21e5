import type { PublicEvent } from "../../schema/contracts/events.js";
import type { SeriesGroup } from "../../schema/rules/series-groups.js";
import { groupSeries, otherDates } from "../../schema/rules/series-groups.js";

/** One card of the list: a one-off event, or the dates of one series the list has loaded. */
export type EventGroup = SeriesGroup<PublicEvent>;

export { groupSeries, otherDates };

/**
 * The first event of a newly loaded page that makes a card of its own, not a date joining the
 * card of a series already listed; focus goes there, to where the new cards start.
 */
export function firstNewCard(
  loaded: readonly PublicEvent[],
  page: readonly PublicEvent[],
): PublicEvent | undefined {
  const listed = new Set(loaded.map((event) => event.series?.id));
  return page.find((event) => !event.series || !listed.has(event.series.id));
}
