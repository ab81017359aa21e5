import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminSeasons } from "../../../../widgets/admin/mentoring/seasons-page.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { deepQuery } from "../network/network-fixtures.js";
import { plainText, seasonFixture } from "./mentoring-fixtures.js";

const seasonsPath = adminApi("/orgs/demo/mentoring/seasons");

async function mountSeasons(lang: string, role: string, stub: FetchStub) {
  stub.install();
  return fixture<HearthAdminSeasons>(
    html`<hearth-admin-seasons
      lang=${lang}
      org="demo"
      member-role=${role}
      .organisation=${demoOrg}
    ></hearth-admin-seasons>`,
  );
}

const published = seasonFixture({
  id: "sea_0",
  name: { en: "Autumn 2029" },
  publishedAt: "2029-09-10T08:00:00.000Z",
  counts: { mentors: 1, learners: 1, pairs: 1 },
});

for (const lang of ["en", "ar", "uk"]) {
  describe(`<hearth-admin-seasons> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("lists each season with its dates, counts and a way into its workbench", async () => {
      stub = new FetchStub().on("GET", seasonsPath, ok({ seasons: [seasonFixture(), published] }));
      const el = await mountSeasons(lang, "organiser", stub);
      await waitUntil(() => deepQuery(el, "#season-sea_1"), "the seasons");
      expect(
        deepQuery(el, '#season-sea_1 a[href="#/mentoring/seasons/sea_1?org=demo"]'),
      ).to.not.equal(null);
      expect(deepQuery(el, 'a[href="#/mentoring/new?org=demo"]')).to.not.equal(null);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-seasons>", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("says the name in the reader's language, the dates, the counts and whether pairs are out", async () => {
    stub = new FetchStub().on("GET", seasonsPath, ok({ seasons: [seasonFixture(), published] }));
    const el = await mountSeasons("en", "owner", stub);
    await waitUntil(() => deepQuery(el, "#season-sea_0"), "the seasons");
    const text = plainText(el);
    expect(text).to.include("Language Friends spring 2030");
    expect(text).to.include("From Mar 1, 2030 to May 31, 2030");
    expect(text).to.include("Sign-up until Feb 20, 2030");
    expect(text).to.include("Practising Estonian");
    expect(text).to.include("3 mentors");
    expect(text).to.include("4 learners");
    expect(text).to.include("2 pairs");
    expect(text).to.include("No pairs published yet");
    expect(text).to.include("1 mentor");
    expect(text).to.include("Pairs published on Sep 10, 2029");
    expect(deepQuery(el, 'a[href="#/mentoring/seasons/sea_1/edit?org=demo"]')).to.not.equal(null);
  });

  it("says when there are no seasons yet", async () => {
    stub = new FetchStub().on("GET", seasonsPath, ok({ seasons: [] }));
    const el = await mountSeasons("en", "owner", stub);
    await waitUntil(() => plainText(el).includes("No seasons yet."), "the empty list");
  });

  it("offers no new season or edit to a role that may only read", async () => {
    stub = new FetchStub().on("GET", seasonsPath, ok({ seasons: [seasonFixture()] }));
    const el = await mountSeasons("en", "coordinator", stub);
    await waitUntil(() => deepQuery(el, "#season-sea_1"), "the seasons");
    expect(plainText(el)).to.not.include("New season");
    expect(plainText(el)).to.not.include("Edit season");
  });
});
