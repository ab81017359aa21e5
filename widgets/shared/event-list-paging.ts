import { nothing } from "lit";
import { html } from "./fallback-text.js";
import type { PublicEvent } from "../../schema/contracts/events.js";

/**
 * What the public event lists (`<hearth-events>`, `<hearth-visits>`) share: the "load more"
 * button under the list and the regions learnt from the events loaded so far.
 */

export function renderLoadMore(options: {
  hasMore: boolean;
  pending: boolean;
  label: string;
  pendingLabel: string;
  onClick: () => void;
}) {
  if (!options.hasMore) return nothing;
  return html`<button
    type="button"
    part="button"
    class="button secondary more"
    ?disabled=${options.pending}
    @click=${options.onClick}
  >
    ${options.pending ? options.pendingLabel : options.label}
  </button>`;
}

/** The known regions plus those of `events` (and `extra`), sorted; `known` itself when none is new. */
export function mergeRegions(
  known: readonly string[],
  events: readonly PublicEvent[],
  locale: string,
  extra = "",
): readonly string[] {
  const regions = new Set(known);
  for (const event of events) if (event.region) regions.add(event.region);
  if (extra) regions.add(extra);
  if (regions.size === known.length) return known;
  return [...regions].sort((a, b) => a.localeCompare(b, locale));
}
