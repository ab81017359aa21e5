import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { AdminEvent } from "../../../../schema/contracts/admin/events.js";
import type { LocaleText } from "../../../../schema/contracts/locale-text.js";
import type { AdminQuestion, QuestionsInput } from "../../../../schema/contracts/questions.js";
import type { HearthAdminEventEditor } from "../../../../widgets/admin/editor/event-editor.js";
import { asksForPersonalData } from "../../../../widgets/admin/editor/personal-questions.js";
import type { HearthAdminQuestionEditor } from "../../../../widgets/admin/editor/question-editor.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import {
  base,
  fill,
  has,
  hasFocus,
  languages,
  query,
  shadow,
  text,
  waitFor,
} from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, demoOrg } from "../helpers/fixtures.js";
import { visitFixture } from "../helpers/visit-fixtures.js";

const questionsPath = adminApi("/orgs/demo/events/evt_1/questions");

const saved: AdminQuestion = {
  id: "q_diet",
  kind: "long_text",
  label: { et: "Mida te ei söö?", en: "What do you not eat?", ar: "" },
  choices: [],
  required: false,
  sensitive: false,
  audience: null,
};

async function mount(
  lang: string,
  stub: FetchStub,
  options: { event?: AdminEvent; disabled?: boolean } = {},
) {
  stub.install();
  const el = await fixture<HearthAdminQuestionEditor>(
    html`<hearth-admin-question-editor
      lang=${lang}
      org="demo"
      .event=${options.event ?? adminEventFixture()}
      .locales=${["et", "en", "ar"]}
      ?disabled=${options.disabled ?? false}
    ></hearth-admin-question-editor>`,
  );
  await waitFor(el, "form");
  return el;
}

const loaded = (...replies: Reply[]) =>
  new FetchStub()
    .on("GET", questionsPath, ok({ questions: [saved] }))
    .on("PUT", questionsPath, ...replies);

function choose(el: Element, name: string, value: string): void {
  const select = query<HTMLSelectElement>(el, `[name="${name}"]`);
  select.value = value;
  select.dispatchEvent(new Event("change", { bubbles: true }));
}

async function click(el: HearthAdminQuestionEditor, selector: string): Promise<void> {
  query<HTMLButtonElement>(el, selector).click();
  await el.updateComplete;
}

const sent = (stub: FetchStub) =>
  stub.calls.find((call) => call.method === "PUT")?.body as QuestionsInput | undefined;

