/**
 * What a visit's card and page show of its day, for the widget and the worker's first screen of
 * the visits list (`worker/embed/visits-first-screen.ts`) alike.
 */

/** Every language heard on the trip: spoken by the organisers, and interpreted. */
export const tripLanguageCodes = (visit: {
  languages: readonly string[];
  interpretation: readonly string[];
}): string[] => [...new Set([...visit.languages, ...visit.interpretation])];

/** The itinerary's stops in the order of the day. */
export const stopsInOrder = <S extends { position: number }>(itinerary: readonly S[]): S[] =>
  [...itinerary].sort((a, b) => a.position - b.position);
