import { expect } from "@open-wc/testing";
import { hrefFor, parseHash } from "../../../../widgets/admin/app/routes.js";

describe("dashboard routes", () => {
  it("reads the view and the organisation from the hash", () => {
    expect(parseHash("#/events/evt_1/roster?org=tallinn")).to.deep.equal({
      route: { name: "roster", id: "evt_1" },
      org: "tallinn",
    });
    expect(parseHash("#/events/new").route).to.deep.equal({ name: "event-new" });
    expect(parseHash("#/invitation/abc123").route).to.deep.equal({
      name: "invitation",
      token: "abc123",
    });
    expect(parseHash("#/events/evt_v/needs").route).to.deep.equal({ name: "needs", id: "evt_v" });
    expect(parseHash("#/events/evt_v/manifest?org=demo").route).to.deep.equal({
      name: "manifest",
      id: "evt_v",
    });
    expect(hrefFor({ name: "feedback", id: "evt_v" }, "demo")).to.equal(
      "#/events/evt_v/feedback?org=demo",
    );
    expect(parseHash("#/team").route).to.deep.equal({ name: "team" });
    expect(parseHash("#/messages?org=demo").route).to.deep.equal({ name: "messages" });
  });

  it("reads and writes a festival's pages", () => {
    for (const page of ["cooks", "stalls", "translations", "ledger"] as const) {
      expect(parseHash(`#/events/evt_f/${page}?org=demo`).route).to.deep.equal({
        name: page,
        id: "evt_f",
      });
      expect(hrefFor({ name: page, id: "evt_f" }, "demo")).to.equal(
        `#/events/evt_f/${page}?org=demo`,
      );
    }
  });

  it("reads and writes the volunteer pages", () => {
    expect(parseHash("#/roles?org=demo").route).to.deep.equal({ name: "roles" });
    expect(hrefFor({ name: "roles" }, "demo")).to.equal("#/roles?org=demo");
    for (const page of ["shifts", "hours"] as const) {
      expect(parseHash(`#/events/evt_f/${page}`).route).to.deep.equal({ name: page, id: "evt_f" });
      expect(hrefFor({ name: page, id: "evt_f" }, "demo")).to.equal(
        `#/events/evt_f/${page}?org=demo`,
      );
    }
  });

  it("falls back to the events list for an unknown place", () => {
    expect(parseHash("#/nowhere/at/all").route).to.deep.equal({ name: "events" });
    expect(parseHash("").route).to.deep.equal({ name: "events" });
  });

  it("writes links that keep the chosen organisation", () => {
    expect(hrefFor({ name: "event", id: "evt 1" }, "demo")).to.equal("#/events/evt%201?org=demo");
    expect(hrefFor({ name: "settings" }, null)).to.equal("#/settings");
  });
});
