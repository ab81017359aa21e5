import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import arEvents from "../../../i18n/public/ar/events.json";
import enEvents from "../../../i18n/public/en/events.json";
import type { HearthEvents } from "../../../widgets/events/events.js";
import { register } from "../../../widgets/events/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture } from "../helpers/fixtures.js";
import { languages, query, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

const eventsPath = /^\/api\/v1\/orgs\/demo\/events$/;
const words = { en: enEvents.messages, ar: arEvents.messages };
const pageUrl = "https://hearth.test/demo/events/evt_open";

/** Puts a stand-in for a browser API on `navigator` for one test; `undefined` takes it away. */
function replaceOnNavigator(name: "share" | "clipboard", value: unknown): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, name);
  Object.defineProperty(navigator, name, { value, configurable: true });
  return () => {
    if (own) Object.defineProperty(navigator, name, own);
    else delete (navigator as unknown as Record<string, unknown>)[name];
  };
}

async function openEvent(lang: string) {
  const el = await fixture<HearthEvents>(
    html`<hearth-events org="demo" lang=${lang}></hearth-events>`,
  );
  (await waitFor(el, '[data-event="evt_open"]')).click();
  await waitFor(el, "hearth-event-share button");
  return el;
}

for (const lang of languages) {
  describe(`the Share button of an event in ${lang}`, () => {
    let stub: FetchStub;
    const restore: (() => void)[] = [];
    beforeEach(() => {
      stub = new FetchStub()
        .on(
          "GET",
          eventsPath,
          ok({
            events: [eventFixture({ id: "evt_open", title: "Language café" })],
            nextCursor: null,
          }),
        )
        .install();
    });
    afterEach(() => {
      stub.restore();
      for (const undo of restore.splice(0)) undo();
    });

    it("opens the phone's share sheet with the event page's link", async () => {
      const shared: ShareData[] = [];
      restore.push(replaceOnNavigator("share", async (data: ShareData) => void shared.push(data)));
      const el = await openEvent(lang);
      const button = query<HTMLButtonElement>(el, "hearth-event-share button");
      expect(button.textContent?.trim()).to.equal(words[lang].shareEvent);
      await expect(el).to.be.accessible();
      button.click();
      await waitUntil(() => shared.length === 1, "the share sheet opens");
      expect(shared[0]).to.deep.equal({ title: "Language café", url: pageUrl });
      expect(query(el, ".share-status").textContent).to.equal("");
    });

    it("copies the link where there is no share sheet, and says so in a live region", async () => {
      const copied: string[] = [];
      restore.push(replaceOnNavigator("share", undefined));
      restore.push(
        replaceOnNavigator("clipboard", {
          writeText: async (text: string) => void copied.push(text),
        }),
      );
      const el = await openEvent(lang);
      query<HTMLButtonElement>(el, "hearth-event-share button").click();
      const status = query(el, ".share-status");
      await waitUntil(
        () => status.textContent === words[lang].shareCopied,
        "the copy is confirmed",
      );
      expect(copied).to.deep.equal([pageUrl]);
      expect(status.getAttribute("role")).to.equal("status");
      await expect(el).to.be.accessible();
    });

    it("shows the link to copy by hand when the clipboard refuses", async () => {
      restore.push(replaceOnNavigator("share", undefined));
      restore.push(
        replaceOnNavigator("clipboard", {
          writeText: () => Promise.reject(new DOMException("denied", "NotAllowedError")),
        }),
      );
      const el = await openEvent(lang);
      query<HTMLButtonElement>(el, "hearth-event-share button").click();
      const status = query(el, ".share-status");
      await waitUntil(() => status.textContent !== "", "the link is shown");
      expect(status.textContent).to.equal(words[lang].shareCopyFailed.replace("{link}", pageUrl));
      await expect(el).to.be.accessible();
    });
  });
}
