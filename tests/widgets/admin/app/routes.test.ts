import { expect } from "@open-wc/testing";
import type { Route, RouteName } from "../../../../widgets/admin/app/routes.js";
import {
  hrefFor,
  isCurrent,
  mayOpen,
  pages,
  parseHash,
} from "../../../../widgets/admin/app/routes.js";

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

  it("reads back every page of the table from the link it writes", () => {
    for (const name of Object.keys(pages) as RouteName[]) {
      const route = { name, id: "evt 1/2", token: "tok_1" } as unknown as Route;
      const { route: read } = parseHash(hrefFor(route, "demo"));
      expect(read.name, name).to.equal(name);
    }
  });

  it("marks Events current on every page of an event, festival and volunteer pages too", () => {
    for (const name of [
      "event",
      "roster",
      "needs",
      "cooks",
      "stalls",
      "ledger",
      "shifts",
    ] as const) {
      expect(isCurrent({ name: "events" }, { name, id: "evt_1" } as Route), name).to.equal(true);
      expect(isCurrent({ name: "settings" }, { name, id: "evt_1" } as Route), name).to.equal(false);
    }
    expect(isCurrent({ name: "roles" }, { name: "roles" })).to.equal(true);
  });

  it("lets each role open what its permissions allow, and nobody signed in the sign-in page", () => {
    expect(mayOpen("coordinator", { name: "roster", id: "evt_1" })).to.equal(true);
    expect(mayOpen("coordinator", { name: "messages" })).to.equal(false);
    expect(mayOpen("organiser", { name: "team" })).to.equal(false);
    expect(mayOpen("owner", { name: "team" })).to.equal(true);
    expect(mayOpen("owner", { name: "sign-in" })).to.equal(false);
  });
});
