import { expect, fixture, html, oneEvent } from "@open-wc/testing";
import arBooking from "../../../i18n/public/ar/booking.json";
import type { HearthBooking } from "../../../widgets/booking/booking.js";
import { register } from "../../../widgets/booking/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { registrationFixture } from "../helpers/fixtures.js";
import { base, has, hasFocus, languages, query, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const registrationPath = /^\/api\/v1\/registrations\/reg_1$/;
const acceptPath = /^\/api\/v1\/registrations\/reg_1\/accept$/;

/** Held until 18:00 on 4 March in Tallinn (16:00 UTC), the evening before the café. */
const offered = registrationFixture({
  status: "offered",
  position: null,
  offer: { expiresAt: "2030-03-04T16:00:00.000Z" },
});
const confirmed = registrationFixture();
const cancelled = registrationFixture({
  status: "cancelled",
  cancelledAt: "2030-03-04T16:00:00.000Z",
});

function mount(lang: string) {
  return fixture<HearthBooking>(
    html`<hearth-booking registration="reg_1" token="secret" lang=${lang}></hearth-booking>`,
  );
}

function stubFor(...routes: Array<[string, RegExp, ...Reply[]]>): FetchStub {
  const stub = new FetchStub();
  for (const [method, path, ...replies] of routes) stub.on(method, path, ...replies);
  return stub.install();
}

const calls = (stub: FetchStub, method: string) => stub.calls.filter((c) => c.method === method);

for (const lang of languages) {
  describe(`<hearth-booking> with a place held for the person in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("says first that a place is free, until when, and asks for an answer", async () => {
      stub = stubFor(["GET", registrationPath, ok({ registration: offered })]);
      const el = await mount(lang);
      const offer = await waitFor(el, '[part="offer"]');
      // Above the card, before anything else the person could read or press.
      const card = query(el, '[part="card"]');
      expect(offer.compareDocumentPosition(card) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(
        0,
      );
      if (lang === "en") {
        expect(offer.querySelector("h2")?.textContent).to.include("A place is free for you");
        expect(offer.textContent).to.include("We are holding it for you until");
        expect(offer.textContent).to.match(/Mar 4, 2030.*6:00\s?PM/);
        expect(query(el, ".accept").textContent).to.include("Yes, I'll take the place");
        expect(query(el, ".decline").textContent).to.include("No, give it to the next person");
      } else {
        // The deadline on the event's clock, in Arabic words and digits.
        expect(offer.textContent).to.match(/[٦6]:[٠0][٠0]/);
      }
      // The status line says the place is held, not "Cancelled".
      const state = query(el, ".state");
      expect(state.className).to.include("offered");
      expect(state.textContent?.trim()).to.equal(
        lang === "en"
          ? "We are holding a place for you. Please answer."
          : arBooking.messages.statusOffered,
      );
      // No "Change" and no second way to give the place away while it is held.
      expect(has(el, ".actions .change")).to.equal(false);
      expect(has(el, ".actions .cancel")).to.equal(false);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("takes the place with the manage token, then shows and announces the confirmed sign-up", async () => {
      stub = stubFor(
        ["GET", registrationPath, ok({ registration: offered })],
        ["POST", acceptPath, ok({ registration: confirmed })],
      );
      const el = await mount(lang);
      await waitFor(el, '[part="offer"]');
      const changed = oneEvent(el, "hearth-changed");
      query(el, ".accept").click();
      const outcome = await waitFor(el, ".outcome");
      const accept = calls(stub, "POST")[0]!;
      expect(accept.url.pathname).to.equal("/api/v1/registrations/reg_1/accept");
      expect(accept.headers.get("Authorization")).to.equal("Bearer secret");
      expect((await changed).detail.registration.status).to.equal("confirmed");
      expect(outcome.closest('[role="status"]') !== null).to.equal(true);
      expect(hasFocus(el, outcome)).to.equal(true);
      if (lang === "en") expect(outcome.textContent).to.include("Your place is confirmed.");
      expect(has(el, '[part="offer"]')).to.equal(false);
      expect(query(el, ".state").className).to.include("confirmed");
      // With the place taken, the party can change again.
      expect(has(el, ".actions .change")).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it("says the time to answer has passed, in the reader's language, and shows the sign-up as it is now", async () => {
      stub = stubFor(
        ["GET", registrationPath, ok({ registration: offered }), ok({ registration: cancelled })],
        ["POST", acceptPath, apiError(409, "offer_expired")],
      );
      const el = await mount(lang);
      await waitFor(el, '[part="offer"]');
      query(el, ".accept").click();
      const alert = await waitFor(el, '[role="alert"] p');
      const expected =
        lang === "en"
          ? "The time to answer has passed, so the place went to the next person."
          : arBooking.messages.offerExpired;
      expect(alert.textContent).to.include(expected);
      expect(hasFocus(el, alert)).to.equal(true);
      await waitFor(el, ".state.cancelled");
      expect(calls(stub, "GET")).to.have.length(2);
      expect(has(el, '[part="offer"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it("gives the place away only after a confirm step, and thanks the person", async () => {
      stub = stubFor(
        ["GET", registrationPath, ok({ registration: offered })],
        ["DELETE", registrationPath, ok({ registration: cancelled })],
      );
      const el = await mount(lang);
      await waitFor(el, '[part="offer"]');
      query(el, ".decline").click();
      const question = await waitFor(el, ".decline-text");
      expect(hasFocus(el, question)).to.equal(true);
      expect(calls(stub, "DELETE")).to.have.length(0);
      await expect(el).to.be.accessible();
      const cancelledEvent = oneEvent(el, "hearth-cancelled");
      query(el, ".offer .confirm .button.danger").click();
      const outcome = await waitFor(el, ".outcome");
      await cancelledEvent;
      expect(calls(stub, "DELETE")).to.have.length(1);
      expect(calls(stub, "DELETE")[0]!.headers.get("Authorization")).to.equal("Bearer secret");
      if (lang === "en") expect(outcome.textContent).to.include("Thank you for telling us.");
      expect(hasFocus(el, outcome)).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-booking> answering a held place", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("goes back to the two answers, without cancelling, when the person steps back", async () => {
    stub = stubFor(["GET", registrationPath, ok({ registration: offered })]);
    const el = await mount("en");
    await waitFor(el, '[part="offer"]');
    query(el, ".decline").click();
    await waitFor(el, ".decline-text");
    query(el, ".offer .confirm .button.secondary").click();
    await waitFor(el, ".offer .decline");
    expect(hasFocus(el, query(el, ".offer .decline"))).to.equal(true);
    expect(calls(stub, "DELETE")).to.have.length(0);
  });

  it("shows the sign-up as it is now, without the answers, when it was answered elsewhere", async () => {
    stub = stubFor(
      ["GET", registrationPath, ok({ registration: offered }), ok({ registration: confirmed })],
      ["POST", acceptPath, apiError(409, "invalid_state")],
    );
    const el = await mount("en");
    await waitFor(el, '[part="offer"]');
    query(el, ".accept").click();
    await waitFor(el, ".state.confirmed");
    expect(has(el, '[part="offer"]')).to.equal(false);
    expect(query(el, '[role="alert"]').textContent?.trim()).to.equal("");
    expect(hasFocus(el, query(el, "#booking-heading"))).to.equal(true);
  });

  it("asks no more once the time ran out, though the sign-up still reads offered for a while", async () => {
    stub = stubFor(
      ["GET", registrationPath, ok({ registration: offered })],
      ["POST", acceptPath, apiError(409, "offer_expired")],
    );
    const el = await mount("en");
    await waitFor(el, '[part="offer"]');
    query(el, ".accept").click();
    await waitFor(el, '[role="alert"] p');
    expect(calls(stub, "GET")).to.have.length(2);
    expect(has(el, '[part="offer"]')).to.equal(false);
    expect(has(el, ".accept")).to.equal(false);
  });

  it("keeps the answers and says why when the network fails", async () => {
    stub = stubFor(
      ["GET", registrationPath, ok({ registration: offered })],
      ["POST", acceptPath, "network"],
    );
    const el = await mount("en");
    await waitFor(el, '[part="offer"]');
    query(el, ".accept").click();
    const alert = await waitFor(el, '[role="alert"] p');
    expect(alert.textContent).to.include("We could not connect.");
    expect(query<HTMLButtonElement>(el, ".accept").disabled).to.equal(false);
  });
});
