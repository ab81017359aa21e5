import { nothing } from "lit";
import { html } from "../../shared/fallback-text.js";
import type { RosterTotals } from "../../../schema/contracts/admin/roster.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

/**
 * The whole event's people at a glance: with a place, adults and children, checked in, offered a
 * freed place (only while someone is: most events never hold places), waiting, interpreters.
 */
export function renderTotals(totals: RosterTotals, localize: AdminLocalizeController) {
  const t = localize.t.bind(localize);
  const n = (value: number) => localize.number(value);
  const languages = Object.entries(totals.interpreterLanguages)
    .map(([language, people]) => `${language} (${n(people)})`)
    .join(", ");
  return html`<dl class="totals">
    <div>
      <dt>${t("totalConfirmed")}</dt>
      <dd>${n(totals.confirmedPeople)}</dd>
    </div>
    <div>
      <dt>${t("totalAdultsChildren")}</dt>
      <dd>${n(totals.adults)} / ${n(totals.children)}</dd>
    </div>
    <div>
      <dt>${t("totalCheckedIn")}</dt>
      <dd>${n(totals.checkedInPeople)}</dd>
    </div>
    ${
      totals.offeredPeople > 0
        ? html`<div class="offered-total">
            <dt>${t("totalOffered")}</dt>
            <dd>${n(totals.offeredPeople)}</dd>
          </div>`
        : nothing
    }
    <div>
      <dt>${t("totalWaitlisted")}</dt>
      <dd>${n(totals.waitlistedPeople)}</dd>
    </div>
    <div>
      <dt>${t("totalInterpreters")}</dt>
      <dd>${languages || t("none")}</dd>
    </div>
  </dl>`;
}
