import { expect, waitUntil } from "@open-wc/testing";
import type { PublicQuestion } from "../../../schema/contracts/questions.js";
import { renderSignupFirstScreen } from "../../../worker/embed/signup-first-screen.js";
import { renderRefusal, renderSignedUp } from "../../../worker/embed/signup-first-screen-answer.js";
import { formProblems } from "../../../worker/event-pages/form-errors.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { show } from "../../../widgets/signup/first-screen-show.js";
import { HearthSignup } from "../../../widgets/signup/signup.js";
import { FetchStub, holdFetch, html, ok } from "../helpers/fetch-stub.js";
import { pageWordsFor } from "../helpers/page-words.js";
import { eventFixture, signUpFixture, slotFixture } from "../helpers/fixtures.js";
import { query, shadow } from "../helpers/shadow.js";

setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1$/;
const signUpPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1\/registrations$/;
const firstScreenPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1\/first-screen$/;
const words = pageWordsFor("en");
const level: PublicQuestion = {
  id: "q_level",
  kind: "one_choice",
  label: "How much Estonian do you speak?",
  labelLang: "en",
  choices: [
    { id: "none", label: "None yet" },
    { id: "some", label: "A little" },
  ],
  required: false,
  sensitive: false,
  audience: null,
};
const event = eventFixture({
  questions: [level],
  slots: [
    slotFixture({ id: "slot_1", label: "Tuesday" }),
    slotFixture({ id: "slot_2", label: "Saturday", remaining: 1 }),
  ],
});

/** The worker's own markup for this event, in English, with the catalogues the widget ships. */
const workerMarkup = () =>
  renderSignupFirstScreen(
    { event, defaultLocale: "en", signupOrigins: [location.origin], signupPageUrl: location.href },
    {
      words,
      readerZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      header: true,
      heading: true,
    },
  );

const read = (body: string) => ({
  url: "https://hearth.test/api/v1/orgs/demo/events/evt_1/first-screen?tz=UTC&lang=en",
  fresh: true,
  response: Promise.resolve(new Response(body)),
});

/** What the reader sees and where, control by control. */
const layout = (root: ParentNode) =>
  [
    ...root.querySelectorAll(
      "h2, h3, p, a, label, legend, input:not([type=hidden]), textarea, button",
    ),
  ].map((node) => {
    const box = node.getBoundingClientRect();
    const text = node.textContent?.replace(/\s+/g, " ").trim() ?? "";
    return `${node.localName} ${Math.round(box.top)} ${Math.round(box.height)} ${text}`;
  });

let mounted = 0;

