import { expect, fixture, waitUntil } from "@open-wc/testing";
import { LitElement } from "lit";
import type { MessageMap } from "../../../i18n/catalogue.js";
import type { CatalogueSource } from "../../../widgets/i18n/catalogues.js";
import { html } from "../../../widgets/shared/fallback-text.js";
import { LocalizeController } from "../../../widgets/shared/localize.js";

type TestMessages = { loading: string; retry: string; placesLeft: { one: string; other: string } };

const english: MessageMap = {
  loading: "Loading…",
  retry: "Try again",
  placesLeft: { one: "1 place left", other: "{count} places left" },
};
/** A Ukrainian catalogue that a partial import left without `retry`. */
const partialUkrainian: MessageMap = {
  loading: "Завантаження…",
  placesLeft: {
    one: "Залишилося {count} місце",
    few: "Залишилося {count} місця",
    many: "Залишилося {count} місць",
    other: "Залишилося {count} місця",
  },
};

const requested: string[] = [];
const source: CatalogueSource = {
  id: "test",
  languages: ["en", "uk"],
  load: (locale) => {
    requested.push(locale);
    return Promise.resolve(locale === "uk" ? partialUkrainian : english);
  },
};

class PartialCatalogueElement extends LitElement {
  override lang = "uk";
  readonly localize = new LocalizeController<TestMessages>(this, source);

  protected override async scheduleUpdate(): Promise<void> {
    await this.localize.prepare();
    super.scheduleUpdate();
  }

  override render() {
    return html`<p class="status">${this.localize.t("loading")}</p>
      <button type="button" aria-label=${this.localize.t("retry")}>
        ${this.localize.t("retry")}
      </button>
      <p class="places">${this.localize.plural("placesLeft", 3)}</p>`;
  }
}
customElements.define("test-partial-catalogue", PartialCatalogueElement);

describe("a partial catalogue", () => {
  it("falls back to English for the missing string alone, marked as English, never a key", async () => {
    const el = await fixture<PartialCatalogueElement>(
      html`<test-partial-catalogue></test-partial-catalogue>`,
    );
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector('button span[lang="en"]'), "the English fallback");
    expect(root.querySelector("button span[lang='en']")!.textContent).to.equal("Try again");
    expect(root.querySelector("button span[lang='en']")!.getAttribute("dir")).to.equal("ltr");
    // An attribute cannot hold markup: it gets the English words as they are.
    expect(root.querySelector("button")!.getAttribute("aria-label")).to.equal("Try again");
    expect(root.querySelector(".status")!.textContent).to.equal("Завантаження…");
    expect(root.querySelector(".status span")).to.equal(null);
    expect(root.querySelector(".places")!.textContent).to.equal("Залишилося 3 місця");
    expect(root.textContent).not.to.include("retry");
    expect(requested).to.deep.equal(["uk", "en"]);
  });
});
