import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register } from "../../../widgets/signup/define.js";
import type { HearthSignup } from "../../../widgets/signup/signup.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture } from "../helpers/fixtures.js";
import { shadow, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1$/;

/** The tag as an event's own page writes it: its plain form inside, the page's heading above. */
function mount() {
  return fixture<HearthSignup>(
    html`<hearth-signup org="demo" event="evt_1" lang="en" no-header>
      <form method="post" action="/demo/events/evt_1">
        <label for="plain-name">Your name</label>
        <input id="plain-name" name="name" />
        <button type="submit">Sign up</button>
      </form>
    </hearth-signup>`,
  );
}

const plainForm = (el: HearthSignup) => el.querySelector("form")!;
const shown = (element: Element) => element.getClientRects().length > 0;

describe("<hearth-signup> with a plain form inside (an event's own page)", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("keeps the plain form shown while the event is on its way", async () => {
    stub = new FetchStub().on("GET", eventPath, "hang").install();
    const el = await mount();
    await el.updateComplete;
    expect(shown(plainForm(el))).to.equal(true);
    expect(shadow(el).querySelector('[part="form"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("takes over once the event is here, without its own header or form heading", async () => {
    stub = new FetchStub().on("GET", eventPath, ok({ event: eventFixture() })).install();
    const el = await mount();
    await waitFor(el, '[part="form"]');
    expect(shown(plainForm(el))).to.equal(false);
    expect(shadow(el).querySelector("header, h2, h3")).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it("shows the plain form again when the event cannot load", async () => {
    stub = new FetchStub().on("GET", eventPath, "network").install();
    const el = await mount();
    await waitUntil(() => stub.calls.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(shown(plainForm(el))).to.equal(true);
    expect(shadow(el).querySelector('[part="form"], [role="alert"]')).to.equal(null);
  });

  it("leaves the plain form in place once the reader has typed in it", async () => {
    // The first read never answers; the next one, for another language, brings the event.
    stub = new FetchStub().on("GET", eventPath, "hang", ok({ event: eventFixture() })).install();
    const el = await mount();
    const name = plainForm(el).querySelector("input")!;
    name.value = "Sam";
    el.lang = "ar";
    await waitUntil(() => stub.calls.length > 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await el.updateComplete;
    expect(shown(plainForm(el))).to.equal(true);
    expect(name.value).to.equal("Sam");
    expect(shadow(el).querySelector('[part="form"]')).to.equal(null);
  });
});
