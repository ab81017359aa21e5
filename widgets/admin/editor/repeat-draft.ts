import { toLatinDigits } from "../../../i18n/digits.js";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { CreateSeriesBody, RepeatRule, Weekday } from "../../../schema/contracts/series.js";
import { repeatRuleSchema, weekdays } from "../../../schema/contracts/series.js";
import type { Expansion } from "../../../schema/rules/recurrence.js";
import {
  expandRule,
  localDate,
  weekdayOf,
  weekOfMonthOf,
} from "../../../schema/rules/recurrence.js";
import { contractIssues } from "../../shared/contract-issues.js";

export type WeekOfMonth = NonNullable<RepeatRule["weekOfMonth"]>;

/** What the repeat form holds: choices as made, numbers and dates as typed. */
export interface RepeatDraft {
  frequency: RepeatRule["frequency"];
  interval: string;
  /** Weekly: the days chosen, in the order ticked (sorted when sent). */
  weekdays: Weekday[];
  /** Monthly: one day of the week, in one week of the month. */
  monthlyWeekday: Weekday;
  weekOfMonth: WeekOfMonth;
  /** How the series ends: on a last date, or after a number of dates. */
  end: "until" | "count";
  until: string;
  count: string;
  /** Dates to skip, one input each; empty ones are left out when sent. */
  exceptions: string[];
  blockSignup: boolean;
}

/** The first date of the series: the event's own day, on its own clock. */
export const firstDateOf = (event: AdminEvent): string =>
  localDate(Date.parse(event.startsAt), event.timeZone);

/** Every week on the event's own weekday, and monthly on its week of the month. */
export function emptyRepeat(firstDate: string): RepeatDraft {
  const weekday = weekdayOf(firstDate);
  return {
    frequency: "weekly",
    interval: "1",
    weekdays: [weekday],
    monthlyWeekday: weekday,
    weekOfMonth: weekOfMonthOf(firstDate),
    end: "until",
    until: "",
    count: "",
    exceptions: [],
    blockSignup: false,
  };
}

/** In the order the form offers them: the first to the fourth week, then the last. */
export const weeksOfMonth: readonly WeekOfMonth[] = [1, 2, 3, 4, -1];

const isWeekday = (value: string): value is Weekday =>
  (weekdays as readonly string[]).includes(value);

/**
 * Sets a value by its control's name, the server's path for it (`rule.until`,
 * `rule.exceptions.2`, `blockSignup`), returning a new draft.
 */
export function withRepeatValue(
  draft: RepeatDraft,
  name: string,
  value: string,
  checked: boolean,
): RepeatDraft {
  const path = name.split(".");
  const [field, index] = path[0] === "rule" ? path.slice(1) : path;
  switch (field) {
    case "frequency":
      return { ...draft, frequency: value === "monthly" ? "monthly" : "weekly" };
    case "weekdays": {
      if (!isWeekday(value)) return draft;
      const others = draft.weekdays.filter((day) => day !== value);
      return { ...draft, weekdays: checked ? [...others, value] : others };
    }
    case "monthlyWeekday":
      return isWeekday(value) ? { ...draft, monthlyWeekday: value } : draft;
    case "weekOfMonth": {
      const week = weeksOfMonth.find((option) => String(option) === value);
      return week === undefined ? draft : { ...draft, weekOfMonth: week };
    }
    case "end":
      return { ...draft, end: value === "count" ? "count" : "until" };
    case "exceptions":
      return {
        ...draft,
        exceptions: draft.exceptions.map((date, i) => (i === Number(index) ? value : date)),
      };
    case "blockSignup":
      return { ...draft, blockSignup: checked };
    case "interval":
    case "until":
    case "count":
      return { ...draft, [field]: value };
    default:
      return draft;
  }
}

/** The rule as the API reads it: only the chosen end, only the frequency's own fields. */
export function ruleOf(draft: RepeatDraft): RepeatRule {
  const weekly = draft.frequency === "weekly";
  const count = toLatinDigits(draft.count).trim();
  return {
    frequency: draft.frequency,
    interval: Number(draft.interval),
    weekdays: weekly
      ? [...draft.weekdays].sort((a, b) => weekdays.indexOf(a) - weekdays.indexOf(b))
      : [draft.monthlyWeekday],
    weekOfMonth: weekly ? null : draft.weekOfMonth,
    until: draft.end === "until" ? draft.until || null : null,
    count: draft.end === "count" && count !== "" ? Number(count) : null,
    exceptions: [...new Set(draft.exceptions.filter(Boolean))],
  };
}

export function bodyOf(draft: RepeatDraft, version: number): CreateSeriesBody {
  return { rule: ruleOf(draft), blockSignup: draft.blockSignup, version };
}

/**
 * What the form would send, checked with the contract's own schema: field path (as the server
 * names it, `rule.count`) → the kind of problem. A rule that never ends is the chosen end's field:
 * the contract puts it on `until` even when the person chose a number of dates.
 */
export function ruleProblems(draft: RepeatDraft): Record<string, "end" | "invalid"> {
  const problems: Record<string, "end" | "invalid"> = {};
  for (const { path } of contractIssues(repeatRuleSchema, ruleOf(draft))) {
    const [field] = path.split(".");
    if (field === "until" || field === "count") problems[`rule.${draft.end}`] = "end";
    else problems[`rule.${path}`] = "invalid";
  }
  return problems;
}

/** The dates the rule makes from the event's own day, as the server will make them. */
export function previewOf(draft: RepeatDraft, firstDate: string): Expansion | "incomplete" {
  if (Object.keys(ruleProblems(draft)).length > 0) return "incomplete";
  return expandRule(ruleOf(draft), firstDate);
}
