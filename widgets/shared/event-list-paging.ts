import { nothing } from "lit";
import { html } from "./fallback-text.js";

/**
 * What the public event lists (`<hearth-events>`, `<hearth-visits>`) share: the "load more"
 * button under the list (the regions they learn from the events loaded so far are
 * `schema/rules/event-regions.ts`, which the worker's first screens use too).
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
