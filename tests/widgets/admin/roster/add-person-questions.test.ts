import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { AdminQuestion } from "../../../../schema/contracts/questions.js";
import type { HearthAdminAddPerson } from "../../../../widgets/admin/roster/add-person.js";
import type { HearthAdminRoster } from "../../../../widgets/admin/roster/roster.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { fill, has, languages, query, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import {
  adminEventFixture,
  adminSlotFixture,
  demoOrg,
  rosterEntryFixture,
  rosterFixture,
} from "../helpers/fixtures.js";

const rosterPath = adminApi("/orgs/demo/events/evt_1/registrations");
const added = ok(
  {
    entry: rosterEntryFixture({ consentSource: "in_person" }),
    manageUrl: "https://hearth.test/manage/?registration=reg_1#token=s",
  },
  201,
);

const origin: AdminQuestion = {
  id: "q_origin",
  kind: "one_choice",
  label: { en: "Where are you from?", ar: "من أين أنت؟" },
  choices: [
    { id: "c_sy", label: { en: "Syria", ar: "سوريا" } },
    { id: "c_ua", label: { en: "Ukraine", ar: "أوكرانيا" } },
  ],
  required: true,
  sensitive: true,
  audience: null,
};
const pram: AdminQuestion = {
  id: "q_pram",
  kind: "yes_no",
  label: { en: "Are you bringing a pram?", ar: "هل تحضر عربة أطفال؟" },
  choices: [],
  required: false,
  sensitive: false,
  audience: null,
};
const guests: AdminQuestion = {
  id: "q_guests",
  kind: "number",
  label: { en: "How many chairs do you need?", ar: "كم كرسيًا تحتاج؟" },
  choices: [],
  required: false,
  sensitive: false,
  audience: "attendee",
};
const dish: AdminQuestion = {
  id: "q_dish",
  kind: "short_text",
  label: { en: "What will you cook?", ar: "ماذا ستطبخ؟" },
  choices: [],
  required: false,
  sensitive: false,
  audience: "host",
};

/** An evening for guests and a cooking shift for hosts: each time asks its own questions. */
const event = adminEventFixture({
  slots: [
    adminSlotFixture(),
    adminSlotFixture({ id: "slot_2", label: { en: "Cooking", ar: "الطبخ" }, audience: "host" }),
  ],
});

async function mountForm(lang: string, questions = [origin, pram, guests, dish]) {
  const el = await fixture<HearthAdminAddPerson>(
    html`<hearth-admin-add-person
      lang=${lang}
      org="demo"
      .event=${event}
      .locales=${["et", "en", "ar"]}
      .questions=${questions}
    ></hearth-admin-add-person>`,
  );
  await waitFor(el, "form");
  return el;
}

function choose(el: HearthAdminAddPerson, selector: string): void {
  query<HTMLInputElement>(el, selector).click();
}

function submitFor(el: HearthAdminAddPerson, name: string): void {
  fill(el, '[name="name"]', name);
  query<HTMLInputElement>(el, '[name="consentInPerson"]').checked = true;
  query<HTMLFormElement>(el, "form").requestSubmit();
}

async function sentBody(stub: FetchStub, el: HearthAdminAddPerson) {
  await waitFor(el, ".manage-url");
  return stub.calls[0]!.body as Record<string, unknown>;
}

