import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { register } from "../../../widgets/festival/define.js";
import type { HearthFestival } from "../../../widgets/festival/festival.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { festivalFixture, menuFixture } from "../helpers/fixtures.js";
import { base, languages, query, shadow, text, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_fest$/;
const menuPath = /^\/api\/v1\/orgs\/demo\/festivals\/evt_fest\/menu$/;

function mount(lang: string) {
  return fixture<HearthFestival>(
    html`<hearth-festival org="demo" festival="evt_fest" lang=${lang}></hearth-festival>`,
  );
}

function tick(el: HearthFestival, id: string): void {
  query<HTMLInputElement>(el, `#${id}`).click();
}

for (const lang of languages) {
  describe(`<hearth-festival> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("shows a loading message while the festival is on its way", async () => {
      stub = new FetchStub().on("GET", eventPath, "hang").on("GET", menuPath, "hang").install();
      const el = await mount(lang);
      await waitFor(el, '[role="status"]');
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      await expect(el).to.be.accessible();
    });

    it("shows the festival, the stalls as a list beside the plan, and the menu", async () => {
      stub = new FetchStub()
        .on("GET", eventPath, ok({ event: festivalFixture() }))
        .on("GET", menuPath, ok(menuFixture()))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[part="menu"]');
      expect(
        stub.calls.find((c) => menuPath.test(c.url.pathname))!.url.searchParams.get("lang"),
      ).to.equal(lang);
      expect(text(el)).to.include("Vao Kitchen");
      expect(shadow(el).querySelectorAll('[part="stalls"] li')).to.have.length(2);
      expect(query(el, '[part="plan"]').getAttribute("aria-hidden")).to.equal("true");
      expect(shadow(el).querySelectorAll('[part="dish"]')).to.have.length(2);
      expect(query(el, '[data-dish="dish_1"] h4').getAttribute("lang")).to.equal("en");
      if (lang === "en") {
        expect(query(el, '[data-dish="dish_1"]').textContent).to.include("€4.50");
        expect(query(el, '[data-dish="dish_2"]').textContent).to.include("Free / donation");
        expect(query(el, '[data-dish="dish_1"]').textContent).to.include(
          "None of the 14 main allergens",
        );
        expect(query(el, '[part="status"].count').textContent).to.include("2 dishes");
      }
      await expect(el).to.be.accessible();
    });

    it("shows every allergen with its picture and its word", async () => {
      stub = new FetchStub()
        .on("GET", eventPath, ok({ event: festivalFixture() }))
        .on("GET", menuPath, ok(menuFixture()))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[part="menu"]');
      const tags = [...shadow(el).querySelectorAll('[data-dish="dish_2"] .allergen')];
      expect(tags.map((tag) => tag.getAttribute("data-allergen"))).to.deep.equal([
        "gluten",
        "nuts",
        "milk",
      ]);
      for (const tag of tags) {
        expect(tag.querySelector('[aria-hidden="true"]')!.textContent!.trim()).to.not.equal("");
        expect(tag.querySelector("span:not([aria-hidden])")!.textContent!.trim()).to.not.equal("");
      }
      if (lang === "en")
        expect(tags.map((tag) => tag.textContent!.trim())).to.deep.equal([
          "🌾Gluten",
          "🌰Nuts",
          "🥛Milk",
        ]);
    });

    it("shows the cook's name and story only when they agreed (cook: null hides them)", async () => {
      stub = new FetchStub()
        .on("GET", eventPath, ok({ event: festivalFixture() }))
        .on("GET", menuPath, ok(menuFixture()))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[part="menu"]');
      expect(query(el, '[data-dish="dish_1"] [part="cook"]').textContent).to.include("Amina");
      expect(query(el, '[data-dish="dish_1"] [part="cook"]').textContent).to.include("grandmother");
      expect(shadow(el).querySelector('[data-dish="dish_2"] [part="cook"]')).to.equal(null);
      expect(query(el, '[data-dish="dish_2"]').textContent).to.not.include("Amina");
    });

    it("asks the API for the diet labels and allergens chosen in the filters", async () => {
      stub = new FetchStub()
        .on("GET", eventPath, ok({ event: festivalFixture() }))
        .on("GET", menuPath, ok(menuFixture()))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[part="menu"]');
      tick(el, "diet-vegan");
      tick(el, "diet-halal");
      tick(el, "without-milk");
      tick(el, "without-gluten");
      await waitUntil(() => {
        const last = stub.calls.filter((c) => menuPath.test(c.url.pathname)).at(-1)!;
        return last.url.searchParams.get("without") === "gluten,milk";
      });
      const last = stub.calls.filter((c) => menuPath.test(c.url.pathname)).at(-1)!.url.searchParams;
      expect(last.get("diet")).to.equal("vegan,halal");
      expect(last.get("lang")).to.equal(lang);
      const label = query(el, "#without-milk").closest("label")!;
      expect(label.querySelector('[aria-hidden="true"]')!.textContent).to.equal("🥛");
      await expect(el).to.be.accessible();
    });

    it("says when no dish matches the filters, and when the menu is not ready", async () => {
      stub = new FetchStub()
        .on("GET", eventPath, ok({ event: festivalFixture() }))
        .on("GET", menuPath, ok({ stalls: [], dishes: [] }))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[part="empty"]');
      if (lang === "en") expect(text(el)).to.include("The menu is not ready yet");
      tick(el, "without-fish");
      await waitUntil(() => stub.calls.filter((c) => menuPath.test(c.url.pathname)).length === 2);
      await waitUntil(() => lang !== "en" || text(el).includes("No dishes match these filters"));
      // Screen readers hear it too: the live region says it rather than going quiet.
      const status = query(el, '[part="status"]');
      await waitUntil(() => (status.textContent ?? "").trim() !== "", "the status went quiet");
      if (lang === "en") expect(status.textContent).to.include("No dishes match");
      await expect(el).to.be.accessible();
    });

    it("shows an error with a retry button", async () => {
      stub = new FetchStub()
        .on("GET", eventPath, "network", ok({ event: festivalFixture() }))
        .on("GET", menuPath, ok(menuFixture()))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[role="alert"] button');
      await expect(el).to.be.accessible();
      query<HTMLButtonElement>(el, '[role="alert"] button').click();
      await waitFor(el, '[part="menu"]');
    });

    it("offers free tickets with <hearth-signup> for the attendee slots only", async () => {
      stub = new FetchStub()
        .on("GET", eventPath, ok({ event: festivalFixture() }))
        .on("GET", menuPath, ok(menuFixture()))
        .install();
      const el = await mount(lang);
      const signup = (await waitFor(el, '[part="tickets"] hearth-signup')) as HTMLElement & {
        eventData: { slots: { id: string }[] };
      };
      expect(signup.getAttribute("event")).to.equal("evt_fest");
      expect(signup.eventData.slots.map((slot) => slot.id)).to.deep.equal(["slot_guests"]);
      await waitUntil(() => customElements.get("hearth-signup"));
    });

    it("has no ticket section when the festival has no attendee slots", async () => {
      stub = new FetchStub()
        .on("GET", eventPath, ok({ event: festivalFixture({ slots: [] }) }))
        .on("GET", menuPath, ok(menuFixture()))
        .install();
      const el = await mount(lang);
      await waitFor(el, '[part="menu"]');
      expect(shadow(el).querySelector('[part="tickets"]')).to.equal(null);
    });
  });
}
