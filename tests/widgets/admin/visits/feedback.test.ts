import { expect, fixture, html } from "@open-wc/testing";
import type { HearthAdminFeedback } from "../../../../widgets/admin/visits/feedback.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { feedbackFixture, visitFixture } from "../helpers/visit-fixtures.js";

async function mountFeedback(lang: string, stub: FetchStub) {
  stub.on("GET", adminApi("/orgs/demo/events/evt_v"), ok({ event: visitFixture() })).install();
  const el = await fixture<HearthAdminFeedback>(
    html`<hearth-admin-feedback
      lang=${lang}
      org="demo"
      event-id="evt_v"
      .organisation=${demoOrg}
    ></hearth-admin-feedback>`,
  );
  await waitFor(el, "h1");
  return el;
}

for (const lang of languages) {
  describe(`<hearth-admin-feedback> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows answers, the average, each face's share in words, and the comments", async () => {
      stub = new FetchStub().on(
        "GET",
        adminApi("/orgs/demo/events/evt_v/feedback"),
        ok({ feedback: feedbackFixture() }),
      );
      const el = await mountFeedback(lang, stub);
      const bars = shadow(el).querySelectorAll(".bars li");
      expect(bars).to.have.length(5);
      if (lang === "en") {
        expect(bars[0]!.textContent).to.match(/Very happy\s+5 \(50%\)/);
        expect(bars[4]!.textContent).to.match(/Very unhappy\s+0 \(0%\)/);
        expect(text(el)).to.include("4.2 of 5");
        expect(text(el)).to.include("Host places");
      }
      expect(query(el, ".comments").textContent).to.include("The farm lunch was lovely.");
      await expect(el).to.be.accessible();
    });

    it("says when nobody has answered yet", async () => {
      stub = new FetchStub().on(
        "GET",
        adminApi("/orgs/demo/events/evt_v/feedback"),
        ok({
          feedback: feedbackFixture({
            responses: 0,
            average: null,
            distribution: [0, 0, 0, 0, 0],
            byAudience: {},
            comments: [],
          }),
        }),
      );
      const el = await mountFeedback(lang, stub);
      expect(shadow(el).querySelector(".bars")).to.equal(null);
      await expect(el).to.be.accessible();
    });
  });
}
