import { expect, fixture, html } from "@open-wc/testing";
import type { HearthAdminManifest } from "../../../../widgets/admin/visits/manifest.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { languages, query, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { manifestFixture } from "../helpers/visit-fixtures.js";

async function mountManifest(lang: string, stub: FetchStub) {
  stub
    .on("GET", adminApi("/orgs/demo/events/evt_v/manifest"), ok({ manifest: manifestFixture() }))
    .install();
  const el = await fixture<HearthAdminManifest>(
    html`<hearth-admin-manifest
      lang=${lang}
      org="demo"
      event-id="evt_v"
      .organisation=${demoOrg}
    ></hearth-admin-manifest>`,
  );
  await waitFor(el, "table.groups");
  return el;
}

for (const lang of languages) {
  describe(`<hearth-admin-manifest> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("lists each pick-up point's groups, the hosts per stop and the interpreters", async () => {
      stub = new FetchStub();
      const el = await mountManifest(lang, stub);
      const groups = query(el, "table.groups tbody");
      expect(groups.textContent).to.include("K7M2QX");
      expect(groups.textContent).to.include("Olena");
      expect(groups.textContent).to.include("+372 5555 1234");
      expect(query(el, "table.hosts").textContent).to.include("Tour of the hall");
      expect(query(el, "table.interpreters").textContent).to.include("Iryna");
      if (lang === "en") {
        expect(groups.textContent).to.include("2 adults, 1 child");
        expect(text(el)).to.include("Centre North — departs");
        expect(query(el, "table.interpreters").textContent).to.include("Ukrainian (uk)");
        expect(text(el)).to.include("recorded in the audit log");
      }
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-manifest> printing", () => {
  let stub: FetchStub;
  const print = window.print;
  afterEach(() => {
    stub.restore();
    window.print = print;
  });

  it("prints from its button and shows only what the day needs", async () => {
    stub = new FetchStub();
    const el = await mountManifest("en", stub);
    let printed = false;
    window.print = () => (printed = true);
    query<HTMLButtonElement>(el, "button.print").click();
    expect(printed).to.equal(true);
    const headers = [...el.shadowRoot!.querySelectorAll("table.groups th[scope=col]")].map((th) =>
      th.textContent!.trim(),
    );
    expect(headers).to.deep.equal([
      "Code",
      "Contact",
      "Phone",
      "People",
      "Languages",
      "Wheelchair places",
    ]);
    expect(text(el)).to.not.match(/Food needs|Access needs|Email|Halal/);
  });
});
