import { expect, fixture, html } from "@open-wc/testing";
import type { HearthAdminEventList } from "../../../../widgets/admin/events/event-list.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { languages, query, shadow, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, demoOrg } from "../helpers/fixtures.js";

const oneOff = adminEventFixture({ id: "evt_once", title: { en: "Open day" } });
const seriesDate = adminEventFixture({
  series: { id: "ser_1", position: 3, total: 12, blockSignup: false },
});

for (const lang of languages) {
  describe(`<hearth-admin-event-list> series dates in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("marks a date of a series with where it stands, and a one-off event with nothing", async () => {
      stub = new FetchStub()
        .on(
          "GET",
          adminApi("/orgs/demo/events"),
          ok({ events: [seriesDate, oneOff], nextCursor: null }),
        )
        .on("GET", adminApi("/orgs/demo/preferences"), ok({ preferences: { digest: false } }))
        .install();
      const el = await fixture<HearthAdminEventList>(
        html`<hearth-admin-event-list
          lang=${lang}
          org="demo"
          member-role="owner"
          .organisation=${demoOrg}
        ></hearth-admin-event-list>`,
      );
      await waitFor(el, "li");
      const badges = shadow(el).querySelectorAll(".badge.series");
      expect(badges).to.have.length(1);
      expect(query(el, "li:first-child").contains(badges[0]!)).to.equal(true);
      expect(badges[0]!.textContent?.trim()).to.match(
        lang === "en" ? /^Repeats: 3 of 12$/ : /[3٣].*(12|١٢)/,
      );
      await expect(el).to.be.accessible();
    });
  });
}
