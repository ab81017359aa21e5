import { register } from "../../../widgets/mentoring/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { expect, fixture, html } from "@open-wc/testing";
import type { IntakeBody, IntakeChange } from "../../../schema/contracts/mentoring.js";
import type { PublicSeasonQuestion } from "../../../schema/contracts/mentoring-questions.js";
import type { HearthMentoring } from "../../../widgets/mentoring/mentoring.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { fill, has, hasFocus, query, shadow, text, waitFor } from "../helpers/shadow.js";
import {
  answerBuiltInSteps,
  intakePath,
  next,
  personFixture,
  personPath,
  seasonFixture,
  seasonPath,
  tick,
} from "./fixtures.js";

register();
setApiOrigin("https://hearth.test");

/** One question for everyone, one learners must answer (sensitive), one for mentors only. */
const questions: PublicSeasonQuestion[] = [
  {
    id: "qst_topic",
    kind: "short_text",
    label: "What would you like to talk about first?",
    labelLang: "en",
    choices: [],
    required: false,
    sensitive: false,
    audience: null,
  },
  {
    id: "qst_heard",
    kind: "one_choice",
    label: "Kuidas sa meist kuulsid?",
    labelLang: "et",
    choices: [
      { id: "chc_friend", label: "Sõbralt" },
      { id: "chc_library", label: "Raamatukogust" },
    ],
    required: true,
    sensitive: true,
    audience: "learner",
  },
  {
    id: "qst_before",
    kind: "yes_no",
    label: "Have you mentored before?",
    labelLang: "en",
    choices: [],
    required: false,
    sensitive: false,
    audience: "mentor",
  },
];
const season = seasonFixture({ questions });

function mount(lang: string) {
  return fixture<HearthMentoring>(
    html`<hearth-mentoring
      org="demo-city"
      season="mns_1"
      as="learner"
      lang=${lang}
    ></hearth-mentoring>`,
  );
}

/** Every built-in screen of a learner, up to the season's own questions. */
async function answerUpToQuestions(el: HearthMentoring): Promise<void> {
  await answerBuiltInSteps(el);
  await waitFor(el, '[name^="answers."]');
}

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-mentoring> the season's own questions in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("asks the learner's questions on a screen of their own, each in its own language", async () => {
      stub = new FetchStub().on("GET", seasonPath, ok({ season })).install();
      const el = await mount(lang);
      await answerUpToQuestions(el);
      expect(has(el, '[name="answers.qst_topic"]')).to.equal(true);
      expect(shadow(el).querySelectorAll('[name="answers.qst_heard"]')).to.have.length(2);
      expect(has(el, '[name="answers.qst_before"]')).to.equal(false);
      expect(query(el, "legend [lang='et']").textContent).to.equal("Kuidas sa meist kuulsid?");
      // Step 7 of 8: the screens without the role question, this one included.
      expect(query(el, ".progress-text").textContent).to.match(/7.*8|٧.*٨/);
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-mentoring> the season's own questions", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("needs the required answer, in the sign-up form's words, and sends the answers", async () => {
    const person = personFixture({ answers: { qst_heard: "chc_friend" } });
    stub = new FetchStub()
      .on("GET", seasonPath, ok({ season }))
      .on("POST", intakePath, ok({ person, manageUrl: "https://hearth.test/m#token=t" }, 201))
      .install();
    const el = await mount("en");
    await answerUpToQuestions(el);
    expect(text(el)).to.include("(optional)");
    expect(text(el)).to.include("Only the organisers see this answer.");
    fill(el, '[name="answers.qst_topic"]', "Music");
    await next(el);
    const error = await waitFor(el, "#q-qst_heard-error");
    expect(error.textContent).to.include("Please answer this question.");
    const first = query(el, '[name="answers.qst_heard"]');
    expect(hasFocus(el, first)).to.equal(true);
    expect(first.getAttribute("aria-invalid")).to.equal("true");

    tick(el, '[name="answers.qst_heard"][value="chc_friend"]');
    await next(el);
    await waitFor(el, "#consent");
    expect(text(el)).to.include("Kuidas sa meist kuulsid?");
    expect(text(el)).to.include("Sõbralt");
    expect(text(el)).to.include("Music");
    // Back and forth keeps what was given.
    query(el, ".back").click();
    await waitFor(el, '[name="answers.qst_topic"]');
    expect(query<HTMLInputElement>(el, '[name="answers.qst_topic"]').value).to.equal("Music");
    expect(query<HTMLInputElement>(el, '[value="chc_friend"]').checked).to.equal(true);
    await next(el);
    await waitFor(el, "#consent");
    tick(el, "#consent");
    await next(el);
    await waitFor(el, ".outcome");
    const body = stub.calls.find((call) => call.method === "POST")!.body as IntakeBody;
    expect(body.answers).to.deep.equal({ qst_topic: "Music", qst_heard: "chc_friend" });
  });

  it("shows the server's refusal of an answer beside its question", async () => {
    stub = new FetchStub()
      .on("GET", seasonPath, ok({ season }))
      .on(
        "POST",
        intakePath,
        apiError(422, "validation_failed", { "answers.qst_heard": { code: "invalid_choice" } }),
      )
      .install();
    const el = await mount("en");
    await answerUpToQuestions(el);
    tick(el, '[name="answers.qst_heard"][value="chc_library"]');
    await next(el);
    await waitFor(el, "#consent");
    tick(el, "#consent");
    await next(el);
    const error = await waitFor(el, "#q-qst_heard-error");
    expect(error.textContent).to.include("Choose one of the answers shown.");
    expect(hasFocus(el, query(el, '[name="answers.qst_heard"]'))).to.equal(true);
  });

  it("shows the answers on the manage page and changes them with the same screen", async () => {
    const mine = personFixture({
      answers: { qst_topic: "Films", qst_heard: "chc_library" },
      season,
    });
    stub = new FetchStub()
      .on("GET", personPath, ok({ person: mine }))
      .on("PATCH", personPath, ok({ person: mine }))
      .install();
    const el = await fixture<HearthMentoring>(
      html`<hearth-mentoring person="mnt_1" token="secret" lang="en"></hearth-mentoring>`,
    );
    await waitFor(el, ".change");
    const answers = query(el, '[part="answers"]').textContent ?? "";
    expect(answers).to.include("Kuidas sa meist kuulsid?");
    expect(answers).to.include("Raamatukogust");
    expect(answers).to.include("Films");
    query(el, ".change").click();
    await waitFor(el, "#firstName");
    for (let step = 0; step < 6; step++) await next(el);
    await waitFor(el, '[name="answers.qst_topic"]');
    expect(query<HTMLInputElement>(el, '[name="answers.qst_topic"]').value).to.equal("Films");
    expect(query<HTMLInputElement>(el, '[value="chc_library"]').checked).to.equal(true);
    tick(el, '[name="answers.qst_heard"][value="chc_friend"]');
    await next(el);
    await waitFor(el, ".outcome");
    const change = stub.calls.find((call) => call.method === "PATCH")!.body as IntakeChange;
    expect(change.answers).to.deep.equal({ qst_topic: "Films", qst_heard: "chc_friend" });
  });
});
