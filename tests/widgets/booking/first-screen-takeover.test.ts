import { expect, waitUntil } from "@open-wc/testing";
import type { RegistrationView } from "../../../schema/contracts/registrations.js";
import {
  renderBookingFirstScreen,
  renderCancelled,
} from "../../../worker/embed/booking-first-screen.js";
import { HearthBooking } from "../../../widgets/booking/booking.js";
import { show } from "../../../widgets/booking/first-screen-show.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { FetchStub, holdFetch, html, ok } from "../helpers/fetch-stub.js";
import { registrationFixture } from "../helpers/fixtures.js";
import { pageWordsFor } from "../helpers/page-words.js";
import { query, shadow } from "../helpers/shadow.js";

setApiOrigin("https://hearth.test");

const registrationPath = /^\/api\/v1\/registrations\/reg_1$/;
const firstScreenPath = /^\/api\/v1\/registrations\/reg_1\/first-screen$/;
const words = pageWordsFor("ar");
const readerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
const booked = registrationFixture({ locale: "ar", name: "مريم" });
const cancelled: RegistrationView = {
  ...booked,
  status: "cancelled",
  cancelledAt: booked.createdAt,
};

/** The manage page's first screen as embed.js starts it: read with the token in a header. */
const read = (view: RegistrationView) => ({
  url: `https://hearth.test/api/v1/registrations/reg_1/first-screen?tz=${readerZone}`,
  fresh: true,
  headers: { Authorization: "Bearer secret" },
  response: Promise.resolve(new Response(renderBookingFirstScreen({ view, words, readerZone }))),
});

/** What the reader sees, in order: every line of text. */
const seen = (root: ParentNode) =>
  (root.querySelector<HTMLElement>('[part="base"]')?.innerText ?? "").replace(/\s+/g, " ").trim();

let mounted = 0;

describe("<hearth-booking> on its worker's first screen", () => {
  let stub: FetchStub;
  let element: HearthBooking | undefined;

  afterEach(() => {
    stub.restore();
    element?.remove();
  });

  /**
   * The element as embed.js leaves it, the widget's reads held back until `release()`; `define()`
   * is the widget's code coming (a tag of its own per test: tags define once).
   */
  async function mount(view: RegistrationView) {
    const release = holdFetch((url) => !url.includes("/first-screen"));
    const tag = `hearth-booking-${++mounted}`;
    const define = () => customElements.define(tag, class extends HearthBooking {});
    const el = document.createElement(tag) as HearthBooking;
    el.setAttribute("registration", "reg_1");
    el.setAttribute("token", "secret");
    document.body.append(el);
    element = el;
    await show(el, "en", [read(view)]);
    const screen = el.shadowRoot!.querySelector<HTMLElement>("[data-first-screen]")!;
    return { el, screen, release, define };
  }

  it("shows the sign-up in its person's language; Cancel asks first, No keeps it; the widget takes over with the step open and the focus in it", async () => {
    stub = new FetchStub().on("GET", registrationPath, ok({ registration: booked })).install();
    const { el, screen, release, define } = await mount(booked);
    expect(screen.lang).to.equal("ar");
    const press = (selector: string) => screen.querySelector<HTMLElement>(selector)!.click();
    press("button.cancel");
    expect(screen.querySelector("button.cancel") === null, "the actions gave way").to.equal(true);
    expect(el.shadowRoot!.activeElement?.className).to.equal("confirm-text");
    press("button.keep");
    expect(screen.querySelector("form.confirm") === null, "the step gone").to.equal(true);
    expect(el.shadowRoot!.activeElement?.classList.contains("cancel")).to.equal(true);
    press("button.cancel");
    const before = seen(el.shadowRoot!);

    define();
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(seen(shadow(el))).to.equal(before);
    expect(shadow(el).activeElement === query(el, ".confirm-text"), "focus kept").to.equal(true);
    await expect(el).to.be.accessible();
  });

  it("cancels on it, with the token, before the widget's code has come; the widget then says the same, once", async () => {
    stub = new FetchStub()
      .on("GET", registrationPath, ok({ registration: cancelled }))
      .on("POST", firstScreenPath, html(renderCancelled({ view: cancelled, words, readerZone })))
      .install();
    const { el, screen, release, define } = await mount(booked);
    const heard: string[] = [];
    el.addEventListener("hearth-cancelled", () => heard.push("cancelled"));
    screen.querySelector<HTMLElement>("button.cancel")!.click();
    screen.querySelector<HTMLElement>("form.confirm button[type=submit]")!.click();
    await waitUntil(() => screen.querySelector(".outcome"), "the outcome on the first screen");
    const sent = stub.calls.find((call) => call.method === "POST")!;
    expect(sent.headers.get("Authorization")).to.equal("Bearer secret");
    expect(el.shadowRoot!.activeElement?.className).to.equal("outcome");
    expect(screen.querySelector("button.cancel") === null, "nothing left to cancel").to.equal(true);
    const before = seen(el.shadowRoot!);

    define();
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(seen(shadow(el))).to.equal(before);
    expect(shadow(el).activeElement === query(el, ".outcome"), "focus on the outcome").to.equal(
      true,
    );
    expect(heard).to.deep.equal(["cancelled"]);
  });

  it("does what was pressed there that only its code does, once it has come: erase asks first", async () => {
    stub = new FetchStub().on("GET", registrationPath, ok({ registration: booked })).install();
    const { el, screen, release, define } = await mount(booked);
    screen.querySelector<HTMLElement>("button.erase")!.click();
    expect(screen.dataset.pressed).to.equal("erase");
    define();
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    await waitUntil(() => shadow(el).querySelector(".erase-confirm-text"), "erase asks first");
    expect(shadow(el).activeElement === query(el, ".erase-confirm-text")).to.equal(true);
  });

  it("is not shown for a place held for the person: the widget answers it", async () => {
    stub = new FetchStub().install();
    holdFetch();
    const el = document.createElement("hearth-booking-held") as HTMLElement;
    document.body.append(el);
    await show(el, "en", [read({ ...booked, status: "offered" })]);
    expect(el.shadowRoot).to.equal(null);
    el.remove();
  });
});
