import { expect, waitUntil } from "@open-wc/testing";
import type { HearthAdminMentoringWorkbench } from "../../../../widgets/admin/mentoring/workbench-page.js";
import type { FetchStub } from "../../helpers/fetch-stub.js";
import { base } from "../../helpers/shadow.js";
import { deepQuery } from "../network/network-fixtures.js";
import { plainText } from "./mentoring-fixtures.js";
import { mountWorkbench } from "./workbench-mount.js";

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-admin-mentoring-workbench> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows the intake, the pairs, the people not matched, the bans and the report", async () => {
      let el: HearthAdminMentoringWorkbench;
      ({ el, stub } = await mountWorkbench(lang, "organiser"));
      expect(deepQuery(el, "#unmatched-lea_sara")).to.not.equal(null);
      expect(deepQuery(el, "caption#by-mode")).to.not.equal(null);
      expect(plainText(el)).to.include("أحمد");
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("asks before publishing, with no axe violations", async () => {
      let el: HearthAdminMentoringWorkbench;
      ({ el, stub } = await mountWorkbench(lang, "organiser"));
      deepQuery<HTMLButtonElement>(el, "#publish")!.click();
      await waitUntil(() => deepQuery(el, "#publish-confirm"), "the question");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-mentoring-workbench>", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("words each pair's reasons plainly, with both first names, score and state", async () => {
    let el: HearthAdminMentoringWorkbench;
    ({ el, stub } = await mountWorkbench("en", "organiser"));
    const pair = plainText(deepQuery(el, "hearth-admin-season-pairs")!);
    expect(pair).to.include("Anna and Olena");
    expect(pair).to.include("Mentor: Anna");
    expect(pair).to.include("Learner: Olena");
    expect(pair).to.include("Fit: 82 of 100");
    expect(pair).to.include("Proposed");
    expect(pair).to.include("Published");
    expect(pair).to.include("4 hours a week in common");
    // Interests as the mentor typed them; languages and regions by name.
    expect(pair).to.include("Share 3 interests: music, cooking, Chess");
    expect(pair).to.include("Both speak Russian");
    expect(pair).to.include("Both in Tartu");
    expect(pair).to.include("Close in age");
    expect(pair).to.include("1 hour a week in common");
    // A proposed pair can be locked or ruled out; a published one only ended.
    expect(deepQuery(el, "#lock-pair_1")).to.not.equal(null);
    expect(deepQuery(el, "#ban-pair_1")).to.not.equal(null);
    expect(deepQuery(el, "#end-pair_2")).to.not.equal(null);
    expect(deepQuery(el, "#lock-pair_2")).to.equal(null);
  });

  it("says why each person has no partner yet", async () => {
    let el: HearthAdminMentoringWorkbench;
    ({ el, stub } = await mountWorkbench("en", "organiser"));
    const text = plainText(deepQuery(el, "hearth-admin-unmatched-people")!);
    expect(text).to.include("No mentor is free at the same times.");
    expect(text).to.include("The fitting mentors are all taken (3 possible).");
    expect(text).to.include(
      "No learner meets the way they can (online, by phone or in person in their region).",
    );
    expect(text).to.include("In person in Narva");
  });

  it("counts the intake in small tables and the season's report without names", async () => {
    let el: HearthAdminMentoringWorkbench;
    ({ el, stub } = await mountWorkbench("en", "organiser"));
    const overview = plainText(el);
    for (const caption of [
      "By way of meeting",
      "Learners by level",
      "By region",
      "By language spoken",
    ]) {
      expect(overview).to.include(caption);
    }
    expect(overview).to.include("Places for learners");
    expect(overview).to.include("Ukrainian");
    const report = plainText(deepQuery(el, "hearth-admin-season-report")!);
    expect(report).to.include("Pairs formed");
    expect(report).to.include("Check-ins: going well");
    expect(report).to.include("Hours met (as the pairs said)");
    expect(report).to.include("14");
    expect(report).to.not.include("Anna");
  });

  it("words the reasons in the reader's language", async () => {
    let el: HearthAdminMentoringWorkbench;
    ({ el, stub } = await mountWorkbench("uk", "organiser"));
    const text = plainText(el);
    expect(text).to.include("4 спільні години на тиждень");
    expect(text).to.include("Жоден ментор не вільний у той самий час.");
    expect(text).to.include("Усі відповідні ментори зайняті (3 можливі).");
  });

  it("shows a reader the pairs without the controls that change them", async () => {
    let el: HearthAdminMentoringWorkbench;
    ({ el, stub } = await mountWorkbench("en", "coordinator"));
    expect(deepQuery(el, "#lock-pair_1")).to.equal(null);
    expect(deepQuery(el, "#publish")).to.equal(null);
    expect(deepQuery(el, "select")).to.equal(null);
    expect(plainText(el)).to.include("Share 3 interests");
  });
});