for (const lang of languages) {
  describe(`<hearth-admin-question-editor> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("lists the saved questions, each text in every language side by side", async () => {
      stub = loaded();
      const el = await mount(lang, stub);
      expect(shadow(el).querySelectorAll("fieldset.question")).to.have.length(1);
      expect(query<HTMLSelectElement>(el, '[name="questions.0.kind"]').value).to.equal("long_text");
      expect(query<HTMLInputElement>(el, '[name="questions.0.label.en"]').value).to.equal(
        "What do you not eat?",
      );
      const arabic = query(el, '[name="questions.0.label.ar"]');
      expect(arabic.getAttribute("lang")).to.equal("ar");
      expect(arabic.getAttribute("dir")).to.equal("rtl");
      // Whom a question asks matters only on a visit.
      expect(has(el, '[name="questions.0.audience"]')).to.equal(false);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("shows the server's errors beside the question and the choices they belong to", async () => {
      stub = loaded(
        apiError(422, "validation_failed", {
          "questions.1.label": {
            code: "required",
            message: "Write the question in at least one language.",
          },
          "questions.1.choices": {
            code: "invalid",
            message: "Give at least two choices; only choice questions have choices.",
          },
        }),
      );
      const el = await mount(lang, stub);
      await click(el, ".add-question");
      choose(el, "questions.1.kind", "one_choice");
      await el.updateComplete;
      await click(el, ".question:nth-of-type(2) .remove-choice");
      query<HTMLFormElement>(el, "form").requestSubmit();
      const labelError = await waitFor(el, "#f-questions-1-label-all");
      const choicesError = query(el, "#f-questions-1-choices-item");
      if (lang === "en") {
        expect(labelError.textContent).to.include("Write the question in at least one language.");
        expect(choicesError.textContent).to.include("Give at least two choices");
      } else {
        expect(labelError.textContent!.trim()).to.not.equal("");
        expect(labelError.textContent).to.not.include("Write the question");
      }
      const second = shadow(el).querySelectorAll("fieldset.question")[1]!;
      expect(second.querySelector("fieldset.plain")!.getAttribute("aria-describedby")).to.include(
        "f-questions-1-label-all",
      );
      expect(second.querySelector("fieldset.choices")!.getAttribute("aria-describedby")).to.include(
        "f-questions-1-choices-item",
      );
      expect(has(el, "#f-questions-0-label-all")).to.equal(false);
      expect(text(el)).to.not.include("Questions saved.");
      await expect(el).to.be.accessible();
    });

    it("warns, without stopping the save, when a question asks for nationality", async () => {
      stub = loaded(ok({ questions: [saved] }));
      const el = await mount(lang, stub);
      expect(query(el, ".privacy-warning").textContent!.trim()).to.equal("");
      fill(el, '[name="questions.0.label.en"]', "What is your nationality?");
      await el.updateComplete;
      const warning = query(el, ".privacy-warning").textContent!;
      if (lang === "en")
        expect(warning).to.include("This question asks for something very personal.");
      else expect(warning.trim()).to.not.equal("");
      expect(query(el, ".privacy-warning").getAttribute("role")).to.equal("status");
      await expect(el).to.be.accessible();
      query<HTMLFormElement>(el, "form").requestSubmit();
      await waitUntil(() => sent(stub), "the questions are saved all the same");
    });
  });
}

describe("<hearth-admin-question-editor> saving", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("adds a choice question with two choices and saves the whole list in order", async () => {
    const answer = { ...saved, id: "q_new", kind: "one_choice" as const };
    stub = loaded(ok({ questions: [answer, saved] }));
    const el = await mount("en", stub);
    await click(el, ".add-question");
    expect(hasFocus(el, query(el, '[name="questions.1.kind"]'))).to.equal(true);
    choose(el, "questions.1.kind", "one_choice");
    await el.updateComplete;
    // A choice question starts with the two choices it needs.
    expect(shadow(el).querySelectorAll(".question:nth-of-type(2) .choice-item")).to.have.length(2);
    fill(el, '[name="questions.1.label.en"]', "Tea or coffee?");
    fill(el, '[name="questions.1.label.et"]', "Tee või kohv?");
    fill(el, '[name="questions.1.choices.0.label.en"]', "Coffee");
    fill(el, '[name="questions.1.choices.1.label.en"]', "Tea");
    await click(el, '.question:nth-of-type(2) .choice-item:nth-of-type(2) [data-move="up"]');
    expect(text(el)).to.include("Moved. It is now choice 1.");
    query<HTMLInputElement>(el, '[name="questions.1.required"]').click();
    await click(el, '.question:nth-of-type(2) > .actions [data-move="up"]');
    expect(text(el)).to.include("Moved. It is now question 1.");
    query<HTMLFormElement>(el, "form").requestSubmit();
    await waitUntil(() => text(el).includes("Questions saved."), "saved");
    expect(sent(stub)).to.deep.equal({
      questions: [
        {
          kind: "one_choice",
          label: { en: "Tea or coffee?", et: "Tee või kohv?" },
          choices: [{ label: { en: "Tea" } }, { label: { en: "Coffee" } }],
          required: true,
          sensitive: false,
          audience: null,
        },
        {
          id: "q_diet",
          kind: "long_text",
          label: { et: "Mida te ei söö?", en: "What do you not eat?" },
          choices: [],
          required: false,
          sensitive: false,
          audience: null,
        },
      ],
    });
    // The list is as the server has it now, its new question with its id.
    expect(query<HTMLSelectElement>(el, '[name="questions.0.kind"]').value).to.equal("one_choice");
  });

  it("removes a question and sends the list without it", async () => {
    stub = loaded(ok({ questions: [] }));
    const el = await mount("en", stub);
    await click(el, ".remove-question");
    expect(hasFocus(el, query(el, ".add-question"))).to.equal(true);
    expect(text(el)).to.include("No questions of your own yet.");
    query<HTMLFormElement>(el, "form").requestSubmit();
    await waitUntil(() => sent(stub), "saved");
    expect(sent(stub)).to.deep.equal({ questions: [] });
  });

  it("lets a visit ask its visitors, hosts or interpreters apart", async () => {
    stub = new FetchStub()
      .on("GET", adminApi("/orgs/demo/events/evt_v/questions"), ok({ questions: [saved] }))
      .on("PUT", adminApi("/orgs/demo/events/evt_v/questions"), ok({ questions: [saved] }));
    const el = await mount("en", stub, { event: visitFixture() });
    const audience = query<HTMLSelectElement>(el, '[name="questions.0.audience"]');
    expect([...audience.options].map((option) => option.textContent!.trim())).to.deep.equal([
      "Everyone",
      "Visitors",
      "Hosts",
      "Interpreters",
    ]);
    choose(el, "questions.0.audience", "host");
    query<HTMLInputElement>(el, '[name="questions.0.sensitive"]').click();
    query<HTMLFormElement>(el, "form").requestSubmit();
    await waitUntil(() => sent(stub), "saved");
    expect(sent(stub)!.questions[0]).to.include({ audience: "host", sensitive: true });
  });

  it("is read-only for roles that cannot change events", async () => {
    stub = loaded();
    const el = await mount("en", stub, { disabled: true });
    expect(query<HTMLInputElement>(el, '[name="questions.0.label.en"]').disabled).to.equal(true);
    expect(has(el, 'button[type="submit"]')).to.equal(false);
    expect(has(el, ".add-question")).to.equal(false);
  });
});

describe("the privacy warning's words", () => {
  it("notices very personal questions in several languages, and not ordinary ones", () => {
    const personal: LocaleText[] = [
      { en: "What is your nationality?" },
      { et: "Mis on teie kodakondsus?" },
      { de: "Ihr Aufenthaltsstatus" },
      { fr: "Numéro de passeport" },
      { ru: "Дата рождения" },
      { uk: "Ваше громадянство" },
      { ar: "ما هي جنسيتك؟" },
      { en: "When were you born?" },
      { en: "Your ID number" },
      { en: "Are you seeking asylum?" },
    ];
    const ordinary: LocaleText[] = [
      { en: "What would you like to eat?" },
      { es: "¿Quieres revisar tu pedido?" },
      { et: "Kas vajate lastehoidu?" },
      { en: "Which days suit you?" },
    ];
    expect(personal.filter((label) => !asksForPersonalData(label))).to.deep.equal([]);
    expect(ordinary.filter((label) => asksForPersonalData(label))).to.deep.equal([]);
  });
});

describe("<hearth-admin-event-editor> and its questions", () => {
  let stub: FetchStub;
  afterEach(() => {
    stub.restore();
    location.hash = "";
  });

  async function mountEditor(eventId: string) {
    stub.install();
    const el = await fixture<HearthAdminEventEditor>(
      html`<hearth-admin-event-editor
        lang="en"
        org="demo"
        member-role="owner"
        event-id=${eventId}
        .organisation=${demoOrg}
      ></hearth-admin-event-editor>`,
    );
    await waitFor(el, "form");
    return el;
  }

  it("shows the questions of a saved event below its form", async () => {
    stub = new FetchStub()
      .on("GET", adminApi("/orgs/demo/events/evt_1"), ok({ event: adminEventFixture() }))
      .on("GET", questionsPath, ok({ questions: [saved] }));
    const el = await mountEditor("evt_1");
    const editor = (await waitFor(el, "hearth-admin-question-editor")) as HearthAdminQuestionEditor;
    await waitFor(editor, '[name="questions.0.label.en"]');
    expect(text(editor)).to.include("Questions on the sign-up form");
    await expect(el).to.be.accessible();
  });

  it("asks to create a new event before adding questions", async () => {
    stub = new FetchStub();
    const el = await mountEditor("");
    expect(has(el, "hearth-admin-question-editor")).to.equal(false);
    expect(text(el)).to.include("Create the event first.");
  });
});
