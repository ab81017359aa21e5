import type { AdminSeries, EventSeriesLink } from "../../../../schema/contracts/series.js";

/** The editor's event (`evt_1`, 5 March 2030) as the third of twelve weekly dates. */
export const seriesLink: EventSeriesLink = {
  id: "ser_1",
  position: 3,
  total: 12,
  blockSignup: false,
};

const week = 7 * 86_400_000;
const first = Date.parse("2030-02-19T16:00:00.000Z");

export function seriesFixture(overrides: Partial<AdminSeries> = {}): AdminSeries {
  return {
    id: "ser_1",
    rule: {
      frequency: "weekly",
      interval: 1,
      weekdays: ["TU"],
      weekOfMonth: null,
      until: null,
      count: 12,
      exceptions: [],
    },
    blockSignup: false,
    dates: Array.from({ length: 12 }, (_, i) => ({
      eventId: i === 2 ? "evt_1" : `evt_s${i + 1}`,
      startsAt: new Date(first + i * week).toISOString(),
      status: i === 5 ? ("cancelled" as const) : ("published" as const),
      taken: i < 2 ? 20 : 12,
      capacity: 20,
    })),
    ...overrides,
  };
}
