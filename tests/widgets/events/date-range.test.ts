import { expect } from "@open-wc/testing";
import {
  addDays,
  dayIn,
  endsBeforeStart,
  presetSpan,
  spanQuery,
  startOfDay,
} from "../../../widgets/events/date-range.js";

const iso = (instant: number) => new Date(instant).toISOString();

describe("date-range: the days of a network's date filter", () => {
  it("tells the day where the network is, not in UTC", () => {
    const lateThursdayUtc = Date.parse("2026-12-03T23:30:00Z");
    expect(dayIn(lateThursdayUtc, "Europe/Tallinn")).to.equal("2026-12-04");
    expect(dayIn(lateThursdayUtc, "UTC")).to.equal("2026-12-03");
    expect(dayIn(Date.parse("2026-12-04T03:00:00Z"), "America/Los_Angeles")).to.equal("2026-12-03");
  });

  it("starts a day at the network's midnight, in winter and summer time", () => {
    expect(iso(startOfDay("2026-12-04", "Europe/Tallinn"))).to.equal("2026-12-03T22:00:00.000Z");
    expect(iso(startOfDay("2026-07-01", "Europe/Tallinn"))).to.equal("2026-06-30T21:00:00.000Z");
    expect(iso(startOfDay("2026-12-04", "Asia/Kolkata"))).to.equal("2026-12-03T18:30:00.000Z");
    expect(iso(startOfDay("2026-12-04", "UTC"))).to.equal("2026-12-04T00:00:00.000Z");
  });

  it("starts the days the clocks change on at their first moment", () => {
    // Tallinn changes at 03:00 and 04:00: midnight is still the old time.
    expect(iso(startOfDay("2026-03-29", "Europe/Tallinn"))).to.equal("2026-03-28T22:00:00.000Z");
    expect(iso(startOfDay("2026-10-25", "Europe/Tallinn"))).to.equal("2026-10-24T21:00:00.000Z");
    // Santiago skips from midnight to 01:00: the day begins at 01:00 (-03).
    expect(iso(startOfDay("2026-09-06", "America/Santiago"))).to.equal("2026-09-06T04:00:00.000Z");
    // Havana goes back from 01:00 to midnight: the first of the two midnights.
    expect(iso(startOfDay("2026-11-01", "America/Havana"))).to.equal("2026-11-01T04:00:00.000Z");
  });

  it("counts weeks Monday to Sunday and the weekend as Saturday and Sunday", () => {
    const friday = "2026-12-04";
    expect(presetSpan("today", friday)).to.deep.equal({ first: friday, last: friday });
    expect(presetSpan("week", friday)).to.deep.equal({ first: friday, last: "2026-12-06" });
    expect(presetSpan("week", "2026-11-30")).to.deep.equal({
      first: "2026-11-30",
      last: "2026-12-06",
    });
    expect(presetSpan("weekend", friday)).to.deep.equal({
      first: "2026-12-05",
      last: "2026-12-06",
    });
    // On Sunday, the weekend and the week are what is left of them: today.
    expect(presetSpan("weekend", "2026-12-06")).to.deep.equal({
      first: "2026-12-06",
      last: "2026-12-06",
    });
    expect(presetSpan("week", "2026-12-06")).to.deep.equal({
      first: "2026-12-06",
      last: "2026-12-06",
    });
    expect(presetSpan("next30", friday)).to.deep.equal({ first: friday, last: "2027-01-02" });
  });

  it("sends the first day's start and the start of the day after the last", () => {
    expect(spanQuery("2026-12-04", "2026-12-06", "Europe/Tallinn")).to.deep.equal({
      from: "2026-12-03T22:00:00.000Z",
      to: "2026-12-06T22:00:00.000Z",
    });
    // Across the end of a month and of summer time.
    expect(spanQuery("2026-10-24", "2026-10-31", "Europe/Tallinn")).to.deep.equal({
      from: "2026-10-23T21:00:00.000Z",
      to: "2026-10-31T22:00:00.000Z",
    });
    expect(spanQuery("2026-12-04", "", "Europe/Tallinn")).to.deep.equal({
      from: "2026-12-03T22:00:00.000Z",
      to: undefined,
    });
    expect(spanQuery("", "", "Europe/Tallinn")).to.deep.equal({ from: undefined, to: undefined });
  });

  it("knows a range that ends before it starts, and counts days across years", () => {
    expect(endsBeforeStart("2026-12-10", "2026-12-09")).to.equal(true);
    expect(endsBeforeStart("2026-12-10", "2026-12-10")).to.equal(false);
    expect(endsBeforeStart("2026-12-10", "")).to.equal(false);
    expect(addDays("2026-12-31", 1)).to.equal("2027-01-01");
    expect(addDays("2028-02-28", 1)).to.equal("2028-02-29");
  });
});
