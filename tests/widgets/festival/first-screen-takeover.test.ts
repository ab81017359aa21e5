import { expect, waitUntil } from "@open-wc/testing";
import { renderFestivalFirstScreen } from "../../../worker/embed/festival-first-screen.js";
import { renderSignupFirstScreen } from "../../../worker/embed/signup-first-screen.js";
import { register } from "../../../widgets/festival/define.js";
import type { HearthFestival } from "../../../widgets/festival/festival.js";
import { show } from "../../../widgets/festival/first-screen-show.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { FetchStub, holdFetch, ok } from "../helpers/fetch-stub.js";
import { festivalFixture, menuFixture, signUpSitesFixture } from "../helpers/fixtures.js";
import { pageWordsFor } from "../helpers/page-words.js";
import { query, shadow } from "../helpers/shadow.js";

setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_fest$/;
const menuPath = /^\/api\/v1\/orgs\/demo\/festivals\/evt_fest\/menu$/;
// Its public times: the tickets (volunteers' shifts are read apart, never with the event).
const festival = festivalFixture();
festival.slots = festival.slots.filter((slot) => slot.audience === "attendee");
const detail = { event: festival, defaultLocale: "en", ...signUpSitesFixture() };
const words = pageWordsFor("en");
const readerZone = "Europe/Tallinn";

/** The worker's two first screens: the festival's, and its tickets' form. */
const festivalScreen = renderFestivalFirstScreen(detail, {
  words,
  readerZone,
  org: "demo",
  requested: "en",
});
const ticketsScreen = renderSignupFirstScreen(
  { ...detail, signupOrigins: [location.origin] },
  { words, readerZone, header: false, heading: true },
);
const read = (path: string, markup: string) => ({
  url: `https://hearth.test/api/v1/orgs/demo/${path}/first-screen?lang=en&tz=${readerZone}`,
  fresh: false,
  response: Promise.resolve(new Response(markup)),
});

describe("<hearth-festival> taking over the worker's first screen", () => {
  let stub: FetchStub;
  let element: HearthFestival | undefined;

  /**
   * The element as embed.js leaves it, its first screen shown by `showScreen` before the widget's
   * code defines the tag, the widget's reads held back until `release()`.
   */
  async function mount(showScreen: (el: HearthFestival) => Promise<void>) {
    stub = new FetchStub()
      .on("GET", eventPath, ok({ event: festival, defaultLocale: "en" }))
      .on("GET", menuPath, ok(menuFixture()))
      .install();
    const release = holdFetch();
    const el = document.createElement("hearth-festival") as HearthFestival;
    el.setAttribute("org", "demo");
    el.setAttribute("festival", "evt_fest");
    el.setAttribute("lang", "en");
    element = el;
    await showScreen(el);
    document.body.append(el);
    const screen = el.shadowRoot!.querySelector<HTMLElement>("[data-first-screen]")!;
    register();
    return { el, screen, release };
  }

  afterEach(() => {
    stub.restore();
    element?.remove();
  });

  it("shows the details alone, without a loading message, until its own replace them", async () => {
    const { el, screen, release } = await mount(async (el) => {
      el.attachShadow({ mode: "open" }).innerHTML =
        `<div part="base" class="base" lang="en" dir="ltr" data-first-screen>` +
        `<header part="details" class="details"><h2 lang="en" dir="ltr">${festival.title}</h2></header></div>`;
    });
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('[role="status"]')).to.have.length(0);
    expect(shadow(el).querySelectorAll("h2")).to.have.length(1);
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(shadow(el).querySelectorAll("h2")).to.have.length(1);
    expect(query(el, '[part="details"] h2').textContent).to.equal(festival.title);
  });

  it("shows the tickets' form inside the festival's screen, ready to send itself; the widget keeps that very form, with what was typed, the focus and the caret", async () => {
    const { el, screen, release } = await mount((el) =>
      show(el, "en", [
        read("festivals/evt_fest", festivalScreen),
        read("events/evt_fest", ticketsScreen),
      ]),
    );
    const tickets = screen.querySelector("hearth-signup")!;
    const form = tickets.shadowRoot!.querySelector("[data-first-screen] form[data-sends]")!;
    expect(form.querySelector("h3")?.textContent).to.equal("Sign up");
    expect(tickets.shadowRoot!.querySelectorAll("h2")).to.have.length(0);
    const name = form.querySelector<HTMLInputElement>("#name")!;
    name.value = "Maryam";
    name.focus();
    name.setSelectionRange(2, 2);

    release();
    await waitUntil(() => !screen.isConnected, "the festival's first screen gone");
    await waitUntil(
      () =>
        customElements.get("hearth-signup") &&
        !tickets.shadowRoot!.querySelector("[data-first-screen]"),
      "the form's first screen taken over by the form",
    );
    const kept = el.shadowRoot!.querySelector('[part="tickets"] hearth-signup');
    expect(kept === tickets, "the same element").to.equal(true);
    expect(el.shadowRoot!.querySelectorAll("hearth-signup")).to.have.length(1);
    const typed = tickets.shadowRoot!.querySelector<HTMLInputElement>("#name")!;
    expect(typed.value).to.equal("Maryam");
    expect(tickets.shadowRoot!.activeElement === typed, "focus kept").to.equal(true);
    expect(typed.selectionStart).to.equal(2);
  });
});