describe("<hearth-signup> taking over the worker's first screen", () => {
  let stub: FetchStub;
  let element: HearthSignup | undefined;
  let release: () => void;

  /** The element as embed.js leaves it: the worker's form shown, the widget's reads held back. */
  async function mountOnFirstScreen(
    more: (stubbed: FetchStub) => FetchStub = (stubbed) => stubbed,
  ): Promise<{ el: HearthSignup; screen: HTMLElement }> {
    stub = more(
      new FetchStub()
        .on("GET", eventPath, ok({ event, defaultLocale: "en" }))
        .on("POST", signUpPath, ok(signUpFixture(), 201)),
    ).install();
    // The widget's reads held back; what the first screen sends goes through.
    release = holdFetch((url) => !url.includes("/first-screen"));
    // As on a page: the tag is there before its code; embed.js shows the worker's form in it,
    // then the widget's code defines the tag (a name of its own per test: tags define once).
    const tag = `hearth-signup-${++mounted}`;
    const widget = document.createElement(tag) as HearthSignup;
    widget.setAttribute("org", "demo");
    widget.setAttribute("event", "evt_1");
    widget.setAttribute("lang", "en");
    document.body.append(widget);
    await show(widget, "en", [read(workerMarkup())]);
    const screen = widget.shadowRoot!.firstElementChild as HTMLElement;
    customElements.define(tag, class extends HearthSignup {});
    element = widget;
    return { el: widget, screen };
  }

  afterEach(() => {
    stub.restore();
    element?.remove();
  });

  it("stands alone until the widget's form is drawn the same, questions and all", async () => {
    const { el, screen } = await mountOnFirstScreen();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll("form")).to.have.length(1);
    const before = layout(screen);
    expect(before.some((line) => line.includes(level.label))).to.equal(true);
    // The worker's form alone is as accessible as the widget's.
    await expect(el).to.be.accessible();
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(shadow(el).querySelectorAll("form")).to.have.length(1);
    expect(layout(shadow(el))).to.deep.equal(before);
    await expect(el).to.be.accessible();
  });

  it("keeps what was typed, ticked, chosen and unfolded, and the focus", async () => {
    const { el, screen } = await mountOnFirstScreen();
    screen.querySelector<HTMLInputElement>('input[value="slot_2"]')!.checked = true;
    screen.querySelector<HTMLInputElement>("#name")!.value = "Olena";
    screen.querySelector<HTMLInputElement>("#consent")!.checked = true;
    screen.querySelector<HTMLInputElement>('input[value="some"]')!.checked = true;
    screen.querySelector("details")!.open = true;
    screen.querySelector<HTMLTextAreaElement>("#dietary")!.value = "No pork";
    screen.querySelector<HTMLInputElement>("#email")!.focus();
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(query<HTMLInputElement>(el, 'input[value="slot_2"]').checked).to.equal(true);
    expect(query<HTMLInputElement>(el, "#name").value).to.equal("Olena");
    expect(query<HTMLInputElement>(el, "#consent").checked).to.equal(true);
    expect(query<HTMLInputElement>(el, 'input[value="some"]').checked).to.equal(true);
    expect(query<HTMLDetailsElement>(el, "details").open).to.equal(true);
    expect(query<HTMLTextAreaElement>(el, "#dietary").value).to.equal("No pork");
    expect(shadow(el).activeElement?.id).to.equal("email");
    // The adults' "1" was not touched: it stays as the widget drew it.
    expect(query<HTMLInputElement>(el, "#adults").value).to.equal("1");
  });

  it("waits for a word being composed on a phone's keyboard, then takes it over whole", async () => {
    const { el, screen } = await mountOnFirstScreen();
    const name = screen.querySelector<HTMLInputElement>("#name")!;
    name.focus();
    name.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true, composed: true }));
    name.value = "Оле";
    release();
    await waitUntil(() => stub.calls.length > 0, "the event read");
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    // Still the first screen alone: the widget's form is not drawn beside it.
    expect(screen.isConnected).to.equal(true);
    expect(shadow(el).querySelectorAll("form")).to.have.length(1);
    name.value = "Олена";
    name.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true, composed: true }));
    await waitUntil(() => !screen.isConnected, "first screen gone");
    expect(query<HTMLInputElement>(el, "#name").value).to.equal("Олена");
    expect(shadow(el).activeElement?.id).to.equal("name");
  });

  it("takes over a sign-up the first screen sent itself and the worker booked", async () => {
    const { registration } = signUpFixture();
    const { el, screen } = await mountOnFirstScreen((stubbed) =>
      stubbed.on("POST", firstScreenPath, html(renderSignedUp(registration, true, words), 201)),
    );
    const heard: unknown[] = [];
    el.addEventListener("hearth-registered", (event) => heard.push((event as CustomEvent).detail));
    screen.querySelector<HTMLInputElement>('input[value="slot_1"]')!.checked = true;
    screen.querySelector<HTMLInputElement>("#name")!.value = "Olena";
    screen.querySelector<HTMLInputElement>("#consent")!.checked = true;
    screen.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    // Booked by the worker while the widget's code is still on its way.
    await waitUntil(() => screen.querySelector(".result-title"), "the worker's confirmation");
    // Heard when booked, before the widget's code has come.
    expect(heard).to.deep.equal([{ eventId: "evt_1", registration }]);
    const sent = stub.calls.find((call) => call.method === "POST")!.body as URLSearchParams;
    expect(sent.get("slotId")).to.equal("slot_1");
    expect(sent.get("name")).to.equal("Olena");
    const before = layout(screen);
    expect(before.join(" ")).to.include(words.t("emailOnItsWay"));
    release();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    // The same confirmation, now the widget's, focus kept on its title; nothing sent twice.
    expect(layout(shadow(el))).to.deep.equal(before);
    expect(shadow(el).activeElement?.className).to.equal("result-title");
    expect(stub.calls.filter((call) => call.method === "POST")).to.have.length(1);
    expect(heard, "heard once").to.deep.equal([{ eventId: "evt_1", registration }]);
    await expect(el).to.be.accessible();
  });

  it("waits for a sign-up on its way, and shows a refusal as its own errors", async () => {
    const problems = { name: "", consent: "" };
    const error = { code: "validation_failed" as const, message: "Fix.", fields: problems };
    let answer = (): void => undefined;
    const { el, screen } = await mountOnFirstScreen((stubbed) =>
      stubbed.on(
        "POST",
        firstScreenPath,
        html(renderRefusal({ status: 422, error }, formProblems(error, [], words), words), 422),
      ),
    );
    answer = holdFetch((url) => url.includes("/first-screen"));
    screen.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    release();
    await waitUntil(() => stub.calls.some((call) => call.method === "GET"), "the event read");
    await new Promise((resolve) => setTimeout(resolve, 200));
    await el.updateComplete;
    // The answer is not in yet: the first screen stands.
    expect(screen.isConnected).to.equal(true);
    answer();
    await waitUntil(() => !screen.isConnected, "first screen gone");
    const name = query<HTMLInputElement>(el, "#name");
    expect(name.getAttribute("aria-invalid")).to.equal("true");
    expect(query(el, "#name-error").textContent).to.equal(words.t("errorName"));
    expect(query(el, "#consent-error").textContent).to.equal(words.t("errorConsent"));
    expect(query(el, '[role="alert"]').textContent?.trim()).to.equal(words.t("formHasErrors"));
    // Only the first screen's send: the widget sends nothing of its own.
    expect(stub.calls.filter((call) => call.method === "POST")).to.have.length(1);
  });
});
