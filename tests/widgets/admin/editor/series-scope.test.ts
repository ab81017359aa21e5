import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { setViewport } from "@web/test-runner-commands";
import type { HearthAdminEventEditor } from "../../../../widgets/admin/editor/event-editor.js";
import { FetchStub, ok } from "../../helpers/fetch-stub.js";
import { has, hasFocus, languages, query, shadow, text, waitFor } from "../../helpers/shadow.js";
import { adminApi } from "../helpers/admin.js";
import { adminEventFixture, demoOrg, rosterFixture } from "../helpers/fixtures.js";
import { seriesFixture, seriesLink } from "./series-fixtures.js";

const eventPath = adminApi("/orgs/demo/events/evt_1");
const seriesDate = adminEventFixture({ series: seriesLink });

async function mountDate(lang: string, stub: FetchStub) {
  stub
    .on("GET", eventPath, ok({ event: seriesDate }))
    .on("GET", adminApi("/orgs/demo/series/ser_1"), ok({ series: seriesFixture() }))
    .install();
  const editor = await fixture<HearthAdminEventEditor>(
    html`<hearth-admin-event-editor
      lang=${lang}
      org="demo"
      member-role="owner"
      event-id="evt_1"
      .organisation=${demoOrg}
    ></hearth-admin-event-editor>`,
  );
  await waitFor(editor, "form");
  return editor;
}

/** Presses Save; the question about the dates opens instead of a request. */
async function askScope(editor: HearthAdminEventEditor): Promise<Element> {
  const save = query<HTMLButtonElement>(editor, 'form button[type="submit"]');
  save.focus();
  save.click();
  const dialog = await waitFor(editor, "hearth-admin-edit-scope-dialog");
  await waitUntil(() => shadow(dialog).querySelector("dialog[open]"));
  return dialog;
}

const puts = (stub: FetchStub) => stub.calls.filter((call) => call.method === "PUT");

