import { expect, waitUntil } from "@open-wc/testing";
import { show } from "../../../widgets/events/first-screen-show.js";
import { FetchStub, html } from "../helpers/fetch-stub.js";

const markup = (lang: string) =>
  `<div part="base" class="base" lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}" data-first-screen>` +
  `<ul part="list" class="list"><li part="card" class="card panel"><h3 class="card-title">` +
  `<button type="button" class="title-button" data-event="evt_cafe">مقهى</button></h3></li></ul>` +
  `<button type="button" part="button" class="button secondary more">المزيد</button></div>`;

const read = (body: string, status = 200) => ({
  url: "https://hearth.test/api/v1/orgs/demo/events/first-screen?kind=course&tz=UTC&lang=ar",
  fresh: false,
  response: Promise.resolve(new Response(body, { status })),
});

describe("the first screen embed.js shows", () => {
  let element: HTMLElement;
  beforeEach(() => {
    element = document.createElement("hearth-first-screen-test");
    document.body.append(element);
  });
  afterEach(() => element.remove());

  it("puts the worker's markup in the element's shadow root with the list's styles", async () => {
    await show(element, "ar", [read(markup("ar"))]);
    const root = element.shadowRoot!;
    expect(root.querySelector("[data-first-screen]")?.getAttribute("dir")).to.equal("rtl");
    expect(root.adoptedStyleSheets).to.have.length(1);
    // The list's own styles apply: a card is a bordered panel, a list has no bullets.
    const card = root.querySelector<HTMLElement>('[part="card"]')!;
    expect(getComputedStyle(card).borderTopStyle).to.equal("solid");
    expect(getComputedStyle(root.querySelector("ul")!).listStyleType).to.equal("none");
  });

  it("remembers the button pressed for the widget: an event, or the next page", async () => {
    await show(element, "ar", [read(markup("ar"))]);
    const screen = element.shadowRoot!.querySelector<HTMLElement>("[data-first-screen]")!;
    screen.querySelector<HTMLElement>('[data-event="evt_cafe"]')!.click();
    expect(screen.dataset.pressed).to.equal("evt_cafe");
    screen.querySelector<HTMLElement>(".more")!.click();
    expect(screen.dataset.pressed).to.equal("");
  });

  describe("an event opened on it", () => {
    const detailsPath = /^\/api\/v1\/orgs\/demo\/events\/evt_cafe\/details\/first-screen$/;
    const formPath = /^\/api\/v1\/orgs\/demo\/events\/evt_cafe\/first-screen$/;
    /** The worker's details, abridged: Back, the title, and the form's element. */
    const details =
      `<div part="base" class="base" lang="ar" dir="rtl" data-first-screen><article part="detail" class="detail">` +
      `<button type="button" part="button" class="button secondary back">رجوع</button> ` +
      `<h2 class="detail-title" tabindex="-1">مقهى</h2> ` +
      `<span class="share" data-url="https://hearth.test/demo/events/evt_cafe" data-title="مقهى" data-copied="نُسخ الرابط." data-copy-failed="انسخ هذا الرابط: {link}">` +
      `<button type="button" part="button" class="button secondary share">شارك</button><span class="share-status" role="status"></span></span> ` +
      `<hearth-signup org="demo" event="evt_cafe" lang="ar"></hearth-signup></article></div>`;
    const form =
      `<div part="base" class="base" lang="ar" dir="rtl" data-first-screen data-signup-origins="${location.origin}" data-signup-page="https://hearth.test/signup/">` +
      `<form part="form" class="form" novalidate data-sends><h3>التسجيل</h3>` +
      `<input id="name" name="name"><button part="button" class="button submit" type="submit" data-sending="…">سجّل</button></form></div>`;
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows its details from the worker with the list's filters, the focus on its title, and its form's own first screen in them; Back shows the list as it was", async () => {
      stub = new FetchStub()
        .on("GET", detailsPath, html(details))
        .on("GET", formPath, html(form))
        .install();
      await show(element, "ar", [read(markup("ar"))]);
      const screen = element.shadowRoot!.querySelector<HTMLElement>("[data-first-screen]")!;
      const list = screen.querySelector("ul")!;
      screen.querySelector<HTMLElement>('[data-event="evt_cafe"]')!.click();
      const signup = () => screen.querySelector("hearth-signup")?.shadowRoot;
      await waitUntil(() => signup()?.querySelector("form[data-sends]"), "the form shown");
      expect(screen.dataset.opened).to.equal("evt_cafe");
      expect(element.shadowRoot!.activeElement?.className).to.equal("detail-title");
      expect(screen.querySelector("ul") === null, "the list gave way").to.equal(true);
      const [detailsCall, formCall] = stub.calls.map((call) => call.url.searchParams);
      expect(Object.fromEntries(detailsCall!)).to.deep.equal({
        kind: "course",
        tz: "UTC",
        lang: "ar",
      });
      expect(Object.fromEntries(formCall!)).to.deep.equal({
        tz: "UTC",
        lang: "ar",
        header: "form",
      });
      // Share waits for the widget's code; the event opened stays the one it opens.
      screen.querySelector<HTMLElement>(".share button")!.click();
      expect(screen.dataset.pressed).to.equal("evt_cafe");

      screen.querySelector<HTMLElement>(".back")!.click();
      expect(screen.querySelector("ul") === list, "the same list").to.equal(true);
      expect(screen.dataset.opened).to.equal(undefined);
      expect(screen.dataset.pressed).to.equal(undefined);
      expect(element.shadowRoot!.activeElement?.getAttribute("data-event")).to.equal("evt_cafe");
    });

    it("shares the event's page from its Share button before the widget's code: the share sheet, else the link copied and said", async () => {
      stub = new FetchStub()
        .on("GET", detailsPath, html(details))
        .on("GET", formPath, html(form))
        .install();
      const own = {
        share: Object.getOwnPropertyDescriptor(navigator, "share"),
        clipboard: Object.getOwnPropertyDescriptor(navigator, "clipboard"),
      };
      const shared: ShareData[] = [];
      const copied: string[] = [];
      try {
        Object.defineProperty(navigator, "share", {
          value: async (data: ShareData) => void shared.push(data),
          configurable: true,
        });
        await show(element, "ar", [read(markup("ar"))]);
        const screen = element.shadowRoot!.querySelector<HTMLElement>("[data-first-screen]")!;
        screen.querySelector<HTMLElement>('[data-event="evt_cafe"]')!.click();
        await waitUntil(() => screen.querySelector("button.share"), "the event's details");
        const button = screen.querySelector<HTMLElement>("button.share")!;
        button.click();
        await waitUntil(() => shared.length === 1, "the share sheet opens");
        expect(shared[0]).to.deep.equal({
          title: "مقهى",
          url: "https://hearth.test/demo/events/evt_cafe",
        });
        // The event stays the one the widget opens.
        expect(screen.dataset.pressed).to.equal("evt_cafe");
        Object.defineProperty(navigator, "share", { value: undefined, configurable: true });
        Object.defineProperty(navigator, "clipboard", {
          value: { writeText: async (text: string) => void copied.push(text) },
          configurable: true,
        });
        button.click();
        const status = screen.querySelector(".share-status")!;
        await waitUntil(() => status.textContent === "نُسخ الرابط.", "said in the live region");
        expect(copied).to.deep.equal(["https://hearth.test/demo/events/evt_cafe"]);
      } finally {
        for (const [name, descriptor] of Object.entries(own)) {
          if (descriptor) Object.defineProperty(navigator, name, descriptor);
          else delete (navigator as unknown as Record<string, unknown>)[name];
        }
      }
    });

    it("stays on the list when its details cannot be read, the event noted for the widget to open", async () => {
      stub = new FetchStub()
        .on("GET", detailsPath, html("", 404))
        .on("GET", formPath, html(form))
        .install();
      await show(element, "ar", [read(markup("ar"))]);
      const screen = element.shadowRoot!.querySelector<HTMLElement>("[data-first-screen]")!;
      screen.querySelector<HTMLElement>('[data-event="evt_cafe"]')!.click();
      await waitUntil(() => !screen.hasAttribute("aria-busy"), "the read over");
      expect(screen.querySelector('[data-event="evt_cafe"]') !== null, "the list").to.equal(true);
      expect(screen.dataset.opened).to.equal(undefined);
      expect(screen.dataset.pressed).to.equal("evt_cafe");
    });
  });

  it("leaves the element alone without a first screen in the reader's language", async () => {
    await show(element, "uk", [read(markup("en"))]);
    await show(element, "ar", [read("", 404)]);
    await show(element, "ar", []);
    expect(element.shadowRoot).to.equal(null);
  });
});
