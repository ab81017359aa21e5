import { expect, waitUntil } from "@open-wc/testing";
import { show } from "../../../widgets/visits/first-screen-show.js";
import { FetchStub, html } from "../helpers/fetch-stub.js";

const list =
  `<div part="base" class="base" lang="ar" dir="rtl" data-first-screen>` +
  `<ul part="list" class="list"><li part="card" class="card panel"><h3 class="card-title">` +
  `<button type="button" class="title-button" data-event="evt_trip">رحلة</button></h3></li></ul></div>`;

const read = () => ({
  url: "https://hearth.test/api/v1/orgs/demo/visits/first-screen?region=Tartu&tz=UTC&lang=ar",
  fresh: false,
  response: Promise.resolve(new Response(list)),
});

/** A way to take part on the visit's page, as the worker draws it, folded. */
const way = (choice: string, inside = "") =>
  `<section part="choice" class="choice-card panel" data-choice="${choice}"><h4>${choice}</h4>` +
  `<button type="button" part="button" class="button " aria-expanded="false" aria-controls="form-${choice}">${choice}</button>` +
  `<div id="form-${choice}">${inside}</div></section>`;

/** The worker's page of the visit, abridged: Back, the title, the three ways. */
const page =
  `<div part="base" class="base" lang="ar" dir="rtl" data-first-screen><article part="detail" class="detail">` +
  `<button type="button" part="button" class="button secondary back">رجوع</button> ` +
  `<h2 class="detail-title" tabindex="-1">رحلة</h2><section class="take-part" data-loading="…تحميل">` +
  way(
    "visitor",
    `<hearth-visit-group-form org="demo" lang="ar" event="evt_trip" hidden></hearth-visit-group-form>`,
  ) +
  way(
    "host",
    `<hearth-visit-host-form org="demo" lang="ar" event="evt_trip" hidden></hearth-visit-host-form>`,
  ) +
  way(
    "interpreter",
    `<hearth-visit-interpreter-form org="demo" lang="ar" event="evt_trip" hidden></hearth-visit-interpreter-form>`,
  ) +
  `</section></article></div>`;

/** A way's form as the worker draws it, abridged: one field and its button. */
const wayForm = (field: string) =>
  `<div part="base" class="base" lang="ar" dir="rtl" data-first-screen data-signup-origins="${location.origin}" data-signup-page="https://hearth.test/signup/">` +
  `<form part="form" class="form" novalidate data-sends><input id="${field}" name="${field}" value="1">` +
  `<button part="button" class="button submit" type="submit" data-sending="…">أرسل</button></form></div>`;

