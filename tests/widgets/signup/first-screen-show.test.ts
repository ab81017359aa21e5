import { expect } from "@open-wc/testing";
import { renderRefusal, renderSignedUp } from "../../../worker/embed/signup-first-screen-answer.js";
import { show } from "../../../widgets/signup/first-screen-show.js";
import { FetchStub, html } from "../helpers/fetch-stub.js";
import { signUpFixture } from "../helpers/fixtures.js";
import { pageWordsFor } from "../helpers/page-words.js";

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

describe("a sign-up form's first screen sending itself before the widget's code has come", () => {
  const words = pageWordsFor("ar");
  const sendPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1\/first-screen$/;
  /** Abridged as above, in Arabic, with the form marked to send itself and two fields to fix. */
  const sendingMarkup = (seriesChoice = "") =>
    `<div part="base" class="base" lang="ar" dir="rtl" data-first-screen data-signup-origins="${location.origin}" ` +
    `data-signup-page="https://hearth.test/signup/?org=demo"><div part="status" class="status" role="status"></div>` +
    `<div part="error" class="error-box" role="alert"></div><form part="form" class="form" novalidate data-sends>` +
    `<input type="hidden" name="slotId" value="slot_1">` +
    `<div class="field"><label for="name">الاسم</label><p id="name-hint">hint</p><input id="name" name="name" aria-describedby="name-hint" aria-invalid="false"></div>` +
    `<details class="needs"><summary>needs</summary><div class="field"><label for="dietary">diet</label><textarea id="dietary" name="dietary" aria-invalid="false"></textarea></div></details>` +
    `<div class="field consent"><label class="choice"><input type="checkbox" id="consent" name="consent" value="yes" aria-invalid="false"> <span>نعم</span></label></div>` +
    seriesChoice +
    `<button part="button" class="button submit" type="submit" data-sending="جارٍ الإرسال…" data-stalled="تعذر الاتصال." data-failed="حدث خطأ.">سجّل</button>` +
    `</form></div>`;
  const refusal = (fields: Record<string, string>) =>
    renderRefusal(
      {
        status: 422,
        error: { code: "validation_failed", message: "Some answers need a fix.", fields },
      },
      { fields: Object.fromEntries(Object.keys(fields).map((name) => [name, `${name}؟`])) },
      words,
    );

  let element: HTMLElement;
  let stub: FetchStub;
  beforeEach(() => {
    element = document.createElement("hearth-signup-first-screen-test");
    document.body.append(element);
  });
  afterEach(() => {
    stub.restore();
    element.remove();
  });

  async function shownScreen(markup = sendingMarkup()) {
    await show(element, "ar", [read(markup)]);
    return element.shadowRoot!.querySelector<HTMLElement>("[data-first-screen]")!;
  }

  const answered = (screen: HTMLElement) =>
    new Promise((resolve) => screen.addEventListener("first-screen-answered", resolve));

  it("posts the form where the screen came from and shows the worker's confirmation instead", async () => {
    const { registration } = signUpFixture();
    stub = new FetchStub()
      .on("POST", sendPath, html(renderSignedUp(registration, false, words), 201))
      .install();
    const screen = await shownScreen();
    screen.querySelector<HTMLInputElement>("#name")!.value = "Amina";
    screen.querySelector<HTMLInputElement>("#consent")!.checked = true;
    const done = answered(screen);
    screen.querySelector("form")!.requestSubmit();
    // On its way: the widget, should it come now, waits for the answer.
    expect(screen.dataset.sending).to.equal("");
    expect(screen.dataset.submitted).to.equal(undefined);
    await done;
    const [post] = stub.calls;
    expect(post!.url.href).to.equal(read("").url);
    expect(post!.headers.get("Idempotency-Key")).to.match(/^[0-9a-f]{32}$/);
    const sent = post!.body as URLSearchParams;
    expect(sent.get("name")).to.equal("Amina");
    expect(sent.get("consent")).to.equal("yes");
    expect(Number(sent.get("fillMs"))).to.be.greaterThan(0);
    expect(screen.querySelector("form") === null).to.equal(true);
    const title = screen.querySelector<HTMLElement>('[role="status"] .result-title')!;
    expect(title.textContent).to.equal("تم تسجيلك!");
    expect(element.shadowRoot!.activeElement === title).to.equal(true);
    expect(JSON.parse(screen.dataset.outcome!)).to.deep.equal({ registration, emailGiven: false });
    expect(screen.dataset.sending).to.equal(undefined);
  });

  it("puts a refusal's words beside each field and above the form; sent again, they go", async () => {
    stub = new FetchStub()
      .on(
        "POST",
        sendPath,
        html(refusal({ name: "", dietary: "" }), 422),
        html(renderSignedUp(signUpFixture().registration, false, words), 201),
      )
      .install();
    const screen = await shownScreen();
    let done = answered(screen);
    screen.querySelector("form")!.requestSubmit();
    await done;
    const name = screen.querySelector<HTMLInputElement>("#name")!;
    expect(screen.querySelector('[role="alert"]')!.textContent).to.equal(words.t("formHasErrors"));
    expect(name.closest(".field")!.querySelector("#name-error")!.textContent).to.equal("name؟");
    expect(name.getAttribute("aria-invalid")).to.equal("true");
    expect(name.getAttribute("aria-describedby")).to.equal("name-hint name-error");
    // A field folded away is unfolded to show its words; focus goes to the first to fix.
    expect(screen.querySelector("details")!.open).to.equal(true);
    expect(element.shadowRoot!.activeElement === name).to.equal(true);
    const button = screen.querySelector("button")!;
    expect(button.disabled).to.equal(false);
    name.value = "Amina";
    done = answered(screen);
    screen.querySelector("form")!.requestSubmit();
    expect(screen.querySelector("#name-error") === null).to.equal(true);
    expect(name.getAttribute("aria-invalid")).to.equal("false");
    expect(name.getAttribute("aria-describedby")).to.equal("name-hint");
    await done;
    // Other answers: a new sign-up with a key of its own.
    const [first, second] = stub.calls;
    expect(second!.headers.get("Idempotency-Key")).not.to.equal(
      first!.headers.get("Idempotency-Key"),
    );
    expect(screen.querySelector(".result-title") === null).to.equal(false);
  });

  it("says it could not connect when no answer came, and sends the same answers with the same key", async () => {
    stub = new FetchStub()
      .on(
        "POST",
        sendPath,
        "network",
        html(renderSignedUp(signUpFixture().registration, true, words), 201),
      )
      .install();
    const screen = await shownScreen();
    let done = answered(screen);
    screen.querySelector("form")!.requestSubmit();
    await done;
    expect(screen.querySelector('[role="alert"]')!.textContent).to.equal("تعذر الاتصال.");
    expect(screen.dataset.outcome).to.equal(undefined);
    done = answered(screen);
    screen.querySelector("form")!.requestSubmit();
    await done;
    const [first, second] = stub.calls;
    expect(second!.headers.get("Idempotency-Key")).to.equal(first!.headers.get("Idempotency-Key"));
    expect(screen.querySelector('[role="alert"]')!.textContent).to.equal("");
  });

  it("leaves every date of a series to the widget, which sends it when it comes", async () => {
    stub = new FetchStub().install();
    const screen = await shownScreen(
      sendingMarkup(
        `<input type="radio" name="seriesDates" value="every" data-widget-sends checked>`,
      ),
    );
    screen.querySelector("form")!.requestSubmit();
    expect(stub.calls).to.have.length(0);
    expect(screen.dataset.submitted).to.equal("");
    expect(screen.dataset.sending).to.equal(undefined);
  });
});
