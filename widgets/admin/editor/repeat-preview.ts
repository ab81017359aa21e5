import { nothing } from "lit";
import { dateFormat } from "../../../i18n/format.js";
import type { RepeatRule, Weekday } from "../../../schema/contracts/series.js";
import { maxOccurrences, weekdays } from "../../../schema/contracts/series.js";
import { weekdayOf } from "../../../schema/rules/recurrence.js";
import { html } from "../../shared/fallback-text.js";
import type { AdminLocalizeController } from "../shared/admin-localize.js";
import type { RepeatDraft, WeekOfMonth } from "./repeat-draft.js";
import { previewOf, ruleOf } from "./repeat-draft.js";

/** A day of the week in the reader's language ("Tuesday", "الثلاثاء"), from a known Monday. */
export function weekdayName(locale: string, day: Weekday): string {
  const monday = Date.UTC(2024, 0, 1);
  return dateFormat(locale, { weekday: "long", timeZone: "UTC" }).format(
    monday + weekdays.indexOf(day) * 86_400_000,
  );
}

/** A series is at least two dates, as the contract's `count` says, and at most `maxOccurrences`. */
export const fewestDates = 2;

/** `{min}` and `{max}` for the words about how many dates a series may have. */
export const dateCountRange = (localize: AdminLocalizeController) => ({
  min: localize.number(fewestDates),
  max: localize.number(maxOccurrences),
});

export const weekOfMonthKey = (week: WeekOfMonth) =>
  week === -1 ? ("weekOfMonth_last" as const) : (`weekOfMonth_${week}` as const);

const monthlyOnKey = (week: WeekOfMonth) =>
  week === -1 ? ("monthlyOn_last" as const) : (`monthlyOn_${week}` as const);

/** "Every 2 weeks on Tuesday and Thursday", "Every month on the last Friday". */
function repeatsText(rule: RepeatRule, firstDate: string, localize: AdminLocalizeController) {
  const name = (day: Weekday) => weekdayName(localize.locale, day);
  // No day chosen: the server repeats on the first date's own weekday, and so does the sentence.
  const days = rule.weekdays.length > 0 ? rule.weekdays : [weekdayOf(firstDate)];
  if (rule.frequency === "weekly") {
    return localize.plural("weeklyRule", rule.interval, { days: localize.list(days.map(name)) });
  }
  const day = localize.t(monthlyOnKey(rule.weekOfMonth ?? -1), { weekday: name(days[0]!) });
  return localize.plural("monthlyRule", rule.interval, { day });
}

/** The rule in one plain sentence, with its end when it has one. */
export function ruleSentence(
  rule: RepeatRule,
  firstDate: string,
  localize: AdminLocalizeController,
): string {
  const repeats = repeatsText(rule, firstDate, localize);
  if (rule.until) return localize.t("ruleUntil", { rule: repeats, date: localize.day(rule.until) });
  if (rule.count) return localize.plural("ruleCount", rule.count, { rule: repeats });
  return repeats;
}

/**
 * What the rule will make, worked out here with the rule the server uses, before anything is
 * sent: the sentence, how many dates (or why none can be made), and the dates themselves.
 */
export function renderRepeatPreview(
  draft: RepeatDraft,
  firstDate: string,
  localize: AdminLocalizeController,
) {
  const expansion = previewOf(draft, firstDate);
  const range = dateCountRange(localize);
  const ok = expansion !== "incomplete" && expansion.ok;
  // Guidance until the rule is whole; an error once it is whole and makes too many or no dates.
  const refused = expansion !== "incomplete" && !expansion.ok;
  const outcome =
    expansion === "incomplete"
      ? localize.t("previewNoEnd", range)
      : expansion.ok
        ? localize.plural("previewDates", expansion.dates.length)
        : expansion.code === "too_many"
          ? localize.t("previewTooMany", range)
          : localize.t("previewNoDates");
  return html`<div class="preview" id="repeat-preview">
    <p>${ruleSentence(ruleOf(draft), firstDate, localize)}</p>
    <p class="outcome ${refused ? "error" : ""}">${outcome}</p>
    ${
      ok
        ? html`<details>
            <summary>${localize.t("previewShowDates")}</summary>
            <ol class="preview-dates">
              ${expansion.dates.map((date) => html`<li>${localize.day(date, "full")}</li>`)}
            </ol>
          </details>`
        : nothing
    }
  </div>`;
}
