import { expect, fixture, html } from "@open-wc/testing";
import type { RegistrationView } from "../../../schema/contracts/registrations.js";
import type { HearthBooking } from "../../../widgets/booking/booking.js";
import { register } from "../../../widgets/booking/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { registrationFixture } from "../helpers/fixtures.js";
import { fetchedCodeOf } from "../helpers/fetched-code.js";
import { has, shadow, waitFor } from "../helpers/shadow.js";

/*
 * Answering a held place is code of its own (widgets/booking/booking-offer.ts), which the manage
 * page fetches only for a sign-up whose place is held (`offered`). The tests share one page and
 * run in order: the first sees it before anything fetched that code.
 */
performance.setResourceTimingBufferSize(5000);

register();
setApiOrigin("https://hearth.test");

const registrationPath = /^\/api\/v1\/registrations\/reg_1$/;

/** Whether the page fetched the offer panel's code or its strings. */
const fetchedOfferCode = () => fetchedCodeOf("booking", ["booking-offer"]);

async function mount(registration: RegistrationView) {
  const stub = new FetchStub().on("GET", registrationPath, ok({ registration })).install();
  const el = await fixture<HearthBooking>(
    html`<hearth-booking registration="reg_1" token="secret" lang="en"></hearth-booking>`,
  );
  return { el, stub };
}

describe("<hearth-booking> loading the held-place panel", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("never fetches the panel's code for a confirmed or waitlisted sign-up", async () => {
    let el: HearthBooking;
    for (const registration of [
      registrationFixture(),
      registrationFixture({ status: "waitlisted", position: 2 }),
    ]) {
      ({ el, stub } = await mount(registration));
      await waitFor(el, '[part="card"]');
      expect(has(el, '[part="offer"]')).to.equal(false);
      stub.restore();
      el.remove();
    }
    expect(fetchedOfferCode()).to.equal(false);
  });

  it("shows a held place's panel in the same first render as the sign-up", async () => {
    const offered = registrationFixture({
      status: "offered",
      position: null,
      offer: { expiresAt: "2030-03-04T16:00:00.000Z" },
    });
    stub = new FetchStub().on("GET", registrationPath, ok({ registration: offered })).install();
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement("hearth-booking");
    el.setAttribute("registration", "reg_1");
    el.setAttribute("token", "secret");
    el.setAttribute("lang", "en");
    container.append(el);
    // For every render that shows the card: whether the panel is above it.
    const withPanel: boolean[] = [];
    new MutationObserver(() => {
      if (has(el, '[part="card"]')) withPanel.push(has(el, '[part="offer"] .accept'));
    }).observe(shadow(el), { childList: true, subtree: true });
    await waitFor(el, '[part="card"]');
    expect(withPanel).to.not.include(false);
    expect(has(el, '[part="offer"] .accept')).to.equal(true);
    expect(fetchedOfferCode()).to.equal(true);
    await expect(el).to.be.accessible();
  });
});
