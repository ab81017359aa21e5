import { expect, waitUntil } from "@open-wc/testing";
import { register } from "../../../widgets/festival/define.js";
import type { HearthFestival } from "../../../widgets/festival/festival.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { FetchStub, holdFetch, ok } from "../helpers/fetch-stub.js";
import { festivalFixture, menuFixture } from "../helpers/fixtures.js";
import { query, shadow } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_fest$/;
const menuPath = /^\/api\/v1\/orgs\/demo\/festivals\/evt_fest\/menu$/;
const festival = festivalFixture();

/** What embed.js puts in the element's place: the worker's markup of the details, abridged. */
const firstScreenMarkup = `<div part="base" class="base" lang="en" dir="ltr" data-first-screen>
  <header part="details" class="details"><h2 lang="en" dir="ltr">${festival.title}</h2></header></div>`;

describe("<hearth-festival> taking over the worker's first screen", () => {
  let stub: FetchStub;
  let element: HearthFestival | undefined;

  afterEach(() => {
    stub.restore();
    element?.remove();
  });

  it("shows the details alone, without a loading message, until its own replace them", async () => {
    stub = new FetchStub()
      .on("GET", eventPath, ok({ event: festival, defaultLocale: "en" }))
      .on("GET", menuPath, ok(menuFixture()))
      .install();
    const release = holdFetch();
    const el = document.createElement("hearth-festival") as HearthFestival;
    el.setAttribute("org", "demo");
    el.setAttribute("festival", "evt_fest");
    el.setAttribute("lang", "en");
    el.attachShadow({ mode: "open" }).innerHTML = firstScreenMarkup;
    const screen = el.shadowRoot!.firstElementChild!;
    document.body.append(el);
    element = el;
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[role="status"]')).to.have.length(0);
    expect(shadow(el).querySelectorAll("h2")).to.have.length(1);
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(shadow(el).querySelectorAll("h2")).to.have.length(1);
    expect(query(el, '[part="details"] h2').textContent).to.equal(festival.title);
  });
});
