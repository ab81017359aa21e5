import { expect } from "@open-wc/testing";
import { fromLocalInput, toLocalInput } from "../../../../widgets/admin/editor/zoned-time.js";

describe("event times in the event's time zone", () => {
  it("reads a wall-clock time in Tallinn in winter as UTC+2", () => {
    expect(fromLocalInput("2030-01-15T18:00", "Europe/Tallinn")).to.equal(
      "2030-01-15T16:00:00.000Z",
    );
  });

  it("reads a wall-clock time in Tallinn in summer as UTC+3", () => {
    expect(fromLocalInput("2030-07-15T18:00", "Europe/Tallinn")).to.equal(
      "2030-07-15T15:00:00.000Z",
    );
  });

  it("gets the day after a daylight-saving change right", () => {
    // Clocks go forward on 31 March 2030 at 03:00 in Tallinn.
    expect(fromLocalInput("2030-03-31T12:00", "Europe/Tallinn")).to.equal(
      "2030-03-31T09:00:00.000Z",
    );
  });

  it("shows a UTC instant on the event's clock, whatever the browser's zone", () => {
    expect(toLocalInput("2030-03-05T16:00:00.000Z", "Europe/Tallinn")).to.equal("2030-03-05T18:00");
    expect(toLocalInput("2030-03-05T16:00:00.000Z", "America/New_York")).to.equal(
      "2030-03-05T11:00",
    );
  });

  it("round-trips every hour of a day across zones", () => {
    for (const zone of ["Europe/Tallinn", "Asia/Kabul", "America/Sao_Paulo"]) {
      for (let hour = 0; hour < 24; hour++) {
        const local = `2030-10-27T${String(hour).padStart(2, "0")}:30`;
        const back = toLocalInput(fromLocalInput(local, zone), zone);
        if (zone !== "Europe/Tallinn" || hour !== 3) expect(back).to.equal(local);
      }
    }
  });

  it("gives nothing for an empty field or an unknown zone", () => {
    expect(fromLocalInput("", "Europe/Tallinn")).to.equal("");
    expect(fromLocalInput("2030-01-15T18:00", "Mars/Olympus")).to.equal("");
  });
});
