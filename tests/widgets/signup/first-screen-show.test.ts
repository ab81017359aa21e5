import { expect } from "@open-wc/testing";
import { show } from "../../../widgets/signup/first-screen-show.js";

/** The worker's sign-up first screen, abridged, for an organisation taking sign-ups on `origins`. */
const markup = (origins: string) =>
  `<div part="base" class="base" lang="uk" dir="ltr" data-first-screen data-signup-origins="${origins}" ` +
  `data-signup-page="https://hearth.test/signup/?org=demo"><form part="form" class="form" novalidate>` +
  `<div part="error" class="error-box" role="alert"></div><input id="name" name="name"><button part="button" class="button submit" type="submit" ` +
  `data-sending="Надсилаємо…" data-stalled="Не вдалося з'єднатися.">Записатися</button>` +
  `</form></div>`;

const read = (body: string) => ({
  url: "https://hearth.test/api/v1/orgs/demo/events/evt_1/first-screen?tz=UTC&header=1&lang=uk",
  fresh: true,
  response: Promise.resolve(new Response(body)),
});

describe("the sign-up form's first screen embed.js shows", () => {
  let element: HTMLElement;
  beforeEach(() => {
    element = document.createElement("hearth-signup-first-screen-test");
    document.body.append(element);
  });
  afterEach(() => element.remove());

  it("shows the form on a website the organisation takes sign-ups from, styled as the widget", async () => {
    await show(element, "uk", [read(markup(`https://elsewhere.example ${location.origin}`))]);
    const form = element.shadowRoot?.querySelector("form");
    expect(form?.getAttribute("part")).to.equal("form");
    expect(getComputedStyle(form!).display).to.equal("grid");
  });

  it("keeps a form sent on it on the page, for the widget to send, and says it is on its way", async () => {
    await show(element, "uk", [read(markup(location.origin))]);
    const screen = element.shadowRoot!.querySelector<HTMLElement>("[data-first-screen]")!;
    const sent = new Promise<boolean>((resolve) =>
      element.shadowRoot!.addEventListener("submit", (event) => resolve(event.defaultPrevented)),
    );
    screen.querySelector("form")!.requestSubmit();
    expect(await sent).to.equal(true);
    expect(screen.dataset.submitted).to.equal("");
    expect(Number(screen.dataset.shownAt)).to.be.greaterThan(0);
    // Said on the button, which takes no second press meanwhile.
    const button = screen.querySelector("button")!;
    expect(button.textContent?.trim()).to.equal("Надсилаємо…");
    expect(button.disabled).to.equal(true);
    expect(screen.querySelector("form")!.getAttribute("aria-busy")).to.equal("true");
  });

  it("says so when the widget's code has not come long after a form was sent, and takes it again", async () => {
    const timers: (() => void)[] = [];
    const setTimeoutBefore = window.setTimeout;
    window.setTimeout = ((callback: () => void) => timers.push(callback)) as typeof setTimeout;
    try {
      await show(element, "uk", [read(markup(location.origin))]);
      const screen = element.shadowRoot!.querySelector<HTMLElement>("[data-first-screen]")!;
      screen.querySelector("form")!.requestSubmit();
      expect(timers).to.have.length(1);
      timers[0]!();
      const button = screen.querySelector("button")!;
      expect(screen.querySelector('[role="alert"]')!.textContent).to.equal(
        "Не вдалося з'єднатися.",
      );
      expect(button.textContent?.trim()).to.equal("Записатися");
      expect(button.disabled).to.equal(false);
      // Sent again: the message goes, the button says it is on its way once more.
      screen.querySelector("form")!.requestSubmit();
      expect(screen.querySelector('[role="alert"]')!.textContent).to.equal("");
      expect(button.disabled).to.equal(true);
    } finally {
      window.setTimeout = setTimeoutBefore;
    }
  });

  it("shows nothing where the organisation does not take sign-ups: the widget says so instead", async () => {
    await show(element, "uk", [read(markup("https://elsewhere.example"))]);
    expect(element.shadowRoot).to.equal(null);
  });

  it("leaves a tag with content of its own (the page's plain form) as it is", async () => {
    element.innerHTML = `<form method="post"><input name="name"></form>`;
    await show(element, "uk", [read(markup(location.origin))]);
    expect(element.shadowRoot).to.equal(null);
  });
});
