import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { PublicEvent } from "../../../schema/contracts/events.js";
import type { SignUpBody } from "../../../schema/contracts/registrations.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register } from "../../../widgets/signup/define.js";
import type { HearthSignup } from "../../../widgets/signup/signup.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture, signUpFixture } from "../helpers/fixtures.js";
import { fill, has, hasFocus, query, waitFor } from "../helpers/shadow.js";
import { fetchedCodeOf } from "../helpers/fetched-code.js";

/*
 * The organisers' questions are code of their own (widgets/signup/signup-questions.ts draws them,
 * question-answers.ts reads and checks the answers), which a form fetches only for an event that
 * asks some. The tests share one page and run in order: the first sees it before anything
 * fetched that code, the second before it arrived.
 */
performance.setResourceTimingBufferSize(5000);

register();
setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1$/;
const signUpPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1\/registrations$/;

const questionsCode = ["signup-questions", "question-answers"];

/** Whether the page fetched the questions' code or their strings. */
const fetchedQuestionsCode = () => fetchedCodeOf("signup", questionsCode);

/* One optional question: nothing stops the form but having seen it. */
const asking = eventFixture({
  questions: [
    {
      id: "q_level",
      kind: "one_choice",
      label: "How well do you speak Estonian?",
      labelLang: "en",
      choices: [
        { id: "c_some", label: "A little" },
        { id: "c_none", label: "Not yet" },
      ],
      required: false,
      sensitive: false,
      audience: null,
    },
  ],
});

/** The form as `<hearth-events>` embeds it: with the event, so it shows at once. */
async function mount(event: PublicEvent) {
  const stub = new FetchStub()
    .on("GET", eventPath, ok({ event }))
    .on("POST", signUpPath, ok(signUpFixture(), 201))
    .install();
  const el = await fixture<HearthSignup>(
    html`<hearth-signup org="demo" event="evt_1" lang="en" .eventData=${event}></hearth-signup>`,
  );
  return { el, stub };
}

function fillBuiltIn(el: HearthSignup): void {
  fill(el, "#name", "Sam");
  query<HTMLInputElement>(el, "#consent").checked = true;
}

const send = (el: HearthSignup) => query<HTMLButtonElement>(el, 'button[type="submit"]').click();

const posts = (stub: FetchStub) => stub.calls.filter((call) => call.method === "POST");

describe("<hearth-signup> loading the organisers' questions", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("never fetches the questions' code for an event that asks none", async () => {
    let el: HearthSignup;
    ({ el, stub } = await mount(eventFixture()));
    // Starting to answer fetches the form's checks, and no more.
    query(el, "#name").focus();
    fillBuiltIn(el);
    send(el);
    await waitFor(el, ".result-title");
    expect((posts(stub)[0]!.body as SignUpBody).answers).to.deep.equal({});
    expect(has(el, ".question")).to.equal(false);
    expect(fetchedQuestionsCode()).to.equal(false);
  });

  it("sent before the questions arrived, shows them instead of sending, then sends the answer", async () => {
    let el: HearthSignup;
    ({ el, stub } = await mount(asking));
    // The form is there at once; its question is on its way.
    expect(has(el, "form .submit")).to.equal(true);
    expect(has(el, ".question")).to.equal(false);
    fillBuiltIn(el);
    send(el);
    const first = await waitFor(el, '[name="answers.q_level"]');
    await waitUntil(() => hasFocus(el, first), "focus on the question that arrived");
    expect(posts(stub)).to.have.length(0);
    // What was typed before the question arrived is still there.
    expect(query<HTMLInputElement>(el, "#name").value).to.equal("Sam");
    expect(query<HTMLInputElement>(el, "#consent").checked).to.equal(true);
    expect(fetchedQuestionsCode()).to.equal(true);

    query<HTMLInputElement>(el, '[name="answers.q_level"][value="c_some"]').checked = true;
    send(el);
    await waitFor(el, ".result-title");
    expect(posts(stub)).to.have.length(1);
    expect((posts(stub)[0]!.body as SignUpBody).answers).to.deep.equal({ q_level: "c_some" });
  });
});
