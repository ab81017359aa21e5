import { expect, fixture, html } from "@open-wc/testing";
import type { PublicQuestion } from "../../../schema/contracts/questions.js";
import type { SignUpBody } from "../../../schema/contracts/registrations.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { registerForms } from "../../../widgets/visits/define-forms.js";
import type { HearthVisitForm } from "../../../widgets/visits/visit-form.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { signUpFixture, visitFixture } from "../helpers/fixtures.js";
import { fill, has, hasFocus, languages, query, waitFor } from "../helpers/shadow.js";

registerForms();
setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_visit_1$/;
const signUpPath = /^\/api\/v1\/orgs\/demo\/events\/evt_visit_1\/registrations$/;

const question = (
  id: string,
  audience: PublicQuestion["audience"],
  overrides: Partial<PublicQuestion> = {},
): PublicQuestion => ({
  id,
  kind: "short_text",
  label: `Question ${id}`,
  labelLang: "en",
  choices: [],
  required: false,
  sensitive: false,
  audience,
  ...overrides,
});

/* A question for everyone, and one for each of a visit's kinds of place. */
const visit = visitFixture({
  questions: [
    question("q_all", null, { kind: "yes_no", label: "Have you been here before?" }),
    question("q_visitor", "visitor", { label: "Name of the centre", required: true }),
    question("q_host", "host", { label: "Is there parking?" }),
    question("q_interpreter", "interpreter", { kind: "number", label: "Years interpreting" }),
  ],
});

type FormTag =
  "hearth-visit-group-form" | "hearth-visit-host-form" | "hearth-visit-interpreter-form";

async function mount(tag: FormTag, lang: string, ...replies: Reply[]) {
  const stub = new FetchStub().on("GET", eventPath, ok({ event: visit }));
  if (replies.length > 0) stub.on("POST", signUpPath, ...replies);
  stub.install();
  const el = document.createElement(tag) as HearthVisitForm;
  el.setAttribute("org", "demo");
  el.setAttribute("lang", lang);
  el.visit = visit;
  await fixture(html`<div>${el}</div>`);
  await waitFor(el, '[part="form"]');
  // Every form here asks at least the question for everyone, whose code loads with the form.
  await waitFor(el, ".question");
  return { el, stub };
}

const asked = (el: Element) =>
  ["q_all", "q_visitor", "q_host", "q_interpreter"].filter((id) =>
    has(el, `[name="answers.${id}"]`),
  );

/** What the group form needs besides the questions. */
function fillGroup(el: Element): void {
  query<HTMLSelectElement>(el, "#pickupPointId").value = "pp_2";
  fill(el, "#name", "Mari");
  fill(el, "#phone", "+372 5555 1234");
  query<HTMLInputElement>(el, "#consent").checked = true;
}

async function submit(el: HearthVisitForm): Promise<void> {
  query<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

const posts = (stub: FetchStub) => stub.calls.filter((call) => call.method === "POST");

for (const lang of languages) {
  describe(`visit sign-up forms with the organisers' questions in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("asks each form the questions for its people and those for everyone", async () => {
      const group = await mount("hearth-visit-group-form", lang);
      stub = group.stub;
      expect(asked(group.el)).to.deep.equal(["q_all", "q_visitor"]);
      await expect(group.el).to.be.accessible();
      stub.restore();
      const host = await mount("hearth-visit-host-form", lang);
      stub = host.stub;
      expect(asked(host.el)).to.deep.equal(["q_all", "q_host"]);
      stub.restore();
      const interpreter = await mount("hearth-visit-interpreter-form", lang);
      stub = interpreter.stub;
      expect(asked(interpreter.el)).to.deep.equal(["q_all", "q_interpreter"]);
    });

    it("group: stops a missing required answer before sending, beside its question", async () => {
      let el: HearthVisitForm;
      ({ el, stub } = await mount("hearth-visit-group-form", lang));
      fillGroup(el);
      await submit(el);
      const error = await waitFor(el, "#q-q_visitor-error");
      if (lang === "en") expect(error.textContent).to.include("Please answer this question.");
      else expect(error.textContent).to.not.include("Please answer");
      expect(hasFocus(el, query(el, '[name="answers.q_visitor"]'))).to.equal(true);
      expect(posts(stub)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });
}

describe("visit sign-up forms sending answers", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("group: sends the answers to its questions", async () => {
    let el: HearthVisitForm;
    ({ el, stub } = await mount("hearth-visit-group-form", "en", ok(signUpFixture(), 201)));
    fillGroup(el);
    fill(el, '[name="answers.q_visitor"]', "Vao centre");
    query<HTMLInputElement>(el, '[name="answers.q_all"][value="yes"]').checked = true;
    await submit(el);
    await waitFor(el, ".result-title");
    const body = posts(stub)[0]!.body as SignUpBody;
    expect(body.answers).to.deep.equal({ q_all: true, q_visitor: "Vao centre" });
  });

  it("interpreter: shows the server's refusal of an answer beside its question", async () => {
    let el: HearthVisitForm;
    ({ el, stub } = await mount(
      "hearth-visit-interpreter-form",
      "en",
      apiError(422, "validation_failed", {
        "answers.q_interpreter": { code: "invalid", message: "Answer with a number." },
      }),
    ));
    fill(el, "#name", "Olena");
    query<HTMLInputElement>(el, 'input[name="languages"][value="uk"]').checked = true;
    fill(el, '[name="answers.q_interpreter"]', "4");
    query<HTMLInputElement>(el, "#consent").checked = true;
    await submit(el);
    const error = await waitFor(el, "#q-q_interpreter-error");
    expect(error.textContent).to.include("Write a number");
    expect(query(el, '[name="answers.q_interpreter"]').getAttribute("aria-invalid")).to.equal(
      "true",
    );
  });
});
