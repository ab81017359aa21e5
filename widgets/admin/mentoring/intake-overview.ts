import type { WorkbenchResponse } from "../../../schema/contracts/admin/mentoring.js";
import { languageLevels } from "../../../schema/rules/mentoring/levels.js";
import { meetingModes } from "../../../schema/rules/mentoring/pair-fit.js";
import { html } from "../../shared/fallback-text.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";

type Overview = WorkbenchResponse["overview"];
type Split = Readonly<Record<string, { mentors: number; learners: number }>>;

/** A small table with its caption: one row per value, mentors and learners (or just learners). */
function table(
  localize: AdminLocalizeController,
  id: string,
  caption: string,
  head: string,
  rows: readonly (readonly [string, number, number?])[],
) {
  const t = localize.t.bind(localize);
  const split = rows.some((row) => row[2] !== undefined);
  return html`<div class="table-wrap" role="region" aria-labelledby=${id} tabindex="0">
    <table>
      <caption id=${id}>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${head}</th>
          ${split ? html`<th scope="col" class="number">${t("overviewMentors")}</th>` : ""}
          <th scope="col" class="number">${t("overviewLearners")}</th>
        </tr>
      </thead>
      <tbody>
        ${
          rows.length === 0
            ? html`<tr>
                <td colspan=${split ? 3 : 2}>${t("overviewNone")}</td>
              </tr>`
            : ""
        }
        ${rows.map(
          ([label, first, second]) =>
            html`<tr>
              <th scope="row" dir="auto">${label}</th>
              <td class="number">${localize.number(first)}</td>
              ${second === undefined ? "" : html`<td class="number">${localize.number(second)}</td>`}
            </tr>`,
        )}
      </tbody>
    </table>
  </div>`;
}

/** Rows of a split, most people first, then by name, with the label each key reads as. */
function splitRows(split: Split, label: (key: string) => string, order?: readonly string[]) {
  const keys = Object.keys(split);
  const sorted = order
    ? order.filter((key) => keys.includes(key))
    : keys.sort((a, b) => {
        const total = (key: string) => split[key]!.mentors + split[key]!.learners;
        return total(b) - total(a) || a.localeCompare(b);
      });
  return sorted.map((key) => [label(key), split[key]!.mentors, split[key]!.learners] as const);
}

/**
 * "Who signed up": how many mentors, learners and places for learners, and small tables by way
 * of meeting, level, region and language. Counts only: who they are is in the lists below.
 */
export function renderIntakeOverview(overview: Overview, localize: AdminLocalizeController) {
  const t = localize.t.bind(localize);
  const count = (label: string, value: number) =>
    html`<div>
      <dt>${label}</dt>
      <dd>${localize.number(value)}</dd>
    </div>`;
  const levels = languageLevels
    .filter((level) => overview.byLevel[level] !== undefined)
    .map((level) => [level, overview.byLevel[level]!] as const);
  return html`<section aria-labelledby="overview-title">
    <h2 id="overview-title">${t("overviewTitle")}</h2>
    <p class="muted">${t("overviewHint")}</p>
    <dl class="counts">
      ${count(t("overviewMentors"), overview.mentors)}
      ${count(t("overviewLearners"), overview.learners)}
      ${count(t("overviewPlaces"), overview.places)}
    </dl>
    <div class="tables">
      ${table(
        localize,
        "by-mode",
        t("overviewByMode"),
        t("overviewMode"),
        splitRows(
          overview.byMode,
          (mode) => t(`mode_${mode as (typeof meetingModes)[number]}`),
          meetingModes,
        ),
      )}
      ${table(localize, "by-level", t("overviewByLevel"), t("overviewLevel"), levels)}
      ${table(
        localize,
        "by-region",
        t("overviewByRegion"),
        t("overviewRegion"),
        splitRows(overview.byRegion, (region) => region),
      )}
      ${table(
        localize,
        "by-language",
        t("overviewByLanguage"),
        t("overviewLanguage"),
        splitRows(overview.byLanguage, (code) => localize.languageName(code)),
      )}
    </div>
  </section>`;
}
