import { nothing } from "lit";
import type { RosterEntry } from "../../../schema/contracts/admin/roster.js";
import { html } from "../../shared/fallback-text.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

/**
 * People who hold a place (or a waitlist place) and gave only a phone number: no email reaches
 * them, so a cancellation or a new time must be phoned (until text messages exist).
 */
export function phoneOnly(entries: readonly RosterEntry[]): RosterEntry[] {
  return entries.filter(
    (entry) => !entry.erased && entry.status !== "cancelled" && !entry.email && entry.phone,
  );
}

/** "Phone these people": name, phone (a tel: link), language and party. Nothing when none. */
export function renderPhoneList(
  entries: readonly RosterEntry[],
  localize: AdminLocalizeController,
  headingLevel: 2 | 3 = 3,
) {
  const people = phoneOnly(entries);
  if (people.length === 0) return nothing;
  const t = localize.t.bind(localize);
  const heading =
    headingLevel === 2
      ? html`<h2 id="phone-list-title">${t("phoneListTitle")}</h2>`
      : html`<h3 id="phone-list-title">${t("phoneListTitle")}</h3>`;
  return html`<div class="phone-list">
    ${heading}
    <p>${t("phoneListText")}</p>
    <div class="table-wrap" role="region" aria-labelledby="phone-list-title" tabindex="0">
      <table>
        <thead>
          <tr>
            <th scope="col">${t("colName")}</th>
            <th scope="col">${t("colPhone")}</th>
            <th scope="col">${t("colLanguage")}</th>
            <th scope="col">${t("colParty")}</th>
          </tr>
        </thead>
        <tbody>
          ${people.map(
            (entry) =>
              html`<tr>
                <th scope="row"><bdi>${entry.name}</bdi></th>
                <td>
                  <a href=${`tel:${entry.phone!.replace(/[^\d+]/g, "")}`} dir="ltr"
                    >${entry.phone}</a
                  >
                </td>
                <td>${localize.languageName(entry.locale)}</td>
                <td>${localize.party(entry.adults, entry.children)}</td>
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
  </div>`;
}
