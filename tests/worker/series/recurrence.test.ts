import ICAL from "ical.js";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import type { RepeatRule, RepeatRuleInput } from "../../../schema/contracts/series.js";
import { maxOccurrences, repeatRuleSchema } from "../../../schema/contracts/series.js";
import { expandRule, localDate, sameWallTime } from "../../../schema/rules/recurrence.js";

const rule = (input: RepeatRuleInput): RepeatRule => v.parse(repeatRuleSchema, input);

/** The same rule as an iCalendar RRULE, for a real calendar library to expand. */
function asRRule(r: RepeatRule): string {
  const parts = [`FREQ=${r.frequency.toUpperCase()}`, `INTERVAL=${r.interval}`, "WKST=MO"];
  if (r.frequency === "weekly" && r.weekdays.length > 0)
    parts.push(`BYDAY=${r.weekdays.join(",")}`);
  if (r.frequency === "monthly" && r.weekdays.length > 0 && r.weekOfMonth !== null) {
    parts.push(`BYDAY=${r.weekOfMonth}${r.weekdays[0]}`);
  }
  if (r.count !== null) parts.push(`COUNT=${r.count}`);
  if (r.until !== null) parts.push(`UNTIL=${r.until.replaceAll("-", "")}`);
  return parts.join(";");
}

/** What ical.js (Mozilla's iCalendar library) makes of the rule from `first`, minus exceptions. */
function icalDates(r: RepeatRule, first: string): string[] {
  const iterator = ICAL.Recur.fromString(asRRule(r)).iterator(ICAL.Time.fromDateString(first));
  const dates: string[] = [];
  for (let next = iterator.next(); next && dates.length < 200; next = iterator.next()) {
    dates.push(next.toString().slice(0, 10));
  }
  return dates.filter((date) => !r.exceptions.includes(date));
}

describe("repeat rules", () => {
  const cases: [string, RepeatRuleInput, string][] = [
    ["weekly, count", { frequency: "weekly", count: 6 }, "2027-01-05"],
    [
      "weekly on two days, until",
      { frequency: "weekly", weekdays: ["TU", "TH"], until: "2027-03-04" },
      "2027-01-05",
    ],
    [
      "every second week on two days",
      { frequency: "weekly", interval: 2, weekdays: ["MO", "WE"], count: 9 },
      "2027-01-06",
    ],
    [
      "weekly with exceptions",
      { frequency: "weekly", count: 10, exceptions: ["2027-01-19", "2027-02-02"] },
      "2027-01-05",
    ],
    [
      "monthly, second Tuesday",
      { frequency: "monthly", weekdays: ["TU"], weekOfMonth: 2, count: 12 },
      "2027-01-12",
    ],
    [
      "monthly, last Friday until",
      { frequency: "monthly", weekdays: ["FR"], weekOfMonth: -1, until: "2027-12-31" },
      "2027-01-29",
    ],
    [
      "every third month on the first Saturday",
      { frequency: "monthly", interval: 3, weekdays: ["SA"], weekOfMonth: 1, count: 5 },
      "2027-01-02",
    ],
    [
      "weekly across a year end",
      { frequency: "weekly", weekdays: ["SU"], until: "2028-01-30" },
      "2027-11-28",
    ],
  ];
  for (const [name, input, first] of cases) {
    it(`makes the dates a calendar library makes: ${name}`, () => {
      const parsed = rule(input);
      const made = expandRule(parsed, first);
      expect(made.ok).toBe(true);
      expect(made.ok && made.dates).toEqual(icalDates(parsed, first));
    });
  }

  it("keeps the first date even when it is not one of the chosen days (the event that repeats)", () => {
    const parsed = rule({
      frequency: "weekly",
      interval: 2,
      weekdays: ["MO", "WE"],
      until: "2027-02-28",
    });
    const made = expandRule(parsed, "2027-01-07");
    // iCalendar leaves such a start undefined; Hearth keeps it and follows the rule after it.
    expect(made.ok && made.dates).toEqual(["2027-01-07", ...icalDates(parsed, "2027-01-07")]);
    expect(made.ok && made.dates.slice(0, 3)).toEqual(["2027-01-07", "2027-01-18", "2027-01-20"]);
  });

  it("reads an unset weekday and week of the month from the first date", () => {
    const made = expandRule(rule({ frequency: "monthly", count: 3 }), "2027-01-28");
    // 28 January 2027 is the fourth Thursday.
    expect(made).toEqual({ ok: true, dates: ["2027-01-28", "2027-02-25", "2027-03-25"] });
  });

  it(`refuses more than ${maxOccurrences} dates, and a rule that makes no date after the first`, () => {
    expect(expandRule(rule({ frequency: "weekly", until: "2030-01-01" }), "2027-01-05")).toEqual({
      ok: false,
      code: "too_many",
    });
    expect(expandRule(rule({ frequency: "weekly", until: "2027-01-10" }), "2027-01-05")).toEqual({
      ok: false,
      code: "no_dates",
    });
    expect(
      expandRule(rule({ frequency: "weekly", count: 2, exceptions: ["2027-01-12"] }), "2027-01-05"),
    ).toEqual({ ok: false, code: "no_dates" });
    expect(expandRule(rule({ frequency: "weekly", count: 52 }), "2027-01-05").ok).toBe(true);
  });

  it("refuses a rule that never ends, or ends twice, naming the field", () => {
    const never = v.safeParse(repeatRuleSchema, { frequency: "weekly" });
    expect(never.success).toBe(false);
    expect(v.flatten(never.issues!).nested).toHaveProperty("until");
    const twice = v.safeParse(repeatRuleSchema, {
      frequency: "weekly",
      count: 3,
      until: "2027-05-01",
    });
    expect(v.flatten(twice.issues!).nested).toHaveProperty("count");
    const tooMany = v.safeParse(repeatRuleSchema, { frequency: "weekly", count: 500 });
    expect(v.flatten(tooMany.issues!).nested).toHaveProperty("count");
  });

  it("keeps the wall-clock time across a change to summer time", () => {
    const start = Date.parse("2027-03-23T16:00:00Z"); // 18:00 in Tallinn (UTC+2)
    const moved = sameWallTime(start, "2027-03-23", "2027-03-30", "Europe/Tallinn");
    expect(new Date(moved).toISOString()).toBe("2027-03-30T15:00:00.000Z"); // 18:00 at UTC+3
    expect(localDate(moved, "Europe/Tallinn")).toBe("2027-03-30");
  });
});
