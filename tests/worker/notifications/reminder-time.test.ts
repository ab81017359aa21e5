import { describe, expect, it } from "vitest";
import { reminderTime } from "../../../worker/notifications/reminder-time.js";

describe("reminder time", () => {
  it("is 10:00 local time on the day before, in winter time", () => {
    // 18:00 in Tallinn on 1 December (UTC+2) → 10:00 on 30 November = 08:00 UTC.
    expect(
      new Date(reminderTime(Date.parse("2026-12-01T16:00:00Z"), "Europe/Tallinn")).toISOString(),
    ).toBe("2026-11-30T08:00:00.000Z");
  });

  it("uses summer time when the clocks went forward overnight", () => {
    // Clocks go forward in Tallinn at 03:00 on Sunday 28 March 2027. An event on Monday 29 March
    // at 18:00 (UTC+3) gets its reminder at 10:00 on the Sunday, already UTC+3: 07:00 UTC.
    expect(
      new Date(reminderTime(Date.parse("2027-03-29T15:00:00Z"), "Europe/Tallinn")).toISOString(),
    ).toBe("2027-03-28T07:00:00.000Z");
    // An event on the Sunday itself has its reminder on Saturday, still winter time: 08:00 UTC.
    expect(
      new Date(reminderTime(Date.parse("2027-03-28T15:00:00Z"), "Europe/Tallinn")).toISOString(),
    ).toBe("2027-03-27T08:00:00.000Z");
  });

  it("works for time zones behind and far ahead of UTC, across a month end", () => {
    expect(
      new Date(reminderTime(Date.parse("2026-12-01T23:00:00Z"), "America/New_York")).toISOString(),
    ).toBe("2026-11-30T15:00:00.000Z");
    // 09:00 on 1 January in Auckland (UTC+13) → 10:00 on 31 December there, 30 December in UTC.
    expect(
      new Date(reminderTime(Date.parse("2026-12-31T20:00:00Z"), "Pacific/Auckland")).toISOString(),
    ).toBe("2026-12-30T21:00:00.000Z");
  });
});
