import { nothing } from "lit";
import { html } from "../shared/fallback-text.js";
import type { MenuStall } from "../../schema/contracts/festivals.js";
import type { LocalizeController } from "../shared/localize.js";
import { styleProperties } from "../shared/style-properties.js";

function facilities(stall: MenuStall, localize: LocalizeController): string {
  return localize.list(
    [
      stall.power ? localize.t("festivalStallPower") : "",
      stall.water ? localize.t("festivalStallWater") : "",
      stall.covered ? localize.t("festivalStallCovered") : "",
    ].filter(Boolean),
  );
}

/**
 * The stalls as a list, which is what screen readers and keyboards use; when the organisers
 * placed stalls on a grid, a picture of the plan is drawn beside it (hidden from assistive tech,
 * since it says nothing the list does not).
 */
export function renderStalls(stalls: MenuStall[], localize: LocalizeController) {
  if (stalls.length === 0) return nothing;
  const placed = stalls.filter((stall) => stall.planX !== null && stall.planY !== null);
  return html`<section part="stalls" class="stalls" aria-labelledby="stalls-title">
    <h3 id="stalls-title">${localize.t("festivalStalls")}</h3>
    <ul class="stall-list">
      ${stalls.map((stall) => {
        const has = facilities(stall, localize);
        return html`<li>
          <span class="stall-name"><bdi>${stall.name}</bdi></span
          >${
            stall.cook ? html` — <bdi>${stall.cook}</bdi>` : nothing
          }${has ? html` <span class="muted">(${has})</span>` : nothing}
        </li>`;
      })}
    </ul>
    ${
      placed.length > 0
        ? html`<div part="plan" class="plan" aria-hidden="true" title=${localize.t("festivalPlan")}>
            ${placed.map(
              (stall) =>
                html`<div
                  class="plan-stall"
                  ${styleProperties({
                    "grid-column": String(stall.planX! + 1),
                    "grid-row": String(stall.planY! + 1),
                  })}
                >
                  <bdi>${stall.name}</bdi>
                </div>`,
            )}
          </div>`
        : nothing
    }
  </section>`;
}
