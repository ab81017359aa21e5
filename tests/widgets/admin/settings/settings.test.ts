import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminSettings } from "../../../../widgets/admin/settings/settings.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import { base, fill, languages, query, shadow, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { settingsFixture } from "../helpers/fixtures.js";

const settingsPath = adminApi("/orgs/demo/settings");

async function mountSettings(lang: string, role: string, ...puts: Reply[]) {
  const stub = new FetchStub()
    .on(
      "GET",
      settingsPath,
      ok({ settings: settingsFixture() }),
      ok({ settings: settingsFixture({ version: 8, name: "Their name" }) }),
    )
    .on("GET", adminApi("/orgs/demo/refused-origins"), ok({ origins: [] }));
  if (puts.length > 0) stub.on("PUT", settingsPath, ...puts);
  stub.install();
  const el = await fixture<HearthAdminSettings>(
    html`<hearth-admin-settings
      lang=${lang}
      org="demo"
      member-role=${role}
    ></hearth-admin-settings>`,
  );
  await waitFor(el, "form");
  return { el, stub };
}

function preview(el: Element): HTMLElement {
  const host = query(el, "hearth-admin-theme-preview");
  return shadow(host).querySelector<HTMLElement>(".sample")!;
}

for (const lang of languages) {
  describe(`<hearth-admin-settings> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows the settings with a live theme preview driven by --hearth-* properties", async () => {
      ({ stub } = await mountSettings(lang, "owner"));
      const el = document.querySelector("hearth-admin-settings")!;
      await waitUntil(() =>
        query(el, "hearth-admin-theme-preview").shadowRoot?.querySelector(".sample"),
      );
      expect(preview(el).style.getPropertyValue("--hearth-color-primary")).to.equal("#0b57d0");
      fill(el, '[name="theme.color-primary"]', "#8a1c7c");
      await waitUntil(
        () => preview(el).style.getPropertyValue("--hearth-color-primary") === "#8a1c7c",
      );
      const button = shadow(query(el, "hearth-admin-theme-preview")).querySelector("button")!;
      expect(getComputedStyle(button).backgroundColor).to.equal("rgb(138, 28, 124)");
      expect(query<HTMLTextAreaElement>(el, '[name="allowedOrigins"]').value).to.equal(
        "https://www.demo.example",
      );
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("points at the embed origin lines the server refused", async () => {
      ({ stub } = await mountSettings(
        lang,
        "owner",
        apiError(422, "validation_failed", { "allowedOrigins.1": "Use a website origin." }),
      ));
      const el = document.querySelector("hearth-admin-settings")!;
      fill(el, '[name="allowedOrigins"]', "https://ok.example\nhttps://bad.example/path");
      query<HTMLFormElement>(el, "form").requestSubmit();
      const error = await waitFor(el, "#f-allowedOrigins-error");
      expect(error.textContent).to.match(/2|٢/);
      expect(query(el, '[name="allowedOrigins"]').getAttribute("aria-invalid")).to.equal("true");
      await expect(el).to.be.accessible();
    });

    it("keeps the edits on a version conflict", async () => {
      ({ stub } = await mountSettings(lang, "owner", apiError(409, "version_conflict")));
      const el = document.querySelector("hearth-admin-settings")!;
      fill(el, '[name="name"]', "My name");
      query<HTMLFormElement>(el, "form").requestSubmit();
      await waitFor(el, ".conflict");
      expect(query<HTMLInputElement>(el, '[name="name"]').value).to.equal("My name");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-settings> saving and roles", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("saves lists one per line and by commas, with the version", async () => {
    ({ stub } = await mountSettings(
      "en",
      "owner",
      ok({ settings: settingsFixture({ version: 8 }) }),
    ));
    const el = document.querySelector("hearth-admin-settings")!;
    fill(el, '[name="locales"]', "et, en,  uk");
    fill(el, '[name="allowedOrigins"]', "https://a.example\n\nhttps://b.example\n");
    query<HTMLFormElement>(el, "form").requestSubmit();
    await waitUntil(() => stub.calls.some((call) => call.method === "PUT"));
    const body = stub.calls.find((call) => call.method === "PUT")!.body as Record<string, unknown>;
    expect(body).to.deep.include({
      locales: ["et", "en", "uk"],
      allowedOrigins: ["https://a.example", "https://b.example"],
      version: 7,
      retentionDays: 30,
    });
  });

  it("lets an organiser read the settings without changing them", async () => {
    ({ stub } = await mountSettings("en", "organiser"));
    const el = document.querySelector("hearth-admin-settings")!;
    expect(query<HTMLInputElement>(el, '[name="name"]').disabled).to.equal(true);
    expect(shadow(el).querySelector('button[type="submit"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });
});
