import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { hrefFor, isCurrent, mayOpen, parseHash } from "../../../../widgets/admin/app/routes.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { shadow, text } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { meFixture } from "../helpers/fixtures.js";

describe("network routes", () => {
  it("reads the Network page and a join link from the hash", () => {
    expect(parseHash("#/network?org=demo")).to.deep.equal({
      route: { name: "network" },
      org: "demo",
    });
    expect(parseHash("#/networks/join/tok_abc-123").route).to.deep.equal({
      name: "network-join",
      token: "tok_abc-123",
    });
    expect(hrefFor({ name: "network" }, "demo")).to.equal("#/network?org=demo");
    expect(isCurrent({ name: "network" }, { name: "network-join", token: "t" })).to.equal(true);
  });

  it("opens the Network page to owners and organisers, a join link to every member", () => {
    expect(mayOpen("owner", { name: "network" })).to.equal(true);
    expect(mayOpen("organiser", { name: "network" })).to.equal(true);
    expect(mayOpen("coordinator", { name: "network" })).to.equal(false);
    expect(mayOpen("coordinator", { name: "network-join", token: "t" })).to.equal(true);
  });
});

describe("<hearth-admin> and networks", () => {
  let stub: FetchStub;
  afterEach(() => {
    stub.restore();
    location.hash = "";
  });

  it("lists Network for an organiser, not for a coordinator", async () => {
    location.hash = "#/network";
    stub = new FetchStub()
      .on("GET", adminApi("/me"), ok(meFixture("organiser")), ok(meFixture("coordinator")))
      .on(
        "GET",
        adminApi("/orgs/demo/network"),
        ok({ isNetwork: false, members: [], invitations: [], joined: [] }),
      )
      .install();
    const app = await fixture(html`<hearth-admin lang="en"></hearth-admin>`);
    await waitUntil(() => shadow(app).querySelector("hearth-admin-network"), "the page");
    const nav = () => [...shadow(app).querySelectorAll("nav a")].map((a) => a.textContent?.trim());
    expect(nav()).to.include("Network");
    const coordinator = await fixture(html`<hearth-admin lang="en"></hearth-admin>`);
    await waitUntil(() => shadow(coordinator).querySelector("nav"), "the navigation");
    expect(
      [...shadow(coordinator).querySelectorAll("nav a")].map((a) => a.textContent?.trim()),
    ).to.not.include("Network");
    expect(text(coordinator)).to.include("Your role does not include this page.");
  });

  it("opens the join page from a network's link, with its code loaded on first use", async () => {
    location.hash = "#/networks/join/tok_abcdefghijklmnopqrstuvwxyz";
    stub = new FetchStub()
      .on("GET", adminApi("/me"), ok(meFixture("owner")))
      .on(
        "POST",
        adminApi("/orgs/demo/networks/preview"),
        ok({ network: { slug: "demo-region", name: "Demo Region" }, alreadyMember: false }),
      )
      .install();
    const app = await fixture(html`<hearth-admin lang="en"></hearth-admin>`);
    await waitUntil(() => shadow(app).querySelector("hearth-admin-network-join"), "the join page");
    const page = shadow(app).querySelector("hearth-admin-network-join")!;
    await waitUntil(() => text(page).includes("Demo Region invites Demo City"), "the preview");
    expect(page.getAttribute("token")).to.equal("tok_abcdefghijklmnopqrstuvwxyz");
    await expect(app).to.be.accessible();
  });
});
