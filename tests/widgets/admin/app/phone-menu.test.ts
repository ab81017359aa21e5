/** The dashboard's views fold behind one "Menu" button on a phone, and stay in view on a laptop. */
import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import type { HearthAdmin } from "../../../../widgets/admin/app/admin-app.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { shadow } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, meFixture } from "../helpers/fixtures.js";

async function mountApp(lang: string) {
  location.hash = "#/events";
  const stub = new FetchStub()
    .on("GET", adminApi("/me"), ok(meFixture("owner")))
    .on("GET", adminApi("/orgs/demo/events"), ok({ events: [adminEventFixture()] }))
    .on("GET", adminApi("/orgs/demo/preferences"), ok({ preferences: { digest: false } }))
    .install();
  const el = await fixture<HearthAdmin>(html`<hearth-admin lang=${lang}></hearth-admin>`);
  await waitUntil(() => shadow(el).querySelector("nav ul"), "the navigation");
  return { el, stub };
}

const visible = (element: Element | null) =>
  element !== null && getComputedStyle(element).display !== "none";

describe("<hearth-admin>'s navigation on a phone", () => {
  let stub: FetchStub;
  afterEach(async () => {
    stub.restore();
    location.hash = "";
    await setViewport({ width: 800, height: 600 });
  });

  it("folds the views behind a Menu button naming the open one, and folds them after a choice", async () => {
    await setViewport({ width: 320, height: 640 });
    const mounted = await mountApp("en");
    stub = mounted.stub;
    const root = shadow(mounted.el);
    const toggle = root.querySelector<HTMLButtonElement>(".nav-toggle")!;
    const list = root.querySelector("#nav-list");
    expect(visible(toggle)).to.equal(true);
    expect(toggle.textContent?.replace(/\s+/g, " ").trim()).to.equal("Menu: Events");
    expect(toggle.getAttribute("aria-expanded")).to.equal("false");
    expect(toggle.getAttribute("aria-controls")).to.equal("nav-list");
    expect(visible(list)).to.equal(false);
    // The page itself starts about 250 px down a 640 px screen (about 390 with every view shown).
    expect(root.querySelector("main")!.getBoundingClientRect().top).to.be.below(260);

    toggle.click();
    await mounted.el.updateComplete;
    expect(toggle.getAttribute("aria-expanded")).to.equal("true");
    expect(visible(list)).to.equal(true);
    await expect(mounted.el).to.be.accessible();

    location.hash = "#/settings?org=demo";
    await waitUntil(() => toggle.getAttribute("aria-expanded") === "false", "folded again");
    expect(visible(list)).to.equal(false);
  });

  it("shows every view and no Menu button on a laptop, in Arabic too", async () => {
    await setViewport({ width: 1280, height: 800 });
    const mounted = await mountApp("ar");
    stub = mounted.stub;
    const root = shadow(mounted.el);
    expect(visible(root.querySelector(".nav-toggle"))).to.equal(false);
    expect(visible(root.querySelector("#nav-list"))).to.equal(true);
  });
});
