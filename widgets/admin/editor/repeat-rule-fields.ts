import { nothing } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";
import { maxOccurrences, weekdays } from "../../../schema/contracts/series.js";
import { html } from "../../shared/fallback-text.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { FieldErrors } from "../shared/errors.js";
import { idFor, renderField } from "../shared/field.js";
import type { RepeatDraft } from "./repeat-draft.js";
import { weeksOfMonth } from "./repeat-draft.js";
import { dateCountRange, fewestDates, weekdayName, weekOfMonthKey } from "./repeat-preview.js";

export interface RepeatFieldsContext {
  draft: RepeatDraft;
  errors: FieldErrors;
  localize: AdminLocalizeController;
  addException: () => void;
  removeException: (index: number) => void;
}

function errorLine(id: string, error: string | undefined) {
  return error ? html`<p id="${id}-error" class="error">${error}</p>` : nothing;
}

function radio(name: string, value: string, checked: boolean, label: string) {
  return html`<label class="choice">
    <input type="radio" name=${name} value=${value} .checked=${live(checked)} />
    ${label}
  </label>`;
}

function select(
  name: string,
  label: string,
  options: readonly (readonly [string, string])[],
  value: string,
  error: string | undefined,
) {
  const id = idFor(name);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      name=${name}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
    >
      ${options.map(
        ([option, text]) =>
          html`<option value=${option} ?selected=${option === value}>${text}</option>`,
      )}
    </select>
    ${errorLine(id, error)}
  </div>`;
}

/** `renderField` has no calendar-day input: the same label, hint, control and error, for a day. */
function dateField(name: string, label: string, value: string, error: string | undefined) {
  const id = idFor(name);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      name=${name}
      type="date"
      dir="ltr"
      .value=${live(value)}
      aria-invalid=${error ? "true" : "false"}
      aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}
    />
    ${errorLine(id, error)}
  </div>`;
}

/** Weekly or monthly, and every how many weeks or months (1–12, as the contract allows). */
function renderFrequency({ draft, errors, localize }: RepeatFieldsContext) {
  const t = localize.t.bind(localize);
  const unit = draft.frequency === "weekly" ? "everyWeeks" : "everyMonths";
  const intervals = Array.from({ length: 12 }, (_, i) => {
    const count = i + 1;
    return [String(count), localize.plural(unit, count)] as const;
  });
  return html`<fieldset class="radio-group">
      <legend>${t("repeatFrequency")}</legend>
      <div class="choices">
        ${radio("rule.frequency", "weekly", draft.frequency === "weekly", t("repeatWeekly"))}
        ${radio("rule.frequency", "monthly", draft.frequency === "monthly", t("repeatMonthly"))}
      </div>
    </fieldset>
    <div class="fields">
      ${select("rule.interval", t("repeatInterval"), intervals, draft.interval, errors["rule.interval"])}
    </div>`;
}

/** Weekly: the days of the week, Monday first (the contract's order), as checkboxes. */
function renderWeekdays({ draft, errors, localize }: RepeatFieldsContext) {
  const error = errors["rule.weekdays"];
  const id = idFor("rule.weekdays");
  return html`<fieldset aria-describedby=${ifDefined(error ? `${id}-error` : undefined)}>
    <legend>${localize.t("repeatWeekdays")}</legend>
    <div class="weekdays">
      ${weekdays.map(
        (day) =>
          html`<label class="choice">
            <input
              type="checkbox"
              name="rule.weekdays"
              value=${day}
              .checked=${live(draft.weekdays.includes(day))}
              aria-invalid=${error ? "true" : "false"}
            />
            ${weekdayName(localize.locale, day)}
          </label>`,
      )}
    </div>
    ${errorLine(id, error)}
  </fieldset>`;
}

/** Monthly: "the first … fourth or last" and the day of the week, each its own choice. */
function renderMonthlyDay({ draft, errors, localize }: RepeatFieldsContext) {
  const t = localize.t.bind(localize);
  return html`<div class="fields">
    ${select(
      "rule.weekOfMonth",
      t("repeatWeekOfMonth"),
      weeksOfMonth.map((week) => [String(week), t(weekOfMonthKey(week))] as const),
      String(draft.weekOfMonth),
      errors["rule.weekOfMonth"],
    )}
    ${select(
      "rule.monthlyWeekday",
      t("repeatWeekday"),
      weekdays.map((day) => [day, weekdayName(localize.locale, day)] as const),
      draft.monthlyWeekday,
      errors["rule.weekdays"] ?? errors["rule.weekdays.0"],
    )}
  </div>`;
}

/** On a last date or after a number of dates: the field of the chosen end only. */
function renderEnd({ draft, errors, localize }: RepeatFieldsContext) {
  const t = localize.t.bind(localize);
  return html`<fieldset class="radio-group">
    <legend>${t("repeatEnds")}</legend>
    <div class="choices">
      ${radio("end", "until", draft.end === "until", t("repeatEndsOn"))}
      ${radio("end", "count", draft.end === "count", t("repeatEndsAfter"))}
    </div>
    <div class="fields">
      ${
        draft.end === "until"
          ? dateField("rule.until", t("repeatUntil"), draft.until, errors["rule.until"])
          : renderField({
              name: "rule.count",
              type: "number",
              label: t("repeatCount"),
              hint: t("repeatCountHint", dateCountRange(localize)),
              value: draft.count,
              min: String(fewestDates),
              max: String(maxOccurrences),
              error: errors["rule.count"],
            })
      }
    </div>
  </fieldset>`;
}

/** Dates the series skips (a holiday), one day each, added and removed one at a time. */
function renderExceptions(context: RepeatFieldsContext) {
  const { draft, errors, localize } = context;
  const t = localize.t.bind(localize);
  return html`<fieldset>
    <legend>${t("repeatSkip")}</legend>
    <p class="hint muted">${t("repeatSkipHint")}</p>
    ${draft.exceptions.map((date, index) => {
      const number = localize.number(index + 1);
      const name = `rule.exceptions.${index}`;
      return html`<div class="skip-date">
        ${dateField(name, t("repeatSkipDate", { number }), date, errors[name])}
        <button
          type="button"
          class="button secondary small"
          @click=${() => context.removeException(index)}
        >
          ${t("repeatSkipRemove", { number })}
        </button>
      </div>`;
    })}
    <button type="button" class="button secondary add-skip" @click=${context.addException}>
      ${t("repeatSkipAdd")}
    </button>
  </fieldset>`;
}

function renderBlockSignup({ draft, localize }: RepeatFieldsContext) {
  return html`<div class="field">
    <label class="choice">
      <input
        type="checkbox"
        name="blockSignup"
        .checked=${live(draft.blockSignup)}
        aria-describedby="f-blockSignup-hint"
      />
      ${localize.t("repeatBlockSignup")}
    </label>
    <p id="f-blockSignup-hint" class="hint muted">${localize.t("repeatBlockSignupHint")}</p>
  </div>`;
}

/** Every choice of the repeat rule, in the order people decide them. */
export function renderRepeatFields(context: RepeatFieldsContext) {
  return html`${renderFrequency(context)}
  ${context.draft.frequency === "weekly" ? renderWeekdays(context) : renderMonthlyDay(context)}
  ${renderEnd(context)} ${renderExceptions(context)} ${renderBlockSignup(context)}`;
}
