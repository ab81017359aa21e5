import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { LitElement } from "lit";
import { register as registerCookApply } from "../../../widgets/cook-apply/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register as registerVolunteer } from "../../../widgets/volunteer/define.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { festivalPath, festivalReply } from "../cook-apply/echo.js";
import {
  applicationFixture,
  completeApplicationFixture,
  shiftsFixture,
  volunteerFixture,
} from "../helpers/fixtures.js";
import { base, languages, query, shadow, text, waitFor } from "../helpers/shadow.js";

registerCookApply();
registerVolunteer();
setApiOrigin("https://hearth.test");

/** The two manage pages with "Your data", each with its own paths and what it holds. */
const pages = [
  {
    name: "a cook's application",
    mount: (lang: string) =>
      fixture<LitElement>(
        html`<hearth-cook-apply
          application="app_1"
          token="secret"
          lang=${lang}
        ></hearth-cook-apply>`,
      ),
    stub: () =>
      new FetchStub().on(
        "GET",
        /^\/api\/v1\/applications\/app_1$/,
        ok({ application: completeApplicationFixture({ status: "submitted", editable: false }) }),
      ),
    ready: '[part="review"]',
    exportPath: /^\/api\/v1\/applications\/app_1\/export$/,
    exported: { application: { displayName: "Amina" }, ledger: [] },
    erasePath: /^\/api\/v1\/applications\/app_1\/erase$/,
    erased: ok({
      application: completeApplicationFixture({
        status: "submitted",
        editable: false,
        displayName: "",
        erased: true,
      }),
    }),
    fileName: "my-cook-application.json",
    confirm: "your stall goes to someone else",
    outcome: "Your data is erased.",
    personal: "Amina",
  },
  {
    name: "a volunteer's schedule",
    mount: (lang: string) =>
      fixture<LitElement>(
        html`<hearth-volunteer
          org="demo-city"
          volunteer="vol_1"
          token="secret"
          lang=${lang}
        ></hearth-volunteer>`,
      ),
    stub: () =>
      new FetchStub()
        .on("GET", /^\/api\/v1\/volunteers\/vol_1$/, ok({ volunteer: volunteerFixture() }))
        .on("GET", /^\/api\/v1\/orgs\/demo-city\/shifts$/, ok(shiftsFixture())),
    ready: ".mine-shift",
    exportPath: /^\/api\/v1\/volunteers\/vol_1\/export$/,
    exported: { volunteer: { name: "Mari" }, shifts: [] },
    erasePath: /^\/api\/v1\/volunteers\/vol_1\/erase$/,
    erased: ok({ erased: true }),
    fileName: "my-volunteer-data.json",
    confirm: "cancels your coming shifts",
    outcome: "Your data is erased and your coming shifts are cancelled.",
    personal: "Kitchen helper",
  },
];

/** Catches the download the section starts: the file's name and what it holds. */
async function catchDownload(el: LitElement, start: () => void) {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const original = URL.createObjectURL;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return "blob:stub";
  };
  const onClick = (event: Event) => {
    const link = event.target as HTMLAnchorElement;
    if (!link.download) return;
    names.push(link.download);
    event.preventDefault();
  };
  shadow(el).addEventListener("click", onClick, true);
  try {
    start();
    await waitUntil(() => names.length > 0, "no download started");
  } finally {
    URL.createObjectURL = original;
    shadow(el).removeEventListener("click", onClick, true);
  }
  return { name: names[0], data: JSON.parse(await blobs[0]!.text()) as unknown };
}

for (const page of pages) {
  for (const lang of languages) {
    describe(`"Your data" on ${page.name} in ${lang}`, () => {
      let stub: FetchStub;
      afterEach(() => stub.restore());

      it("downloads everything the server holds, asking with the manage token", async () => {
        stub = page.stub().on("GET", page.exportPath, ok(page.exported)).install();
        const el = await page.mount(lang);
        await waitFor(el, page.ready);
        const section = query(el, '[part="my-data"]');
        expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
        if (lang === "en") expect(section.textContent).to.include("Download my data");
        await expect(el).to.be.accessible();

        const download = await catchDownload(el, () => query(el, ".my-data .download").click());
        expect(download.name).to.equal(page.fileName);
        expect(download.data).to.deep.equal(page.exported);
        const call = stub.calls.find((made) => page.exportPath.test(made.url.pathname));
        expect(call!.headers.get("Authorization")).to.equal("Bearer secret");
      });

      it("erases after a confirm step that says what will happen, then shows only that", async () => {
        stub = page.stub().on("POST", page.erasePath, page.erased).install();
        const el = await page.mount(lang);
        await waitFor(el, page.ready);
        query(el, ".my-data .erase").click();
        const confirm = await waitFor(el, ".erase-confirm-text");
        expect(shadow(el).activeElement).to.equal(confirm);
        if (lang === "en") expect(confirm.textContent).to.include(page.confirm);
        await expect(el).to.be.accessible();
        expect(stub.calls.filter((made) => made.method === "POST")).to.have.length(0);

        query(el, ".my-data .confirm .button.danger").click();
        const outcome = await waitFor(el, ".outcome");
        await waitUntil(() => shadow(el).activeElement === outcome, "outcome not focused");
        if (lang === "en") expect(outcome.textContent).to.include(page.outcome);
        expect(text(el)).to.not.include(page.personal);
        expect(shadow(el).querySelector('[part="my-data"]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    });
  }

  describe(`"Your data" on ${page.name}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("steps back from erasing with focus on the erase button and nothing sent", async () => {
      stub = page.stub().install();
      const el = await page.mount("en");
      await waitFor(el, page.ready);
      query(el, ".my-data .erase").click();
      await waitFor(el, ".erase-confirm-text");
      query(el, ".my-data .confirm .button.secondary").click();
      await waitUntil(() => shadow(el).activeElement?.classList.contains("erase"));
      expect(stub.calls.filter((made) => made.method === "POST")).to.have.length(0);
    });

    it("says what went wrong when erasing fails, and keeps the data on the page", async () => {
      stub = page.stub().on("POST", page.erasePath, "network").install();
      const el = await page.mount("en");
      await waitFor(el, page.ready);
      query(el, ".my-data .erase").click();
      await waitFor(el, ".erase-confirm-text");
      query(el, ".my-data .confirm .button.danger").click();
      const alert = await waitFor(el, '.my-data [role="alert"] p');
      expect(alert.textContent).to.include("We could not connect");
      expect(text(el)).to.include(page.personal);
    });
  });
}

describe('"Your data" while a cook fills in the application', () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("is under every step of a draft opened from the manage link", async () => {
    stub = new FetchStub()
      .on("GET", /^\/api\/v1\/applications\/app_1$/, ok({ application: applicationFixture() }))
      .install();
    const el = await fixture<LitElement>(
      html`<hearth-cook-apply application="app_1" token="secret" lang="en"></hearth-cook-apply>`,
    );
    await waitFor(el, "form.step");
    expect(query(el, '[part="my-data"]').textContent).to.include("Erase my data");
  });

  it("stays out of the way of a new application's steps", async () => {
    stub = new FetchStub().on("GET", festivalPath, festivalReply).install();
    const el = await fixture<LitElement>(
      html`<hearth-cook-apply org="demo" festival="evt_fest" lang="en"></hearth-cook-apply>`,
    );
    await waitFor(el, "#displayName");
    expect(shadow(el).querySelector('[part="my-data"]')).to.equal(null);
  });
});