describe("the visits list's first screen: a visit opened on it", () => {
  let element: HTMLElement;
  let stub: FetchStub;
  beforeEach(() => {
    element = document.createElement("hearth-visits-first-screen-test");
    document.body.append(element);
    stub = new FetchStub()
      .on("GET", /^\/api\/v1\/orgs\/demo\/visits\/evt_trip\/details\/first-screen$/, html(page))
      .on(
        "GET",
        /^\/api\/v1\/orgs\/demo\/visits\/evt_trip\/group-form\/first-screen$/,
        html(wayForm("adults")),
      )
      .on(
        "GET",
        /^\/api\/v1\/orgs\/demo\/visits\/evt_trip\/host-form\/first-screen$/,
        html(wayForm("offer")),
      )
      // The interpreter's form does not come before the widget's code.
      .on(
        "GET",
        /^\/api\/v1\/orgs\/demo\/visits\/evt_trip\/interpreter-form\/first-screen$/,
        "hang",
      )
      .install();
  });
  afterEach(() => {
    stub.restore();
    element.remove();
  });

  async function opened(): Promise<HTMLElement> {
    await show(element, "ar", [read()]);
    const screen = element.shadowRoot!.querySelector<HTMLElement>("[data-first-screen]")!;
    screen.querySelector<HTMLElement>('[data-event="evt_trip"]')!.click();
    const form = () => screen.querySelector("hearth-visit-group-form")?.shadowRoot;
    await waitUntil(() => form()?.querySelector("form[data-sends]"), "the group form shown");
    return screen;
  }

  it("shows its page from the worker in the list's region, the focus on its title, the group's form read beside it (no region) and folded", async () => {
    const screen = await opened();
    expect(screen.dataset.opened).to.equal("evt_trip");
    expect(element.shadowRoot!.activeElement?.className).to.equal("detail-title");
    const [pageCall, formCall] = stub.calls.map((call) =>
      Object.fromEntries(call.url.searchParams),
    );
    expect(pageCall).to.deep.equal({ region: "Tartu", tz: "UTC", lang: "ar" });
    expect(formCall).to.deep.equal({ tz: "UTC", lang: "ar" });
    const form = screen.querySelector<HTMLElement>("hearth-visit-group-form")!;
    expect(form.hidden).to.equal(true);
    expect(form.getBoundingClientRect().height).to.equal(0);
  });

  it("unfolds one way at a time: the group's shows its form, another is noted for the widget; Back shows the list", async () => {
    const screen = await opened();
    const button = (choice: string) =>
      screen.querySelector<HTMLButtonElement>(`[data-choice="${choice}"] button`)!;
    const form = screen.querySelector<HTMLElement>("hearth-visit-group-form")!;
    button("visitor").click();
    expect(button("visitor").getAttribute("aria-expanded")).to.equal("true");
    expect(button("visitor").classList.contains("secondary")).to.equal(true);
    expect(screen.dataset.unfolded).to.equal("visitor");
    expect(form.hidden).to.equal(false);
    expect(form.getBoundingClientRect().height).to.be.above(0);

    // The visit stays the one the widget opens (not "Show more", as a button off a card reads).
    expect(screen.dataset.pressed).to.equal("evt_trip");
    expect(screen.querySelector(".way-loading"), "the form shown, nothing waits").to.equal(null);

    button("interpreter").click();
    expect(button("visitor").getAttribute("aria-expanded")).to.equal("false");
    expect(button("interpreter").getAttribute("aria-expanded")).to.equal("true");
    expect(screen.dataset.unfolded).to.equal("interpreter");
    expect(form.hidden).to.equal(true);
    // The interpreter's form has not come: the region it controls says so meanwhile.
    const waiting = screen.querySelector('#form-interpreter [role="status"]');
    expect(waiting?.textContent).to.equal("…تحميل");
    button("interpreter").click();
    expect(screen.dataset.unfolded).to.equal(undefined);
    expect(screen.querySelector(".way-loading")).to.equal(null);
    button("interpreter").click();
    expect(screen.dataset.pressed).to.equal("evt_trip");

    screen.querySelector<HTMLElement>(".back")!.click();
    expect(screen.querySelector("ul") !== null, "the list again").to.equal(true);
    expect(screen.dataset.opened).to.equal(undefined);
    expect(screen.dataset.unfolded, "what was unfolded went with the visit").to.equal(undefined);
    expect(element.shadowRoot!.activeElement?.getAttribute("data-event")).to.equal("evt_trip");
  });

  it("reads a host's form only once its way unfolds, says it is loading until it shows, and shows it once", async () => {
    const screen = await opened();
    const reads = (form: string) =>
      stub.calls.filter((call) => call.url.pathname.endsWith(`/${form}/first-screen`)).length;
    expect(reads("host-form"), "not read before anyone asks").to.equal(0);
    const button = screen.querySelector<HTMLButtonElement>('[data-choice="host"] button')!;
    button.click();
    expect(screen.querySelector('#form-host [role="status"]')?.textContent).to.equal("…تحميل");
    const host = screen.querySelector<HTMLElement>("hearth-visit-host-form")!;
    expect(host.hidden).to.equal(false);
    await waitUntil(
      () => host.shadowRoot?.querySelector("form[data-sends]"),
      "the host form shown",
    );
    expect(screen.querySelector(".way-loading"), "the form replaces the line").to.equal(null);
    expect(host.shadowRoot!.querySelector<HTMLInputElement>("#offer")).to.not.equal(null);
    // Folded and unfolded again: the same form, not read again.
    button.click();
    expect(host.hidden).to.equal(true);
    button.click();
    expect(host.hidden).to.equal(false);
    expect(screen.querySelector(".way-loading")).to.equal(null);
    expect(reads("host-form")).to.equal(1);
    expect(screen.querySelector<HTMLElement>("hearth-visit-interpreter-form")!.hidden).to.equal(
      true,
    );
  });

  it("keeps saying a host's form is loading when it cannot be read, and leaves it to the widget", async () => {
    stub.restore();
    stub = new FetchStub()
      .on("GET", /\/details\/first-screen$/, html(page))
      .on("GET", /\/group-form\/first-screen$/, html(wayForm("adults")))
      .on("GET", /\/host-form\/first-screen$/, "network")
      .install();
    const unhandled: unknown[] = [];
    const heard = (event: PromiseRejectionEvent) => {
      unhandled.push(event.reason);
      event.preventDefault();
    };
    window.addEventListener("unhandledrejection", heard);
    const screen = await opened();
    screen.querySelector<HTMLButtonElement>('[data-choice="host"] button')!.click();
    await waitUntil(
      () => stub.calls.some((call) => call.url.pathname.endsWith("/host-form/first-screen")),
      "the host form asked for",
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.querySelector("hearth-visit-host-form")!.shadowRoot).to.equal(null);
    expect(screen.querySelector('#form-host [role="status"]')?.textContent).to.equal("…تحميل");
    expect(screen.dataset.unfolded).to.equal("host");
    window.removeEventListener("unhandledrejection", heard);
    expect(unhandled, "nothing thrown where nobody hears it").to.deep.equal([]);
  });
});
