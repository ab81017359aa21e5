import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { AdminQuestion } from "../../../../schema/contracts/questions.js";
import type { HearthAdminRoster } from "../../../../widgets/admin/roster/roster.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { has, languages, query, shadow, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import {
  adminEventFixture,
  demoOrg,
  rosterEntryFixture,
  rosterFixture,
} from "../helpers/fixtures.js";

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
const note: AdminQuestion = {
  id: "q_note",
  kind: "short_text",
  label: { en: "Anything else?", ar: "شيء آخر؟" },
  choices: [],
  required: false,
  sensitive: false,
  audience: null,
};

const answered = rosterEntryFixture({
  answers: { q_origin: "c_ua", q_pram: true, q_note: "Привіт" },
});

async function mountRoster(lang: string, stub: FetchStub, questions: AdminQuestion[]) {
  stub
    .on("GET", adminApi("/orgs/demo/events/evt_1"), ok({ event: adminEventFixture() }))
    .on("GET", adminApi("/orgs/demo/events/evt_1/registrations"), ok(rosterFixture([answered])))
    .on("GET", adminApi("/orgs/demo/events/evt_1/questions"), ok({ questions }))
    .install();
  const el = await fixture<HearthAdminRoster>(
    html`<hearth-admin-roster
      lang=${lang}
      org="demo"
      event-id="evt_1"
      member-role="owner"
      .organisation=${demoOrg}
    ></hearth-admin-roster>`,
  );
  await waitFor(el, "table.roster");
  return el;
}

const sensitiveCsv = 'a[href$="/registrations.csv?sensitive=1"]';

for (const lang of languages) {
  describe(`<hearth-admin-roster> answers in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows a choice answer by its label, yes/no in words, and tags the sensitive one", async () => {
      stub = new FetchStub();
      const el = await mountRoster(lang, stub, [origin, pram, note]);
      const answers = await waitFor(el, 'tr[data-entry="reg_1"] .answers');
      const words = answers.textContent ?? "";
      expect(words).to.include(lang === "ar" ? "أوكرانيا" : "Ukraine");
      expect(words).to.include(lang === "ar" ? "نعم" : "Yes");
      expect(words).to.not.include("c_ua");
      expect(answers.querySelector('[dir="auto"]')?.textContent).to.equal("Привіт");
      const tags = answers.querySelectorAll(".badge.sensitive");
      expect(tags.length).to.equal(1);
      if (lang === "en") expect(tags[0]!.textContent?.trim()).to.equal("Sensitive");
      await expect(el).to.be.accessible();
    });

    it("offers the download with sensitive answers, explained, when a question is sensitive", async () => {
      stub = new FetchStub();
      const el = await mountRoster(lang, stub, [origin, pram]);
      await waitUntil(() => has(el, sensitiveCsv), "the sensitive download");
      const link = query<HTMLAnchorElement>(el, sensitiveCsv);
      const hint = shadow(el).getElementById(link.getAttribute("aria-describedby") ?? "");
      if (lang === "en") {
        expect(link.textContent?.trim()).to.equal("Download with sensitive answers");
        expect(hint?.textContent).to.include("the download is recorded");
      } else {
        expect(hint?.textContent?.trim()).to.not.equal("");
      }
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-roster> answers without sensitive questions", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("offers only the plain download, and tags nothing, when no question is sensitive", async () => {
    stub = new FetchStub();
    const el = await mountRoster("en", stub, [pram, note]);
    await waitFor(el, 'tr[data-entry="reg_1"] .answers');
    expect(has(el, 'a[href$="/registrations.csv"]')).to.equal(true);
    expect(has(el, sensitiveCsv)).to.equal(false);
    expect(has(el, ".badge.sensitive")).to.equal(false);
    // The questions are asked for once, not for each row.
    expect(stub.calls.filter((call) => call.url.pathname.endsWith("/questions"))).to.have.length(1);
  });
});
