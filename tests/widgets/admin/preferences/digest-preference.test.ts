import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminDigestPreference } from "../../../../widgets/admin/preferences/digest-preference.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";

const preferencesPath = adminApi("/orgs/demo/preferences");
const preferences = (digest: boolean) => ok({ preferences: { digest } });

async function mountDigest(lang: string, load: Reply, ...saves: Reply[]) {
  const stub = new FetchStub().on("GET", preferencesPath, load);
  if (saves.length > 0) stub.on("PUT", preferencesPath, ...saves);
  stub.install();
  const el = await fixture<HearthAdminDigestPreference>(
    html`<hearth-admin-digest-preference lang=${lang} org="demo"></hearth-admin-digest-preference>`,
  );
  return { el, stub };
}

function toggle(el: Element): HTMLInputElement {
  const box = query<HTMLInputElement>(el, "#digest");
  box.click();
  return box;
}

for (const lang of languages) {
  describe(`<hearth-admin-digest-preference> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("says it is loading", async () => {
      const mounted = await mountDigest(lang, "hang");
      stub = mounted.stub;
      await waitFor(mounted.el, '[role="status"]:not(.live)');
      await expect(mounted.el).to.be.accessible();
    });

    it("shows the member's current choice", async () => {
      const mounted = await mountDigest(lang, preferences(true));
      stub = mounted.stub;
      const box = (await waitFor(mounted.el, "#digest")) as HTMLInputElement;
      expect(box.checked).to.equal(true);
      if (lang === "en") expect(text(mounted.el)).to.include("Email me a daily summary");
      expect(base(mounted.el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(mounted.el).to.be.accessible();
    });

    it("offers to try again when the choice does not load", async () => {
      const mounted = await mountDigest(lang, "network");
      stub = mounted.stub;
      await waitFor(mounted.el, '[role="alert"] button');
      await expect(mounted.el).to.be.accessible();
    });

    it("saves as soon as the box is ticked and says so", async () => {
      const mounted = await mountDigest(lang, preferences(false), preferences(true));
      stub = mounted.stub;
      await waitFor(mounted.el, "#digest");
      expect(toggle(mounted.el).checked).to.equal(true);
      await waitUntil(() => query(mounted.el, ".live").textContent !== "", "announces the save");
      const put = stub.calls.find((call) => call.method === "PUT")!;
      expect(put.body).to.deep.equal({ digest: true });
      if (lang === "en") expect(query(mounted.el, ".live").textContent).to.equal("Saved.");
      expect(query<HTMLInputElement>(mounted.el, "#digest").checked).to.equal(true);
      await expect(mounted.el).to.be.accessible();
    });

    it("puts the box back and explains when the save fails", async () => {
      const mounted = await mountDigest(lang, preferences(false), "network");
      stub = mounted.stub;
      await waitFor(mounted.el, "#digest");
      toggle(mounted.el);
      const error = await waitFor(mounted.el, '.error[role="alert"]');
      const box = query<HTMLInputElement>(mounted.el, "#digest");
      expect(box.checked).to.equal(false);
      expect(box.getAttribute("aria-describedby")).to.include(error.id);
      expect(query(mounted.el, ".live").textContent).to.equal("");
      if (lang === "en") expect(error.textContent).to.include("Your choice was not saved.");
      await expect(mounted.el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-digest-preference> quick changes", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("opts out again, and a refusal keeps the box as the server has it", async () => {
    const mounted = await mountDigest(
      "en",
      preferences(true),
      preferences(false),
      apiError(403, "forbidden"),
    );
    stub = mounted.stub;
    await waitFor(mounted.el, "#digest");
    toggle(mounted.el);
    await waitUntil(() => text(mounted.el).includes("Saved."));
    expect(stub.calls.at(-1)!.body).to.deep.equal({ digest: false });
    toggle(mounted.el);
    await waitFor(mounted.el, ".error");
    expect(query<HTMLInputElement>(mounted.el, "#digest").checked).to.equal(false);
    expect(shadow(mounted.el).querySelector(".live")!.textContent).to.equal("");
  });
});
