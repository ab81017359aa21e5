import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminNeedsBoard } from "../../../../widgets/admin/visits/needs-board.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { needsFixture, visitFixture } from "../helpers/visit-fixtures.js";

const needsPath = adminApi("/orgs/demo/events/evt_v/needs");

async function mountBoard(lang: string, stub: FetchStub) {
  stub.on("GET", adminApi("/orgs/demo/events/evt_v"), ok({ event: visitFixture() })).install();
  const el = await fixture<HearthAdminNeedsBoard>(
    html`<hearth-admin-needs-board
      lang=${lang}
      org="demo"
      event-id="evt_v"
      member-role="organiser"
      .organisation=${demoOrg}
    ></hearth-admin-needs-board>`,
  );
  await waitFor(el, "table.languages");
  return el;
}

for (const lang of languages) {
  describe(`<hearth-admin-needs-board> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("marks the languages nobody interprets as gaps, in words and not by colour alone", async () => {
      stub = new FetchStub().on("GET", needsPath, ok({ needs: needsFixture() }));
      const el = await mountBoard(lang, stub);
      const gapRow = query(el, 'tr[data-language="ar"]');
      expect(gapRow.classList.contains("gap")).to.equal(true);
      expect(query(el, 'tr[data-language="uk"]').classList.contains("gap")).to.equal(false);
      expect(shadow(el).querySelectorAll('table.languages th[scope="col"]')).to.have.length(4);
      if (lang === "en") {
        expect(gapRow.textContent).to.include("Gap");
        expect(query(el, 'tr[data-language="uk"]').textContent).to.include("Covered");
        expect(query(el, ".gaps").textContent).to.include("Arabic");
        expect(text(el)).to.include("13 of 40 taken, 27 left");
        expect(text(el)).to.include("Halal: 2 groups");
        expect(text(el)).to.include("3 of 5 filled — 2 open");
      } else {
        expect(gapRow.textContent).to.include("نقص");
      }
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-needs-board> refreshing", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("fetches the board again on Refresh and says when all is covered", async () => {
    stub = new FetchStub().on(
      "GET",
      needsPath,
      ok({ needs: needsFixture() }),
      ok({ needs: needsFixture({ gaps: [], languagesCovered: { uk: 1, ar: 1 } }) }),
    );
    const el = await mountBoard("en", stub);
    query<HTMLButtonElement>(el, ".refresh").click();
    await waitUntil(() => text(el).includes("Every language needed has an interpreter."));
    expect(stub.calls.filter((call) => call.url.pathname.endsWith("/needs"))).to.have.length(2);
    expect(shadow(el).querySelector("tr.gap")).to.equal(null);
  });
});
