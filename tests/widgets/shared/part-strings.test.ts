import { expect, fixture, waitUntil } from "@open-wc/testing";
import { LitElement } from "lit";
import type { MessageMap } from "../../../i18n/catalogue.js";
import type { CatalogueSource } from "../../../widgets/i18n/catalogues.js";
import { html } from "../../../widgets/shared/fallback-text.js";
import { lazyPart } from "../../../widgets/shared/lazy.js";
import { LocalizeController } from "../../../widgets/shared/localize.js";

/*
 * A part loaded later (a manage page, a form's later steps) brings its own strings: the element's
 * first render fetches none of them, and the part shows in the reader's language from its first
 * paint, also after the language changes.
 */

type TestMessages = { heading: string; later: string; laterHint: string };

const fetched: string[] = [];
function sourceOf(id: string, catalogues: Record<string, MessageMap>): CatalogueSource {
  return {
    id,
    languages: ["en", "uk", "ar"],
    load: (locale) => {
      fetched.push(`${id}/${locale}`);
      const messages = catalogues[locale];
      return messages ? Promise.resolve(messages) : Promise.reject(new Error("offline"));
    },
  };
}

const own = sourceOf("page", {
  en: { heading: "Your sign-up" },
  uk: { heading: "Ваш запис" },
  ar: { heading: "تسجيلك" },
});
/** The part's strings; its Arabic lacks the hint (a partial import). */
const partCatalogues: Record<string, MessageMap> = {
  en: { later: "Change", laterHint: "Pick another time" },
  uk: { later: "Змінити", laterHint: "Виберіть інший час" },
  ar: { later: "تغيير" },
};
const partStrings = sourceOf("part", partCatalogues);

class PartStringsElement extends LitElement {
  static override properties = { lang: {} };
  override lang = "uk";
  readonly localize = new LocalizeController<TestMessages>(this, own);
  step: { render(t: (key: "later" | "laterHint") => string): unknown } | undefined;
  /** The part's code arrives after its strings, as it may over a slow network. */
  readonly loadPart = lazyPart(this.localize, partStrings, async () => {
    await new Promise((resolve) => setTimeout(resolve, 20));
    return {
      render: (t: (key: "later" | "laterHint") => string) =>
        html`<p class="later">${t("later")}</p>
          <p class="hint">${t("laterHint")}</p>`,
    };
  });

  protected override async scheduleUpdate(): Promise<void> {
    await this.localize.prepare();
    super.scheduleUpdate();
  }

  async open(): Promise<void> {
    this.step = await this.loadPart();
    this.requestUpdate();
    await this.updateComplete;
  }

  override render() {
    return html`<h2>${this.localize.t("heading")}</h2>
      ${this.step?.render((key) => this.localize.t(key))}`;
  }
}
customElements.define("test-part-strings", PartStringsElement);

describe("a part with its own strings", () => {
  beforeEach(() => {
    fetched.length = 0;
  });

  it("fetches none of them until the part loads, then shows it in the reader's language at once", async () => {
    const el = await fixture<PartStringsElement>(html`<test-part-strings></test-part-strings>`);
    const root = el.shadowRoot!;
    expect(root.querySelector("h2")!.textContent).to.equal("Ваш запис");
    expect(fetched).to.deep.equal(["page/uk"]);

    const renders: string[] = [];
    new MutationObserver(() => {
      const later = root.querySelector(".later");
      if (later) renders.push(later.textContent!);
    }).observe(root, { childList: true, subtree: true, characterData: true });
    await el.open();
    expect(root.querySelector(".later")!.textContent).to.equal("Змінити");
    expect(root.querySelector(".hint")!.textContent).to.equal("Виберіть інший час");
    // Never a key or English first.
    expect(renders.every((text) => text === "Змінити")).to.equal(true);
    expect(fetched).to.deep.equal(["page/uk", "part/uk"]);

    // Opening it again fetches nothing more.
    el.step = undefined;
    await el.open();
    expect(fetched).to.deep.equal(["page/uk", "part/uk"]);
  });

  it("shows a part whose strings did not arrive in English at once, and tries again on the next render", async () => {
    const ukrainian = partCatalogues.uk;
    delete partCatalogues.uk; // a network blip: the part's Ukrainian cannot be fetched
    const el = await fixture<PartStringsElement>(html`<test-part-strings></test-part-strings>`);
    const root = el.shadowRoot!;
    try {
      await el.open();
      expect(root.querySelector(".later span[lang='en']")?.textContent).to.equal("Change");
      expect(root.querySelector("h2")!.textContent).to.equal("Ваш запис");
    } finally {
      partCatalogues.uk = ukrainian!;
    }
    el.requestUpdate();
    await waitUntil(() => root.querySelector(".later")!.textContent === "Змінити", "Ukrainian");
    expect(root.querySelector(".later span[lang='en']")).to.equal(null);
  });

  it("follows a change of language, and falls back to English for a string its language lacks", async () => {
    const el = await fixture<PartStringsElement>(html`<test-part-strings></test-part-strings>`);
    await el.open();
    el.lang = "ar";
    const root = el.shadowRoot!;
    await waitUntil(() => root.querySelector(".hint span[lang='en']"), "the English fallback");
    expect(root.querySelector("h2")!.textContent).to.equal("تسجيلك");
    expect(root.querySelector(".later")!.textContent).to.equal("تغيير");
    expect(root.querySelector(".hint span[lang='en']")!.textContent).to.equal("Pick another time");
    expect(fetched).to.include.members(["page/ar", "part/ar", "part/en"]);
  });
});
