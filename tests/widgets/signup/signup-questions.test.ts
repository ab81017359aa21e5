import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { PublicEvent } from "../../../schema/contracts/events.js";
import type { PublicQuestion } from "../../../schema/contracts/questions.js";
import type { SignUpBody } from "../../../schema/contracts/registrations.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register } from "../../../widgets/signup/define.js";
import type { HearthSignup } from "../../../widgets/signup/signup.js";
import type { Reply } from "../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture, signUpFixture, slotFixture } from "../helpers/fixtures.js";
import { fill, has, hasFocus, languages, query, shadow, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1$/;
const signUpPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1\/registrations$/;

function question(overrides: Partial<PublicQuestion> & Pick<PublicQuestion, "id">): PublicQuestion {
  return {
    kind: "short_text",
    label: "Question",
    labelLang: "en",
    choices: [],
    required: false,
    sensitive: false,
    audience: null,
    ...overrides,
  };
}

/* One question of each kind, as the organisers wrote them; one is for hosts of a visit only. */
const questions = [
  question({ id: "q_group", label: "Name of your group", required: true }),
  question({
    id: "q_story",
    kind: "long_text",
    label: "Mida peaksime teadma?",
    labelLang: "et",
    sensitive: true,
  }),
  question({
    id: "q_meal",
    kind: "one_choice",
    label: "Which meal?",
    required: true,
    choices: [
      { id: "c_fish", label: "Fish" },
      { id: "c_veg", label: "Vegetables" },
    ],
  }),
  question({
    id: "q_days",
    kind: "many_choices",
    label: "Which days suit you?",
    choices: [
      { id: "c_mon", label: "Monday" },
      { id: "c_tue", label: "Tuesday" },
    ],
  }),
  question({ id: "q_car", kind: "yes_no", label: "Do you come by car?" }),
  question({ id: "q_age", kind: "number", label: "Age of the youngest child" }),
  question({ id: "q_hosts", label: "What will you show?", audience: "host" }),
];

const asking = eventFixture({ questions });

async function mount(lang: string, event: PublicEvent, ...signUpReplies: Reply[]) {
  const stub = new FetchStub().on("GET", eventPath, ok({ event }));
  if (signUpReplies.length > 0) stub.on("POST", signUpPath, ...signUpReplies);
  stub.install();
  const el = await fixture<HearthSignup>(
    html`<hearth-signup org="demo" event="evt_1" lang=${lang}></hearth-signup>`,
  );
  await waitFor(el, '[part="form"]');
  // The questions' code loads once the form knows the event asks some.
  if (event.questions.length > 0) await waitFor(el, ".question");
  return { el, stub };
}

const control = (el: Element, id: string) => query<HTMLInputElement>(el, `[name="answers.${id}"]`);

function choose(el: Element, id: string, value: string): void {
  query<HTMLInputElement>(el, `[name="answers.${id}"][value="${value}"]`).checked = true;
}

/** The built-in answers a sign-up needs, so only the questions decide. */
function fillBuiltIn(el: HearthSignup): void {
  fill(el, "#name", "Sam");
  query<HTMLInputElement>(el, "#consent").checked = true;
}

async function submit(el: HearthSignup): Promise<void> {
  query<HTMLButtonElement>(el, 'button[type="submit"]').click();
  await el.updateComplete;
}

const posts = (stub: FetchStub) => stub.calls.filter((call) => call.method === "POST");

for (const lang of languages) {
  describe(`<hearth-signup> with the organisers' questions in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("asks each kind of question with its own control, after the needs and before consent", async () => {
      let el: HearthSignup;
      ({ el, stub } = await mount(lang, asking));
      const form = query(el, "form");
      const order = [...form.querySelectorAll("details.needs, .question, .consent")].map((node) =>
        node.matches("details") ? "needs" : node.querySelector("[name]")!.getAttribute("name"),
      );
      expect(order).to.deep.equal([
        "needs",
        "answers.q_group",
        "answers.q_story",
        "answers.q_meal",
        "answers.q_days",
        "answers.q_car",
        "answers.q_age",
        "consent",
      ]);
      expect(has(el, '[name="answers.q_hosts"]')).to.equal(false);

      expect(control(el, "q_group").type).to.equal("text");
      expect(control(el, "q_story").localName).to.equal("textarea");
      const age = control(el, "q_age");
      expect(age.getAttribute("inputmode")).to.equal("decimal");
      expect(age.getAttribute("dir")).to.equal("ltr");

      const meal = control(el, "q_meal").closest("fieldset")!;
      expect(meal.querySelector("legend")!.textContent).to.include("Which meal?");
      expect(meal.querySelectorAll('input[type="radio"]')).to.have.length(2);
      const days = control(el, "q_days").closest("fieldset")!;
      expect(days.querySelectorAll('input[type="checkbox"]')).to.have.length(2);
      const car = control(el, "q_car").closest("fieldset")!;
      expect(
        [...car.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((i) => i.value),
      ).to.deep.equal(["yes", "no"]);

      // The organisers' words keep their own language; the reader's words say what is optional.
      const storyLabel = query(el, 'label[for="q-q_story"] span');
      expect(storyLabel.getAttribute("lang")).to.equal("et");
      expect(storyLabel.getAttribute("dir")).to.equal("auto");
      const optional = lang === "en" ? "(optional)" : "(اختياري)";
      expect(query(el, 'label[for="q-q_story"]').textContent).to.include(optional);
      expect(query(el, 'label[for="q-q_group"]').textContent).not.to.include(optional);

      // Only the sensitive question carries the note, tied to its control.
      expect(control(el, "q_story").getAttribute("aria-describedby")).to.equal("q-q_story-note");
      const note = query(el, "#q-q_story-note").textContent!;
      if (lang === "en") expect(note).to.include("Only the organisers see this answer.");
      else expect(note).to.not.include("organisers");
      expect(shadow(el).querySelectorAll('[id$="-note"]')).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it("stops a missing required answer and a too-long text before sending", async () => {
      let el: HearthSignup;
      ({ el, stub } = await mount(lang, asking));
      fillBuiltIn(el);
      fill(el, '[name="answers.q_group"]', "x".repeat(201));
      await submit(el);
      const tooLong = await waitFor(el, "#q-q_group-error");
      const missing = query(el, "#q-q_meal-error");
      if (lang === "en") {
        expect(tooLong.textContent).to.include("This is too long.");
        expect(missing.textContent).to.include("Please answer this question.");
      } else {
        expect(tooLong.textContent!.trim()).to.not.equal("");
        expect(missing.textContent).to.not.include("Please answer");
      }
      expect(control(el, "q_group").getAttribute("aria-invalid")).to.equal("true");
      expect(control(el, "q_group").getAttribute("aria-describedby")).to.include("q-q_group-error");
      const meal = control(el, "q_meal").closest("fieldset")!;
      expect(meal.getAttribute("aria-describedby")).to.equal("q-q_meal-error");
      expect(control(el, "q_meal").getAttribute("aria-invalid")).to.equal("true");
      // Optional questions left empty are fine.
      expect(has(el, "#q-q_story-error")).to.equal(false);
      expect(has(el, "#q-q_age-error")).to.equal(false);
      expect(hasFocus(el, control(el, "q_group"))).to.equal(true);
      expect(posts(stub)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-signup> sending answers to the organisers' questions", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("sends the answers by question id, leaving out optional ones left empty", async () => {
    let el: HearthSignup;
    ({ el, stub } = await mount("en", asking, ok(signUpFixture(), 201)));
    fillBuiltIn(el);
    fill(el, '[name="answers.q_group"]', "  The Tamms ");
    choose(el, "q_meal", "c_veg");
    choose(el, "q_days", "c_tue");
    choose(el, "q_car", "no");
    // Typed on an Arabic keyboard, with a decimal comma.
    fill(el, '[name="answers.q_age"]', "٢,٥");
    await submit(el);
    await waitFor(el, ".result-title");
    const body = posts(stub)[0]!.body as SignUpBody;
    expect(body.answers).to.deep.equal({
      q_group: "The Tamms",
      q_meal: "c_veg",
      q_days: ["c_tue"],
      q_car: false,
      q_age: 2.5,
    });
  });

  it("asks for a number when the answer is not one", async () => {
    let el: HearthSignup;
    ({ el, stub } = await mount("en", asking));
    fillBuiltIn(el);
    fill(el, '[name="answers.q_group"]', "The Tamms");
    choose(el, "q_meal", "c_fish");
    fill(el, '[name="answers.q_age"]', "three");
    await submit(el);
    const error = await waitFor(el, "#q-q_age-error");
    expect(error.textContent).to.include("Write a number");
    expect(hasFocus(el, control(el, "q_age"))).to.equal(true);
    expect(posts(stub)).to.have.length(0);
  });

  it("shows the server's refusal of an answer beside its question, and focuses it", async () => {
    let el: HearthSignup;
    ({ el, stub } = await mount(
      "en",
      asking,
      apiError(422, "validation_failed", {
        "answers.q_meal": { code: "invalid_choice", message: "Choose one of the choices." },
      }),
    ));
    fillBuiltIn(el);
    fill(el, '[name="answers.q_group"]', "The Tamms");
    choose(el, "q_meal", "c_fish");
    await submit(el);
    const error = await waitFor(el, "#q-q_meal-error");
    expect(error.textContent).to.include("Choose one of the answers shown.");
    expect(has(el, "#q-q_group-error")).to.equal(false);
    expect(control(el, "q_meal").getAttribute("aria-invalid")).to.equal("true");
    expect(query(el, '[role="alert"]').textContent).to.include("Please check the form.");
    await waitUntil(() => hasFocus(el, control(el, "q_meal")), "focus on the refused answer");
  });

  it("asks a visit's hosts their own questions once a host place is chosen", async () => {
    const visit = eventFixture({
      kind: "visit",
      questions,
      slots: [
        slotFixture({ id: "slot_v", audience: "visitor", label: "Visitors" }),
        slotFixture({ id: "slot_h", audience: "host", label: "Hosts" }),
      ],
    });
    let el: HearthSignup;
    ({ el, stub } = await mount("en", visit));
    expect(has(el, '[name="answers.q_group"]')).to.equal(true);
    expect(has(el, '[name="answers.q_hosts"]')).to.equal(false);
    const host = query<HTMLInputElement>(el, 'input[name="slotId"][value="slot_h"]');
    host.click();
    await el.updateComplete;
    expect(has(el, '[name="answers.q_hosts"]')).to.equal(true);
    query<HTMLInputElement>(el, 'input[name="slotId"][value="slot_v"]').click();
    await el.updateComplete;
    expect(has(el, '[name="answers.q_hosts"]')).to.equal(false);
  });
});
