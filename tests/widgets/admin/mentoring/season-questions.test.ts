import { expect, waitUntil } from "@open-wc/testing";
import type { SeasonBody } from "../../../../schema/contracts/admin/mentoring.js";
import type { SeasonQuestion } from "../../../../schema/contracts/mentoring-questions.js";
import type { HearthAdminMentoringWorkbench } from "../../../../widgets/admin/mentoring/workbench-page.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { shadow } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { deepQuery } from "../network/network-fixtures.js";
import { people, plainText, seasonFixture, workbenchFixture } from "./mentoring-fixtures.js";
import { control, mountForm } from "./season-form-mount.js";
import { mountWorkbench } from "./workbench-mount.js";

const seasonsPath = adminApi("/orgs/demo/mentoring/seasons");
const seasonPath = adminApi("/orgs/demo/mentoring/seasons/sea_1");

const heard: SeasonQuestion = {
  id: "qst_heard",
  kind: "one_choice",
  label: { en: "How did you hear of us?", et: "Kuidas sa meist kuulsid?" },
  choices: [
    { id: "chc_friend", label: { en: "A friend" } },
    { id: "chc_library", label: { en: "The library" } },
  ],
  required: true,
  sensitive: true,
  audience: "learner",
};
const topic: SeasonQuestion = {
  id: "qst_topic",
  kind: "short_text",
  label: { en: "What would you like to talk about first?" },
  choices: [],
  required: false,
  sensitive: false,
  audience: null,
};

/** Changes a control as a person does: text fields hear `input`, the rest `change`. */
function set(el: Element, name: string, value: string | boolean) {
  const input = control(el, name);
  if (typeof value === "boolean") (input as HTMLInputElement).checked = value;
  else input.value = value;
  const kind = typeof value === "boolean" || input.localName === "select" ? "change" : "input";
  input.dispatchEvent(new Event(kind, { bubbles: true, composed: true }));
}

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-admin-season-form> own questions in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("adds a question for learners with the event editor's fields, with no axe violations", async () => {
      stub = new FetchStub()
        .on("GET", seasonsPath, ok({ seasons: [seasonFixture()] }))
        .on("PUT", seasonPath, ok({ season: seasonFixture() }));
      const el = await mountForm(lang, "sea_1", stub);
      shadow(el).querySelector<HTMLButtonElement>(".own-questions .add-question")!.click();
      await waitUntil(() => shadow(el).querySelector(".own-questions .question"), "a question");
      const audiences = [
        ...control<HTMLSelectElement>(el, "questions.0.audience").querySelectorAll("option"),
      ].map((option) => option.value);
      expect(audiences).to.deep.equal(["", "mentor", "learner"]);
      set(el, "questions.0.kind", "one_choice");
      await waitUntil(() => shadow(el).querySelector('[name="questions.0.choices.1.label.en"]'));
      set(el, "questions.0.label.en", "How did you hear of us?");
      set(el, "questions.0.choices.0.label.en", "A friend");
      set(el, "questions.0.choices.1.label.en", "The library");
      set(el, "questions.0.audience", "learner");
      set(el, "questions.0.required", true);
      await el.updateComplete;
      await expect(el).to.be.accessible();
      shadow(el).querySelector("form")!.requestSubmit();
      await waitUntil(() => stub.calls.some((call) => call.method === "PUT"), "the save");
      const body = stub.calls.find((call) => call.method === "PUT")!.body as SeasonBody;
      expect(body.questions).to.deep.equal([
        {
          kind: "one_choice",
          label: { en: "How did you hear of us?" },
          choices: [{ label: { en: "A friend" } }, { label: { en: "The library" } }],
          required: true,
          sensitive: false,
          audience: "learner",
        },
      ]);
    });
  });
}

describe("<hearth-admin-season-form> own questions", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows the saved questions, sends them back with their ids, and removes one", async () => {
    stub = new FetchStub()
      .on("GET", seasonsPath, ok({ seasons: [seasonFixture({ questions: [heard, topic] })] }))
      .on("PUT", seasonPath, ok({ season: seasonFixture({ questions: [topic] }) }));
    const el = await mountForm("en", "sea_1", stub);
    expect(control(el, "questions.0.label.en").value).to.equal("How did you hear of us?");
    expect(control(el, "questions.0.required").checked).to.equal(true);
    expect(control<HTMLSelectElement>(el, "questions.0.audience").value).to.equal("learner");
    shadow(el).querySelector<HTMLButtonElement>(".question .remove-question")!.click();
    await waitUntil(() => shadow(el).querySelectorAll(".question").length === 1);
    expect(shadow(el).activeElement?.classList.contains("add-question")).to.equal(true);
    shadow(el).querySelector("form")!.requestSubmit();
    await waitUntil(() => plainText(el).includes("Season saved."));
    const body = stub.calls.find((call) => call.method === "PUT")!.body as SeasonBody;
    expect(body.questions?.map((question) => question.id)).to.deep.equal(["qst_topic"]);
  });
});

describe("<hearth-admin-mentoring-workbench> answers to the season's own questions", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows each person's answers, the sensitive one marked", async () => {
    const answered = people.map((person) =>
      person.id === "lea_olena"
        ? { ...person, answers: { qst_heard: "chc_library", qst_topic: "Films" } }
        : person.id === "lea_sara"
          ? { ...person, answers: { qst_topic: "Bread" } }
          : person,
    );
    const workbench = workbenchFixture({
      season: seasonFixture({ questions: [heard, topic] }),
      people: answered,
    });
    let el: HearthAdminMentoringWorkbench;
    ({ el, stub } = await mountWorkbench("en", "organiser", [ok(workbench)]));
    const pair = deepQuery(el, "#pair-pair_1")!;
    const olena = pair.querySelector(".person-answers")!;
    expect(olena.querySelector("summary")!.textContent).to.include("Answers from");
    expect(olena.textContent).to.include("How did you hear of us?");
    expect(olena.textContent).to.include("The library");
    expect(olena.textContent).to.include("Films");
    expect(olena.querySelectorAll(".badge.sensitive")).to.have.length(1);
    // Anna answered nothing: no answers for her.
    expect(pair.querySelectorAll(".person-answers")).to.have.length(1);
    const sara = deepQuery(el, "#unmatched-lea_sara .person-answers")!;
    expect(sara.textContent).to.include("Bread");
    await expect(el).to.be.accessible();
  });
});
