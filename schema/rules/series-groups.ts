/**
 * How an event list shows a weekly series: its dates as one card, where its soonest date stands
 * (the API lists soonest first); one-off events as they come. The widget's list and the worker's
 * first screen of it (`worker/embed/events-first-screen.ts`) group the same way.
 */
export interface SeriesGroup<E> {
  /** The soonest date: its card is the card a one-off event has. */
  lead: E;
  /** The series' later dates the list has loaded, soonest first; none for a one-off event. */
  later: E[];
}

/** A series' card names this many later dates and counts the rest. */
export const datesShownOnCard = 4;

/** Only what the list has loaded: a date on a page not yet loaded joins its card when that page comes. */
export function groupSeries<E extends { series?: { id: string } | null }>(
  events: readonly E[],
): SeriesGroup<E>[] {
  const groups: SeriesGroup<E>[] = [];
  const bySeries = new Map<string, SeriesGroup<E>>();
  for (const event of events) {
    const seriesId = event.series?.id;
    const known = seriesId === undefined ? undefined : bySeries.get(seriesId);
    if (known) {
      known.later.push(event);
      continue;
    }
    const group: SeriesGroup<E> = { lead: event, later: [] };
    groups.push(group);
    if (seriesId !== undefined) bySeries.set(seriesId, group);
  }
  return groups;
}

/** The other dates of `event`'s series among `events` (what a list has loaded), soonest first. */
export function otherDates<E extends { id: string; series?: { id: string } | null }>(
  event: E,
  events: readonly E[],
): E[] {
  const seriesId = event.series?.id;
  if (seriesId === undefined) return [];
  return events.filter((other) => other.series?.id === seriesId && other.id !== event.id);
}
