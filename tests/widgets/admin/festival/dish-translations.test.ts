import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthAdminDishTranslations } from "../../../../widgets/admin/festival/dish-translations.js";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import type { Reply } from "../../helpers/fetch-stub.js";
import { base, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { demoOrg } from "../helpers/fixtures.js";
import { applicationFixture, dishFixture, festivalFixture } from "../helpers/festival-fixtures.js";

async function mountPage(lang: string, stub: FetchStub, list: Reply, role = "organiser") {
  stub
    .on("GET", adminApi("/orgs/demo/events/evt_f"), ok({ event: festivalFixture() }))
    .on("GET", adminApi("/orgs/demo/events/evt_f/applications"), list)
    .install();
  return fixture<HearthAdminDishTranslations>(
    html`<hearth-admin-dish-translations
      lang=${lang}
      org="demo"
      event-id="evt_f"
      member-role=${role}
      .organisation=${demoOrg}
    ></hearth-admin-dish-translations>`,
  );
}

const approved = applicationFixture({ status: "approved" });

async function firstForm(el: HearthAdminDishTranslations) {
  const form = await waitFor(el, "hearth-admin-dish-translation-form");
  await waitUntil(() => form.shadowRoot?.querySelector("form"));
  return form;
}

for (const lang of languages) {
  describe(`<hearth-admin-dish-translations> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("puts the cook's words beside a field per festival language, missing ones flagged", async () => {
      stub = new FetchStub();
      const el = await mountPage(lang, stub, ok({ applications: [approved] }));
      const form = await firstForm(el);
      const words = form.shadowRoot!.querySelector(".cook-words")!;
      expect(words.getAttribute("lang")).to.equal("uk");
      const names = [...form.shadowRoot!.querySelectorAll<HTMLInputElement>("input")];
      expect(names.map((input) => input.name)).to.deep.equal(["name.et", "name.en", "name.ar"]);
      expect(names[2]!.getAttribute("dir")).to.equal("rtl");
      expect(form.shadowRoot!.querySelectorAll(".badge.missing")).to.have.length(2);
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
      await expect(form).to.be.accessible();
    });

    it("says so when there is no dish to translate", async () => {
      stub = new FetchStub();
      const el = await mountPage(lang, stub, ok({ applications: [] }));
      await waitFor(el, ".empty");
      await expect(el).to.be.accessible();
    });
  });
}

describe("<hearth-admin-dish-translations> saving", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows loading, then an error with a retry", async () => {
    stub = new FetchStub();
    const el = await mountPage("en", stub, "hang");
    await waitUntil(() => text(el).includes("Loading…"));
    stub.restore();
    stub = new FetchStub();
    const failed = await mountPage("en", stub, apiError(500, "internal"));
    await waitFor(failed, '[role="alert"] button');
  });

  it("saves one dish's translations and announces it", async () => {
    const translated = dishFixture({
      name: { uk: "Вареники", en: "Dumplings", et: "Pelmeenid" },
      missingTranslations: ["ar"],
    });
    stub = new FetchStub().on(
      "PUT",
      adminApi("/orgs/demo/events/evt_f/dishes/dsh_1/translations"),
      ok({ application: { ...approved, dishes: [translated] } }),
    );
    const el = await mountPage("en", stub, ok({ applications: [approved] }));
    const form = await firstForm(el);
    const et = form.shadowRoot!.querySelector<HTMLInputElement>('input[name="name.et"]')!;
    et.value = " Pelmeenid ";
    form.shadowRoot!.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    await waitUntil(() => query(el, ".live").textContent?.includes("Translations saved: Вареники"));
    const body = stub.calls.find((call) => call.method === "PUT")!.body as {
      name: Record<string, string>;
    };
    expect(body.name).to.include({ uk: "Вареники", et: "Pelmeenid", en: "Dumplings" });
    const saved = shadow(el).querySelector("hearth-admin-dish-translation-form")!;
    await waitUntil(() => saved.shadowRoot!.querySelectorAll(".badge.missing").length === 1);
  });

  it("shows a refusal beside the dish", async () => {
    stub = new FetchStub().on(
      "PUT",
      adminApi("/orgs/demo/events/evt_f/dishes/dsh_1/translations"),
      apiError(403, "forbidden"),
    );
    const el = await mountPage("en", stub, ok({ applications: [approved] }));
    const form = await firstForm(el);
    form.shadowRoot!.querySelector<HTMLButtonElement>("button[type=submit]")!.click();
    await waitUntil(() => text(form).includes("Your role does not allow this."));
    await expect(form).to.be.accessible();
  });

  it("lets coordinators read the translations without saving", async () => {
    stub = new FetchStub();
    const el = await mountPage("en", stub, ok({ applications: [approved] }), "coordinator");
    const form = await firstForm(el);
    expect(form.shadowRoot!.querySelector("button[type=submit]")).to.equal(null);
    expect(shadow(el).querySelector("hearth-admin-dish-translation-form")).to.not.equal(null);
  });
});
