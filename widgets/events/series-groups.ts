import type { PublicEvent } from "../../schema/contracts/events.js";

/** One card of the list: a one-off event, or the dates of one series the list has loaded. */
export interface EventGroup {
  /** The soonest date: its card is the card a one-off event has. */
  lead: PublicEvent;
  /** The series' later dates the list has loaded, soonest first; none for a one-off event. */
  later: PublicEvent[];
}

/**
 * The dates of each series as one card, where its soonest date stands (the API lists soonest
 * first); one-off events as they come. Only what the list has loaded: a date on a page not yet
 * loaded joins its card when that page comes.
 */
export function groupSeries(events: readonly PublicEvent[]): EventGroup[] {
  const groups: EventGroup[] = [];
  const bySeries = new Map<string, EventGroup>();
  for (const event of events) {
    const seriesId = event.series?.id;
    const known = seriesId === undefined ? undefined : bySeries.get(seriesId);
    if (known) {
      known.later.push(event);
      continue;
    }
    const group: EventGroup = { lead: event, later: [] };
    groups.push(group);
    if (seriesId !== undefined) bySeries.set(seriesId, group);
  }
  return groups;
}

/** The other dates of `event`'s series among `events`, soonest first. */
export function otherDates(event: PublicEvent, events: readonly PublicEvent[]): PublicEvent[] {
  const seriesId = event.series?.id;
  if (seriesId === undefined) return [];
  return events.filter((other) => other.series?.id === seriesId && other.id !== event.id);
}

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