for (const lang of languages) {
  describe(`a date of a series in the editor, in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("says where the date stands and lists every date of the series", async () => {
      stub = new FetchStub();
      const editor = await mountDate(lang, stub);
      const dates = await waitFor(editor, "hearth-admin-series-dates");
      const summary = await waitFor(dates, "summary");
      expect(summary.textContent).to.match(
        lang === "en" ? /Date 3 of 12 in a series/ : /[3٣].*(12|١٢)/,
      );
      summary.click();
      await waitFor(dates, ".series-dates li");
      const links = [...shadow(dates).querySelectorAll<HTMLAnchorElement>(".series-dates a")];
      expect(links).to.have.length(12);
      expect(links[0]!.getAttribute("href")).to.equal("#/events/evt_s1?org=demo");
      expect(links[2]!.getAttribute("aria-current")).to.equal("page");
      expect(shadow(dates).querySelectorAll(".badge.cancelled")).to.have.length(1);
      if (lang === "en") expect(text(dates)).to.include("20 of 20 places taken");
      expect(has(editor, "hearth-admin-repeat-panel")).to.equal(false);
      await expect(editor).to.be.accessible();
    });

    it("asks which dates a change is for, only this date chosen to begin with", async () => {
      stub = new FetchStub();
      const editor = await mountDate(lang, stub);
      const dialog = await askScope(editor);
      const radios = [...shadow(dialog).querySelectorAll<HTMLInputElement>('[name="scope"]')];
      expect(radios.map((radio) => [radio.value, radio.checked])).to.deep.equal([
        ["this", true],
        ["following", false],
        ["all", false],
      ]);
      expect(puts(stub)).to.have.length(0);
      await expect(editor).to.be.accessible();
    });

    it("tells, when cancelling a date, that only its people hear of it", async () => {
      stub = new FetchStub().on(
        "GET",
        adminApi("/orgs/demo/events/evt_1/registrations"),
        ok(rosterFixture([])),
      );
      const editor = await mountDate(lang, stub);
      query<HTMLButtonElement>(editor, "button.danger").click();
      const cancel = shadow(editor).querySelector("hearth-admin-cancel-event-dialog")!;
      await waitUntil(() => shadow(cancel).querySelector("dialog[open]"));
      const note = query(cancel, ".series-note");
      if (lang === "en")
        expect(note.textContent).to.include("Only the people of this date are told.");
      await expect(editor).to.be.accessible();
    });
  });
}

describe("saving a date of a series", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("sends the change for this and the following dates with ?scope=following", async () => {
    stub = new FetchStub();
    const editor = await mountDate("en", stub);
    stub.on("PUT", eventPath, ok({ event: { ...seriesDate, version: 4 } }));
    const dialog = await askScope(editor);
    query<HTMLInputElement>(dialog, '[name="scope"][value="following"]').click();
    query<HTMLFormElement>(dialog, "form").requestSubmit();
    await waitUntil(() => puts(stub).length === 1);
    expect(puts(stub)[0]!.url.search).to.equal("?scope=following");
    expect(puts(stub)[0]!.body).to.include({ version: 3 });
    await waitUntil(() => text(editor).includes("Saved for this date and the following ones."));
    expect(has(dialog, "dialog[open]")).to.equal(false);
  });

  it("saves only this date when the first choice is kept", async () => {
    stub = new FetchStub();
    const editor = await mountDate("en", stub);
    stub.on("PUT", eventPath, ok({ event: { ...seriesDate, version: 4 } }));
    const dialog = await askScope(editor);
    query<HTMLFormElement>(dialog, "form").requestSubmit();
    await waitUntil(() => puts(stub).length === 1);
    expect(puts(stub)[0]!.url.search).to.equal("?scope=this");
    await waitUntil(() => text(editor).includes("Saved."));
  });

  it("sends nothing when the organiser goes back", async () => {
    stub = new FetchStub();
    const editor = await mountDate("en", stub);
    const dialog = await askScope(editor);
    const back = query<HTMLButtonElement>(dialog, "button.secondary");
    back.click();
    await waitUntil(() => !has(dialog, "dialog[open]"));
    expect(puts(stub)).to.have.length(0);
    expect(hasFocus(editor, query(editor, 'form button[type="submit"]'))).to.equal(true);
  });

  it("saves a one-off event without asking", async () => {
    stub = new FetchStub().on("GET", eventPath, ok({ event: adminEventFixture() })).install();
    const editor = await fixture<HearthAdminEventEditor>(
      html`<hearth-admin-event-editor
        lang="en"
        org="demo"
        member-role="owner"
        event-id="evt_1"
        .organisation=${demoOrg}
      ></hearth-admin-event-editor>`,
    );
    await waitFor(editor, "form");
    stub.on("PUT", eventPath, ok({ event: adminEventFixture({ version: 4 }) }));
    query<HTMLButtonElement>(editor, 'form button[type="submit"]').click();
    await waitUntil(() => puts(stub).length === 1);
    expect(puts(stub)[0]!.url.search).to.equal("");
    expect(has(editor, "hearth-admin-edit-scope-dialog")).to.equal(false);
  });
});

describe("a series' dates on a 320 px phone", () => {
  let stub: FetchStub;
  beforeEach(async () => {
    await setViewport({ width: 320, height: 640 });
    document.body.style.margin = "0";
  });
  afterEach(async () => {
    stub.restore();
    document.body.style.margin = "";
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of languages) {
    it(`fits the list of dates and the question on the screen in ${lang}`, async () => {
      stub = new FetchStub();
      const editor = await mountDate(lang, stub);
      const dates = await waitFor(editor, "hearth-admin-series-dates");
      (await waitFor(dates, "summary")).click();
      await waitFor(dates, ".series-dates li");
      await askScope(editor);
      await new Promise(requestAnimationFrame);
      expect(document.documentElement.scrollWidth).to.be.at.most(
        document.documentElement.clientWidth,
      );
      await expect(editor).to.be.accessible();
    });
  }
});
