import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { register } from "../../../widgets/events/define.js";
import type { HearthEvents } from "../../../widgets/events/events.js";
import { define } from "../../../widgets/shared/define.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { base, waitFor } from "../helpers/shadow.js";

register();

describe("HearthElement", () => {
  let stub: FetchStub;
  beforeEach(() => {
    stub = new FetchStub().on("GET", /events$/, ok({ events: [], nextCursor: null })).install();
  });
  afterEach(() => {
    stub.restore();
    document.documentElement.lang = "en";
  });

  it("takes the page's language when it has no lang of its own", async () => {
    document.documentElement.lang = "ar";
    const el = await fixture<HearthEvents>(html`<hearth-events org="demo"></hearth-events>`);
    await waitFor(el, '[part="empty"]');
    expect(base(el).getAttribute("lang")).to.equal("ar");
    expect(base(el).getAttribute("dir")).to.equal("rtl");
  });

  it("writes the UI in English for a language it has no words for, but asks the API for it", async () => {
    const el = await fixture<HearthEvents>(
      html`<hearth-events org="demo" lang="am-ET"></hearth-events>`,
    );
    await waitFor(el, '[part="empty"]');
    expect(base(el).getAttribute("lang")).to.equal("en");
    expect(base(el).getAttribute("dir")).to.equal("ltr");
    expect(stub.calls[0]!.url.searchParams.get("lang")).to.equal("am-ET");
  });

  it("speaks the organisation's default language when it speaks none of the reader's", async () => {
    const browser = Object.getOwnPropertyDescriptor(navigator, "languages");
    Object.defineProperty(navigator, "languages", { configurable: true, get: () => ["am-ET"] });
    document.documentElement.lang = "";
    try {
      stub.restore();
      stub = new FetchStub()
        .on("GET", /events$/, ok({ defaultLocale: "et", events: [], nextCursor: null }))
        .install();
      const el = await fixture<HearthEvents>(
        html`<hearth-events org="demo" lang="am-ET"></hearth-events>`,
      );
      await waitFor(el, '[part="empty"]');
      await waitUntil(() => base(el).getAttribute("lang") === "et", "the organisation's language");
      expect(stub.calls[0]!.url.searchParams.get("lang")).to.equal("am-ET");
    } finally {
      if (browser) Object.defineProperty(navigator, "languages", browser);
      else delete (navigator as { languages?: unknown }).languages;
    }
  });

  it("serves Dari and Afghan Persian readers the Persian interface, right to left", async () => {
    for (const tag of ["fa-AF", "prs", "prs-AF"]) {
      const el = await fixture<HearthEvents>(
        html`<hearth-events org="demo" lang=${tag}></hearth-events>`,
      );
      await waitFor(el, '[part="empty"]');
      expect(base(el).getAttribute("lang"), tag).to.equal("fa");
      expect(base(el).getAttribute("dir"), tag).to.equal("rtl");
    }
  });

  it("never throws on a malformed lang and falls back to a language it has", async () => {
    const el = await fixture<HearthEvents>(
      html`<hearth-events org="demo" lang="--not a tag--"></hearth-events>`,
    );
    await waitFor(el, '[part="empty"]');
    expect(base(el).getAttribute("lang")).to.equal("en");
    expect(el.shadowRoot!.textContent).not.to.match(/\b[a-z]+[A-Z]\w+\b/);
  });

  it("uses the base language's words for a regional tag", async () => {
    const el = await fixture<HearthEvents>(
      html`<hearth-events org="demo" lang="es-MX"></hearth-events>`,
    );
    await waitFor(el, '[part="empty"]');
    expect(base(el).getAttribute("lang")).to.equal("es");
  });
});

describe("define()", () => {
  it("warns instead of throwing when the page already registered the tag", () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      define("hearth-events", class extends HTMLElement {});
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
  });
});