for (const lang of languages) {
  describe(`<hearth-admin-add-person> questions in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("asks the questions for everyone and for the chosen time's audience only", async () => {
      stub = new FetchStub().install();
      const el = await mountForm(lang);
      await expect(el).to.be.accessible();
      const words = text(el);
      expect(words).to.include(lang === "ar" ? "من أين أنت؟" : "Where are you from?");
      expect(words).to.include(lang === "ar" ? "كم كرسيًا تحتاج؟" : "How many chairs do you need?");
      expect(has(el, '[name="answers.q_dish"]')).to.equal(false);

      const slot = query<HTMLSelectElement>(el, '[name="slotId"]');
      slot.value = "slot_2";
      slot.dispatchEvent(new Event("input", { bubbles: true }));
      await waitFor(el, '[name="answers.q_dish"]');
      expect(has(el, '[name="answers.q_guests"]')).to.equal(false);
      expect(has(el, '[name="answers.q_origin"]')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it("marks optional questions, explains required ones and tags the sensitive one", async () => {
      stub = new FetchStub().install();
      const el = await mountForm(lang);
      const originLegend = query(
        el,
        'fieldset[aria-describedby~="f-answers-q_origin-hint"] legend',
      );
      expect(originLegend.querySelector(".badge.sensitive")?.textContent?.trim()).to.equal(
        lang === "ar" ? "حساس" : "Sensitive",
      );
      expect(originLegend.textContent).to.not.include(lang === "ar" ? "(اختياري)" : "(optional)");
      expect(query(el, "#f-answers-q_origin-hint").textContent).to.include(
        lang === "ar" ? "فارغًا" : "leave it empty",
      );
      expect(query(el, 'label[for="f-answers-q_guests"]').textContent).to.include(
        lang === "ar" ? "(اختياري)" : "(optional)",
      );
    });

    it("shows the server's refusal of an answer beside its question", async () => {
      stub = new FetchStub()
        .on(
          "POST",
          rosterPath,
          apiError(422, "validation_failed", {
            "answers.q_origin": { code: "invalid_choice", message: "Choose one of the choices." },
          }),
        )
        .install();
      const el = await mountForm(lang);
      choose(el, '[name="answers.q_origin"][value="c_sy"]');
      submitFor(el, "Olena");
      const error = await waitFor(el, "#f-answers-q_origin-error");
      expect(error.textContent).to.include(
        lang === "ar" ? "اختر أحد الخيارات" : "Choose one of the choices.",
      );
      await waitUntil(
        () =>
          query(el, '[name="answers.q_origin"][value="c_sy"]').getAttribute("aria-invalid") ===
          "true",
      );
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-add-person> sends the answers", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("sends only the answered questions: a choice by its id and a no as false", async () => {
    stub = new FetchStub().on("POST", rosterPath, added).install();
    const el = await mountForm("en");
    choose(el, '[name="answers.q_origin"][value="c_ua"]');
    choose(el, '[name="answers.q_pram"][value="no"]');
    submitFor(el, "Olena");
    const body = await sentBody(stub, el);
    expect(body.answers).to.deep.equal({ q_origin: "c_ua", q_pram: false });
  });

  it("sends a number typed with Arabic digits and a decimal comma as a number", async () => {
    stub = new FetchStub().on("POST", rosterPath, added).install();
    const el = await mountForm("en");
    fill(el, '[name="answers.q_guests"]', "٢,5");
    submitFor(el, "Olena");
    const body = await sentBody(stub, el);
    expect(body.answers).to.deep.equal({ q_guests: 2.5 });
  });

  it("adds the person with a required question left empty", async () => {
    stub = new FetchStub().on("POST", rosterPath, added).install();
    const el = await mountForm("en");
    submitFor(el, "Olena");
    const body = await sentBody(stub, el);
    expect(body.answers).to.deep.equal({});
    expect(has(el, "#f-answers-q_origin-error")).to.equal(false);
  });

  it("takes back a choice clicked by mistake with Not answered", async () => {
    stub = new FetchStub().on("POST", rosterPath, added).install();
    const el = await mountForm("en");
    choose(el, '[name="answers.q_pram"][value="yes"]');
    choose(el, '[name="answers.q_pram"][value=""]');
    submitFor(el, "Olena");
    const body = await sentBody(stub, el);
    expect(body.answers).to.deep.equal({});
  });

  it("sends no answer to a question the chosen time does not ask", async () => {
    stub = new FetchStub().on("POST", rosterPath, added).install();
    const el = await mountForm("en");
    fill(el, '[name="answers.q_guests"]', "3");
    const slot = query<HTMLSelectElement>(el, '[name="slotId"]');
    slot.value = "slot_2";
    slot.dispatchEvent(new Event("input", { bubbles: true }));
    await waitFor(el, '[name="answers.q_dish"]');
    fill(el, '[name="answers.q_dish"]', "Borscht");
    submitFor(el, "Olena");
    const body = await sentBody(stub, el);
    expect(body).to.include({ slotId: "slot_2" });
    expect(body.answers).to.deep.equal({ q_dish: "Borscht" });
  });

  it("refuses a number it cannot read before sending, beside the question", async () => {
    stub = new FetchStub().on("POST", rosterPath, added).install();
    const el = await mountForm("en");
    fill(el, '[name="answers.q_guests"]', "a few");
    submitFor(el, "Olena");
    await waitFor(el, "#f-answers-q_guests-error");
    expect(stub.calls).to.have.length(0);
    expect(query(el, '[name="answers.q_guests"]').getAttribute("aria-invalid")).to.equal("true");
  });
});

describe("<hearth-admin-roster> the needs column", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  async function mountRoster(questions: AdminQuestion[]) {
    stub = new FetchStub()
      .on("GET", adminApi("/orgs/demo/events/evt_1"), ok({ event }))
      .on("GET", rosterPath, ok(rosterFixture([rosterEntryFixture()])))
      .on("GET", adminApi("/orgs/demo/events/evt_1/questions"), ok({ questions }))
      .install();
    const el = await fixture<HearthAdminRoster>(
      html`<hearth-admin-roster
        lang="en"
        org="demo"
        event-id="evt_1"
        member-role="owner"
        .organisation=${demoOrg}
      ></hearth-admin-roster>`,
    );
    await waitFor(el, "table.roster");
    return el;
  }

  const headings = (el: HearthAdminRoster) =>
    [...query(el, "table.roster thead").querySelectorAll("th")].map((th) => th.textContent?.trim());

  it("is headed Needs and answers when the event has questions", async () => {
    const el = await mountRoster([origin]);
    await waitUntil(() => headings(el).includes("Needs and answers"));
  });

  it("is headed Needs when the event has none", async () => {
    const el = await mountRoster([]);
    expect(headings(el)).to.include("Needs");
    expect(headings(el)).to.not.include("Needs and answers");
  });

  it("asks the event's questions in Add someone", async () => {
    const el = await mountRoster([origin]);
    await waitUntil(() => headings(el).includes("Needs and answers"));
    const addButton = [
      ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(".toolbar button"),
    ].find((button) => button.textContent?.includes("Add someone"));
    addButton!.click();
    const form = await waitFor(el, "hearth-admin-add-person");
    await waitFor(form, '[name="answers.q_origin"]');
  });
});
