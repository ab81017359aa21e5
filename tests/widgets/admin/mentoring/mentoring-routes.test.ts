import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { hrefFor, isCurrent, mayOpen, parseHash } from "../../../../widgets/admin/app/routes.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { shadow, text } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { meFixture } from "../helpers/fixtures.js";
import { reportFixture, seasonFixture, workbenchFixture } from "./mentoring-fixtures.js";

describe("Language Friends routes", () => {
  it("reads the seasons, a new season, a season's set-up and its workbench from the hash", () => {
    expect(parseHash("#/mentoring?org=demo")).to.deep.equal({
      route: { name: "mentoring" },
      org: "demo",
    });
    expect(parseHash("#/mentoring/new").route).to.deep.equal({ name: "mentoring-new" });
    expect(parseHash("#/mentoring/seasons/sea_1").route).to.deep.equal({
      name: "mentoring-workbench",
      id: "sea_1",
    });
    expect(parseHash("#/mentoring/seasons/sea_1/edit").route).to.deep.equal({
      name: "mentoring-edit",
      id: "sea_1",
    });
    expect(hrefFor({ name: "mentoring-workbench", id: "sea_1" }, "demo")).to.equal(
      "#/mentoring/seasons/sea_1?org=demo",
    );
    expect(isCurrent({ name: "mentoring" }, { name: "mentoring-edit", id: "sea_1" })).to.equal(
      true,
    );
  });

  it("opens them to owners and organisers only", () => {
    for (const name of ["mentoring", "mentoring-new"] as const) {
      expect(mayOpen("owner", { name }), name).to.equal(true);
      expect(mayOpen("organiser", { name }), name).to.equal(true);
      expect(mayOpen("coordinator", { name }), name).to.equal(false);
    }
    expect(mayOpen("coordinator", { name: "mentoring-workbench", id: "sea_1" })).to.equal(false);
  });
});

describe("<hearth-admin> and Language Friends", () => {
  let stub: FetchStub;
  afterEach(() => {
    stub.restore();
    location.hash = "";
  });

  it("lists Language Friends for an organiser, not for a coordinator", async () => {
    location.hash = "#/mentoring";
    stub = new FetchStub()
      .on("GET", adminApi("/me"), ok(meFixture("organiser")), ok(meFixture("coordinator")))
      .on("GET", adminApi("/orgs/demo/mentoring/seasons"), ok({ seasons: [seasonFixture()] }))
      .install();
    const app = await fixture(html`<hearth-admin lang="en"></hearth-admin>`);
    await waitUntil(() => shadow(app).querySelector("hearth-admin-seasons"), "the page");
    const current = shadow(app).querySelector('nav a[aria-current="page"]');
    expect(current?.textContent?.trim()).to.equal("Language Friends");
    const coordinator = await fixture(html`<hearth-admin lang="en"></hearth-admin>`);
    await waitUntil(() => shadow(coordinator).querySelector("nav"), "the navigation");
    expect(
      [...shadow(coordinator).querySelectorAll("nav a")].map((a) => a.textContent?.trim()),
    ).to.not.include("Language Friends");
    expect(text(coordinator)).to.include("Your role does not include this page.");
  });

  it("opens a season's workbench from its link, named after the season", async () => {
    location.hash = "#/mentoring/seasons/sea_1?org=demo";
    stub = new FetchStub()
      .on("GET", adminApi("/me"), ok(meFixture("owner")))
      .on("GET", adminApi("/orgs/demo/mentoring/seasons/sea_1/workbench"), ok(workbenchFixture()))
      .on("GET", adminApi("/orgs/demo/mentoring/seasons/sea_1/report"), ok(reportFixture()))
      .install();
    const app = await fixture(html`<hearth-admin lang="en"></hearth-admin>`);
    await waitUntil(
      () => shadow(app).querySelector("hearth-admin-mentoring-workbench"),
      "the workbench",
    );
    const page = shadow(app).querySelector("hearth-admin-mentoring-workbench")!;
    expect(page.getAttribute("season-id")).to.equal("sea_1");
    await waitUntil(
      () => document.title.startsWith("Language Friends spring 2030"),
      "the page's title names the season",
    );
  });
});
