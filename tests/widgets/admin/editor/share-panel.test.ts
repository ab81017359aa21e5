import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import ar from "../../../../i18n/dashboard/ar.json";
import en from "../../../../i18n/dashboard/en.json";
import type { HearthAdminEventEditor } from "../../../../widgets/admin/editor/event-editor.js";
import type { HearthAdminSharePanel } from "../../../../widgets/admin/editor/share-panel.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { languages, query, shadow, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, demoOrg } from "../helpers/fixtures.js";

const words = { en: en.messages, ar: ar.messages };

/** Puts a stand-in clipboard on `navigator` for one test. */
function replaceClipboard(value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, "clipboard");
  Object.defineProperty(navigator, "clipboard", { value, configurable: true });
  return () => {
    if (own) Object.defineProperty(navigator, "clipboard", own);
    else delete (navigator as unknown as Record<string, unknown>).clipboard;
  };
}

function mount(lang: string, event = adminEventFixture()) {
  return fixture<HearthAdminSharePanel>(
    html`<hearth-admin-share-panel
      lang=${lang}
      org="demo"
      .event=${event}
    ></hearth-admin-share-panel>`,
  );
}

for (const lang of languages) {
  describe(`<hearth-admin-share-panel> in ${lang}`, () => {
    let restore: (() => void) | undefined;
    afterEach(() => restore?.());

    it("shows the event page, the short link and the QR code with a download link", async () => {
      const panel = await mount(lang);
      await waitFor(panel, "img.qr");
      const links = [...shadow(panel).querySelectorAll<HTMLInputElement>("input[readonly]")];
      expect(links.map((link) => link.value)).to.deep.equal([
        `${location.origin}/demo/events/evt_1`,
        `${location.origin}/e/1`,
      ]);
      const qr = query<HTMLImageElement>(panel, "img.qr");
      expect(qr.getAttribute("src")).to.equal("/demo/events/evt_1/qr.svg");
      expect(qr.alt).to.equal(words[lang].shareQrAlt);
      const download = query<HTMLAnchorElement>(panel, "a[download]");
      expect(download.getAttribute("href")).to.equal("/demo/events/evt_1/qr.svg");
      expect(download.textContent?.trim()).to.equal(words[lang].shareQrDownload);
      expect(query(panel, "h2").textContent?.trim()).to.equal(words[lang].shareHeading);
      await expect(panel).to.be.accessible();
    });

    it("copies a link and says so in a status message", async () => {
      const copied: string[] = [];
      restore = replaceClipboard({ writeText: async (text: string) => void copied.push(text) });
      const panel = await mount(lang);
      const buttons = await waitFor(panel, ".copy-row button");
      expect(buttons.textContent?.trim()).to.equal(words[lang].shareCopyPage);
      shadow(panel).querySelectorAll<HTMLButtonElement>(".copy-row button")[1]!.click();
      const status = query(panel, '[role="status"]');
      await waitUntil(
        () => status.textContent === words[lang].shareCopied,
        "the copy is confirmed",
      );
      expect(copied).to.deep.equal([`${location.origin}/e/1`]);
      await expect(panel).to.be.accessible();
    });

    it("selects the link to copy by hand when the clipboard refuses", async () => {
      restore = replaceClipboard({ writeText: () => Promise.reject(new Error("denied")) });
      const panel = await mount(lang);
      (await waitFor(panel, ".copy-row button")).click();
      const status = query(panel, '[role="status"]');
      await waitUntil(
        () => status.textContent === words[lang].shareCopyFailed,
        "the failure is said",
      );
      const field = query<HTMLInputElement>(panel, "#share-page");
      expect(shadow(panel).activeElement).to.equal(field);
      expect(field.selectionEnd! - field.selectionStart!).to.equal(field.value.length);
      await expect(panel).to.be.accessible();
    });

    it("says a draft has no page to share yet", async () => {
      const panel = await mount(lang, adminEventFixture({ status: "draft" }));
      await waitFor(panel, ".notice");
      expect(query(panel, ".notice").textContent?.trim()).to.equal(words[lang].sharePublishFirst);
      expect(shadow(panel).querySelector("img")).to.equal(null);
      await expect(panel).to.be.accessible();
    });
  });
}

describe("the event editor's Share panel", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("shows below the form of a saved event", async () => {
    stub = new FetchStub()
      .on("GET", adminApi("/orgs/demo/events/evt_1"), ok({ event: adminEventFixture() }))
      .on("GET", adminApi("/orgs/demo/events/evt_1/questions"), ok({ questions: [] }))
      .install();
    const editor = await fixture<HearthAdminEventEditor>(
      html`<hearth-admin-event-editor
        lang="en"
        org="demo"
        member-role="owner"
        event-id="evt_1"
        .organisation=${demoOrg}
      ></hearth-admin-event-editor>`,
    );
    const panel = await waitFor(editor, "hearth-admin-share-panel");
    await waitFor(panel, "img.qr");
  });
});
