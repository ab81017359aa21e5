import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { SignUpBody } from "../../../schema/contracts/registrations.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { registerForms } from "../../../widgets/visits/define-forms.js";
import type { HearthVisitForm } from "../../../widgets/visits/visit-form.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { signUpFixture, visitFixture } from "../helpers/fixtures.js";
import { fill, has, hasFocus, query, waitFor } from "../helpers/shadow.js";
import { fetchedCodeOf } from "../helpers/fetched-code.js";

/*
 * The organisers' questions are code of their own (widgets/signup/signup-questions.ts draws them,
 * question-answers.ts reads and checks the answers), which a visit form fetches only when it asks
 * some of its people. The tests share one page and run in order: the first sees it before
 * anything fetched that code, the second before it arrived.
 */
performance.setResourceTimingBufferSize(5000);

registerForms();
setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_visit_1$/;
const signUpPath = /^\/api\/v1\/orgs\/demo\/events\/evt_visit_1\/registrations$/;

const questionsCode = ["signup-questions", "question-answers"];

/** Whether the page fetched the questions' code or their strings. */
const fetchedQuestionsCode = () => fetchedCodeOf("signup", questionsCode);

/* Only the hosts are asked something, and nothing that stops the form but having seen it. */
const visit = visitFixture({
  questions: [
    {
      id: "q_parking",
      kind: "yes_no",
      label: "Is there parking?",
      labelLang: "en",
      choices: [],
      required: false,
      sensitive: false,
      audience: "host",
    },
  ],
});

type FormTag = "hearth-visit-interpreter-form" | "hearth-visit-host-form";

async function mount(tag: FormTag) {
  const stub = new FetchStub()
    .on("GET", eventPath, ok({ event: visit }))
    .on("POST", signUpPath, ok(signUpFixture(), 201))
    .install();
  const el = document.createElement(tag) as HearthVisitForm;
  el.setAttribute("org", "demo");
  el.setAttribute("lang", "en");
  el.visit = visit;
  await fixture(html`<div></div>`).then((container) => container.append(el));
  await el.updateComplete;
  return { el, stub };
}

const send = (el: Element) => query<HTMLButtonElement>(el, 'button[type="submit"]').click();

const posts = (stub: FetchStub) => stub.calls.filter((call) => call.method === "POST");

describe("visit sign-up forms loading the organisers' questions", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("never fetches the questions' code for a form whose people are asked none", async () => {
    let el: HearthVisitForm;
    ({ el, stub } = await mount("hearth-visit-interpreter-form"));
    query(el, "#name").focus();
    fill(el, "#name", "Olena");
    query<HTMLInputElement>(el, 'input[name="languages"][value="uk"]').checked = true;
    query<HTMLInputElement>(el, "#consent").checked = true;
    send(el);
    await waitFor(el, ".result-title");
    expect(posts(stub)).to.have.length(1);
    expect(fetchedQuestionsCode()).to.equal(false);
  });

  it("host: sent before its question arrived, shows it instead of sending, then sends the answer", async () => {
    let el: HearthVisitForm;
    ({ el, stub } = await mount("hearth-visit-host-form"));
    expect(has(el, "form .submit")).to.equal(true);
    expect(has(el, ".question")).to.equal(false);
    // The second stop still has room for a host.
    query<HTMLSelectElement>(el, "#slotId").value = "slot_host_2";
    fill(el, "#name", "Palmse farm");
    fill(el, "#offer", "A walk on the farm");
    query<HTMLInputElement>(el, "#consent").checked = true;
    send(el);
    const first = await waitFor(el, '[name="answers.q_parking"]');
    await waitUntil(() => hasFocus(el, first), "focus on the question that arrived");
    expect(posts(stub)).to.have.length(0);
    expect(query<HTMLInputElement>(el, "#offer").value).to.equal("A walk on the farm");
    expect(fetchedQuestionsCode()).to.equal(true);

    query<HTMLInputElement>(el, '[name="answers.q_parking"][value="yes"]').checked = true;
    send(el);
    await waitFor(el, ".result-title");
    expect((posts(stub)[0]!.body as SignUpBody).answers).to.deep.equal({ q_parking: true });
  });
});
