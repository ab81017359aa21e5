/**
 * The regions a list's filter offers: those of the events loaded so far, sorted in the reader's
 * language. The widgets' lists and the worker's first screens of them (`worker/embed/`) offer the
 * same.
 */
/** The known regions plus those of `events` (and `extra`), sorted; `known` itself when none is new. */
export function mergeRegions(
  known: readonly string[],
  events: readonly { region?: string | null }[],
  locale: string,
  extra = "",
): readonly string[] {
  const regions = new Set(known);
  for (const event of events) if (event.region) regions.add(event.region);
  if (extra) regions.add(extra);
  if (regions.size === known.length) return known;
  return [...regions].sort((a, b) => a.localeCompare(b, locale));
}
