import { expect } from "@open-wc/testing";
import { show } from "../../../widgets/events/first-screen-show.js";

const markup = (lang: string) =>
  `<div part="base" class="base" lang="${lang}" dir="${lang === "ar" ? "rtl" : "ltr"}" data-first-screen>` +
  `<ul part="list" class="list"><li part="card" class="card panel"><h3 class="card-title">` +
  `<button type="button" class="title-button" data-event="evt_cafe">مقهى</button></h3></li></ul>` +
  `<button type="button" part="button" class="button secondary more">المزيد</button></div>`;

const read = (body: string, status = 200) => ({
  url: "https://hearth.test/api/v1/orgs/demo/events/first-screen?tz=UTC&lang=ar",
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

  it("leaves the element alone without a first screen in the reader's language", async () => {
    await show(element, "uk", [read(markup("en"))]);
    await show(element, "ar", [read("", 404)]);
    await show(element, "ar", []);
    expect(element.shadowRoot).to.equal(null);
  });
});
