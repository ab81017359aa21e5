import type { LocalizeController } from "../shared/localize.js";
import { html } from "../shared/fallback-text.js";

/**
 * "This time is full: join its waitlist instead?" — asked after the server said the chosen time
 * has no room but its waitlist has, before the person gives up the place they hold.
 */
export function renderWaitOffer(
  localize: LocalizeController,
  on: { busy: boolean; wait(): void; keep(): void },
) {
  return html`<div class="wait-offer" role="group" aria-labelledby="wait-offer-question">
    <p id="wait-offer-question" tabindex="-1">${localize.t("changeWaitQuestion")}</p>
    <div class="actions">
      <button
        type="button"
        part="button"
        class="button"
        ?disabled=${on.busy}
        @click=${() => on.wait()}
      >
        ${localize.t(on.busy ? "submitting" : "changeWaitYes")}
      </button>
      <button
        type="button"
        part="button"
        class="button secondary"
        ?disabled=${on.busy}
        @click=${() => on.keep()}
      >
        ${localize.t("changeKeep")}
      </button>
    </div>
  </div>`;
}
