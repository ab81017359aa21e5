import { expect, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import { emptyDish, fromView } from "../../../schema/rules/cook-draft.js";
import { openBase } from "../../../worker/embed/first-screen-parts.js";
import type { CookOutcome } from "../../../schema/contracts/first-screen-outcome.js";
import { HearthCookApply } from "../../../widgets/cook-apply/cook-apply.js";
import { show } from "../../../widgets/cook-apply/first-screen-show.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { renderCookFirstScreen } from "../../../worker/embed/cook-first-screen.js";
import type { CookScreen } from "../../../worker/embed/cook-screen-parts.js";
import { renderCookScreen } from "../../../worker/embed/cook-step-screens.js";
import { answerWith } from "../../../worker/embed/first-screen-answer.js";
import { FetchStub, holdFetch, html, ok } from "../helpers/fetch-stub.js";
import { applicationFixture, eventFixture } from "../helpers/fixtures.js";
import { pageWordsFor } from "../helpers/page-words.js";
import { query, shadow } from "../helpers/shadow.js";
import { echoSaves, festivalPath, festivalReply } from "./echo.js";

/*
 * A cook who goes on past the first step on the worker's first screens before the widget's code
 * has come: the worker saves the step and answers with the next (`cook-first-screen-send.ts`);
 * the widget, when it comes, carries on at that step of that application, with what was typed.
 */

setApiOrigin("https://hearth.test");

const words = pageWordsFor("en");
const firstScreenPath = /^\/api\/v1\/orgs\/demo\/festivals\/evt_fest\/applications\/first-screen$/;
const appPath = /^\/api\/v1\/applications\/app_1$/;
const manageUrl = "https://hearth.test/cook/?application=app_1#token=secret";
const saved = applicationFixture({ displayName: "Amal", phone: null, email: null });
const festival = eventFixture({ id: "evt_fest", kind: "festival" });

const session = { id: "app_1", token: "secret" };

/** A screen of the saved application as the worker draws it (`draft`: what it shows). */
const drawn = (screen: CookScreen["screen"], draft = fromView(saved)) =>
  renderCookScreen({
    screen,
    draft,
    view: saved,
    session,
    manageUrl,
    retentionDays: saved.festival.retentionDays,
    thenReview: false,
    words,
  });

/** The worker's answer to step 1: the application saved, the contact step drawn in its place. */
function contactAnswer(): string {
  const outcome: CookOutcome = { application: saved, session, manageUrl, screen: "contact" };
  return answerWith(outcome, drawn("contact"), { replaces: true, focus: ".step-title" });
}

let mounted = 0;

/**
 * A `<hearth-cook-apply>` whose code has not come (its tag defined later, by the test), with
 * `markup`, the worker's first screen, shown by embed.js: the element and its tag.
 */
async function onFirstScreen(name: string, markup: string) {
  const tag = `hearth-cook-apply-${name}-${++mounted}`;
  const widget = document.createElement(tag) as HearthCookApply;
  widget.setAttribute("org", "demo");
  widget.setAttribute("festival", "evt_fest");
  widget.setAttribute("lang", "en");
  document.body.append(widget);
  const url =
    "https://hearth.test/api/v1/orgs/demo/festivals/evt_fest/applications/first-screen?lang=en";
  await show(widget, "en", [
    { url, fresh: false, response: Promise.resolve(new Response(markup)) },
  ]);
  return { widget, tag, screen: widget.shadowRoot!.firstElementChild as HTMLElement };
}

/** A later screen as a step sent on the first screens leaves it, inside the widget's wrapper. */
const laterScreen = (markup: string) => `${openBase(words)}${markup}</div>`;

describe("<hearth-cook-apply> taking over a later step of the worker's first screens", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("carries on at the step the cook reached, on the saved application, with what they typed", async () => {
    stub = new FetchStub()
      .on("GET", festivalPath, festivalReply)
      .on("GET", appPath, ok({ application: saved }))
      .on("POST", firstScreenPath, html(contactAnswer(), 201))
      .install();
    const saves = echoSaves();
    const release = holdFetch((url) => !url.includes("/first-screen"));
    const { widget, tag, screen } = await onFirstScreen(
      "later",
      renderCookFirstScreen(
        { event: festival, defaultLocale: "en", signupOrigins: [], signupPageUrl: "" },
        { words },
      ),
    );
    const root = widget.shadowRoot!;
    // Step 1 on the first screen, sent there: the worker answers with step 2 in its place.
    const name = root.querySelector<HTMLInputElement>("#displayName")!;
    name.value = "Amal";
    root.querySelector<HTMLInputElement>("#consent")!.click();
    root.querySelector<HTMLButtonElement>("button.next")!.click();
    await waitUntil(
      () => root.querySelector("#phone"),
      "the contact step in the first step's place",
    );
    expect(root.activeElement?.classList.contains("step-title")).to.equal(true);
    expect(root.querySelector(".keep-link a")?.getAttribute("href")).to.equal(manageUrl);
    root.querySelector<HTMLInputElement>("#phone")!.value = "+372 5555 1234";

    // The widget's code comes: the same step of the same application, the phone carried.
    customElements.define(tag, class extends HearthCookApply {});
    release();
    await waitUntil(() => !screen.isConnected, "the widget took the screen over");
    await waitUntil(() => shadow(widget).querySelector("#phone"), "the widget's contact step");
    expect(query<HTMLInputElement>(widget, "#phone").value).to.equal("+372 5555 1234");
    expect(query(widget, ".progress-text").textContent).to.contain("2");
    expect(query(widget, ".keep-link a").getAttribute("href")).to.equal(manageUrl);
    expect(
      stub.calls.some(
        (call) => call.method === "POST" && /\/applications$/.test(call.url.pathname),
      ),
    ).to.equal(false);

    // Its Next saves the application the first screen made (no second one), with its token.
    query<HTMLButtonElement>(widget, "button.next").click();
    await waitUntil(() => saves.bodies.length === 1, "saved through the API");
    expect(saves.bodies[0]!.phone).to.equal("+372 5555 1234");
    expect(saves.bodies[0]!.displayName).to.equal("Amal");
    expect(saves.auth[0]).to.equal("Bearer secret");
    await waitUntil(() => shadow(widget).querySelector("#cuisine"), "on to the cuisine step");
    widget.remove();
  });

  it("sends a dish's step with Next, not Remove, when Enter is pressed in its name", async () => {
    stub = new FetchStub().on("POST", firstScreenPath, html(contactAnswer())).install();
    const release = holdFetch((url) => !url.includes("/first-screen"));
    const dishes = drawn("dishes", { ...fromView(saved), dishes: [emptyDish()] });
    const { widget } = await onFirstScreen("enter", laterScreen(dishes));
    const root = widget.shadowRoot!;
    root.querySelector<HTMLInputElement>("#dish-0-name")!.focus();
    await sendKeys({ type: "Mantu" });
    await sendKeys({ press: "Enter" });
    await waitUntil(() => stub.calls.length === 1, "the step sent");
    const posted = stub.calls[0]!.body as URLSearchParams;
    expect(posted.get("dish-0-name")).to.equal("Mantu");
    expect(posted.get("screen")).to.equal("dishes");
    expect(posted.has("go")).to.equal(false);
    release();
    widget.remove();
  });

  it("keeps the focus on Next through the hand-over of a step the worker draws more of (the hygiene date, hidden)", async () => {
    stub = new FetchStub()
      .on("GET", festivalPath, festivalReply)
      .on("GET", appPath, ok({ application: saved }))
      .install();
    const release = holdFetch((url) => !url.includes("/first-screen"));
    const { widget, tag, screen } = await onFirstScreen("focus", laterScreen(drawn("hygiene")));
    screen.querySelector<HTMLButtonElement>("button.next")!.focus();
    customElements.define(tag, class extends HearthCookApply {});
    release();
    await waitUntil(() => !screen.isConnected, "the widget took the screen over");
    const focused = shadow(widget).activeElement;
    expect(focused?.classList.contains("next")).to.equal(true);
    expect(query(widget, ".step-title").textContent).to.contain(words.t("cookStepHygiene"));
    widget.remove();
  });
});
