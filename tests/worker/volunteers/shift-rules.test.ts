import { describe, expect, it } from "vitest";
import { shiftsOverlap } from "../../../schema/rules/shift-overlap.js";

const at = (hours: number, minutes = 0) => Date.UTC(2027, 5, 1, hours, minutes);
const shift = (from: [number, number], to: [number, number]) => ({
  startsAt: at(...from),
  endsAt: at(...to),
});

describe("shift overlap with a grace period", () => {
  it("allows back-to-back shifts and a handover within the grace period", () => {
    expect(shiftsOverlap(shift([10, 0], [12, 0]), shift([12, 0], [14, 0]), 15)).toBe(false);
    expect(shiftsOverlap(shift([10, 0], [12, 10]), shift([12, 0], [14, 0]), 15)).toBe(false);
  });

  it("refuses an overlap longer than the grace period, either way round", () => {
    expect(shiftsOverlap(shift([10, 0], [12, 30]), shift([12, 0], [14, 0]), 15)).toBe(true);
    expect(shiftsOverlap(shift([12, 0], [14, 0]), shift([10, 0], [12, 30]), 15)).toBe(true);
    expect(shiftsOverlap(shift([10, 0], [12, 10]), shift([12, 0], [14, 0]), 0)).toBe(true);
    expect(shiftsOverlap(shift([9, 0], [17, 0]), shift([11, 0], [12, 0]), 15)).toBe(true);
  });
});
