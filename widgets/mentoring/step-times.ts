import { dayParts, weekDays } from "../../schema/rules/mentoring/week-hours.js";
import { html } from "../shared/fallback-text.js";
import type { LocalizeController } from "../shared/localize.js";
import type { IntakeDraft } from "./intake-draft.js";
import { renderError, renderSelect } from "./intake-fields.js";
import type { IntakeErrors } from "./intake-steps.js";
import { dayWords, partWords } from "./answer-words.js";

/** Every zone this browser knows, the person's own first found by the select's order. */
function timeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf("timeZone");
  return zones.includes(current) ? zones : [current, ...zones];
}

/** "8–12", in the reader's digits, kept in order whatever the text's direction. */
const hours = (localize: LocalizeController, [from, to]: readonly [number, number]) =>
  html`<bdi class="hours">${localize.number(from)}–${localize.number(to)}</bdi>`;

/**
 * The week as a table: a row per day, a column per part of the day, a checkbox in each cell named
 * by its row and column headers. Each cell's label fills the cell, so the whole cell is the
 * target; Tab walks the boxes day by day and Space ticks one.
 */
function renderWeekGrid(localize: LocalizeController, draft: IntakeDraft, errors: IntakeErrors) {
  const error = errors.availability;
  const parts = Object.entries(dayParts) as [keyof typeof dayParts, readonly [number, number]][];
  return html`<div class="week-wrap" id="availability-group">
      <table class="week" aria-describedby="availability-hint${error ? " availability-error" : ""}">
        <caption part="label">
          ${localize.t("mentoringTimesCaption")}
        </caption>
        <thead>
          <tr>
            <td></td>
            ${parts.map(
              ([part, range]) =>
                html`<th scope="col" id="part-${part}">
                  <span class="part-name">${localize.t(partWords[part])}</span>
                  ${hours(localize, range)}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${weekDays.map(
            (day) =>
              html`<tr>
                <th scope="row" id="day-${day}">${localize.t(dayWords[day])}</th>
                ${parts.map(
                  ([part]) =>
                    html`<td>
                      <label class="cell">
                        <input
                          part="input"
                          type="checkbox"
                          name="availability"
                          .value=${`${day}.${part}`}
                          .checked=${draft.availability.has(`${day}.${part}`)}
                          aria-labelledby="day-${day} part-${part}"
                          aria-invalid=${error ? "true" : "false"}
                        />
                      </label>
                    </td>`,
                )}
              </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${renderError("availability", error)}`;
}

/** When the person is free, in their own time zone (the browser's unless they change it). */
export function renderTimesStep(
  localize: LocalizeController,
  draft: IntakeDraft,
  errors: IntakeErrors,
) {
  return html`<p id="availability-hint" class="hint muted">${localize.t("mentoringTimesHint")}</p>
    ${renderWeekGrid(localize, draft, errors)}
    <p id="timeZone-hint" class="hint muted">${localize.t("mentoringTimeZoneHint")}</p>
    ${renderSelect({
      id: "timeZone",
      name: "timeZone",
      label: localize.t("mentoringTimeZone"),
      choose: localize.t("mentoringChoose"),
      // Zone names are identifiers, written in English whatever the page's language.
      choices: timeZones(draft.timeZone).map((zone) => ({
        value: zone,
        label: zone.replace(/_/g, " "),
        lang: "en",
        dir: "ltr",
      })),
      value: draft.timeZone,
      error: errors.timeZone,
      describedBy: "timeZone-hint",
    })}`;
}
