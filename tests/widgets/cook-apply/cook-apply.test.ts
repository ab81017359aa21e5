import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import type { HearthCookApply } from "../../../widgets/cook-apply/cook-apply.js";
import { register } from "../../../widgets/cook-apply/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import {
  applicationFixture,
  completeApplicationFixture,
  dishViewFixture,
} from "../helpers/fixtures.js";
import { base, languages, query, shadow, text, waitFor } from "../helpers/shadow.js";
import { echoSaves, festivalPath, festivalReply } from "./echo.js";

register();
setApiOrigin("https://hearth.test");

const createPath = /^\/api\/v1\/orgs\/demo\/festivals\/evt_fest\/applications$/;
const appPath = /^\/api\/v1\/applications\/app_1$/;
const submitPath = /^\/api\/v1\/applications\/app_1\/submit$/;
const manageUrl = "https://hearth.test/cook/?application=app_1#token=secret";

function mountNew(lang: string) {
  return fixture<HearthCookApply>(
    html`<hearth-cook-apply org="demo" festival="evt_fest" lang=${lang}></hearth-cook-apply>`,
  );
}

function mountManage(lang: string) {
  return fixture<HearthCookApply>(
    html`<hearth-cook-apply application="app_1" token="secret" lang=${lang}></hearth-cook-apply>`,
  );
}

function fill(el: HearthCookApply, selector: string, value: string): void {
  const input = query<HTMLInputElement>(el, selector);
  input.value = value;
  input.dispatchEvent(new Event("input"));
}

function tick(el: HearthCookApply, selector: string): void {
  query<HTMLInputElement>(el, selector).click();
}

function next(el: HearthCookApply): void {
  query<HTMLButtonElement>(el, "button.next").click();
}

const heading = (el: HearthCookApply) => query(el, ".step-title");
const focused = (el: HearthCookApply) => shadow(el).activeElement;

for (const lang of languages) {
  describe(`<hearth-cook-apply> in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("starts with the name and consent, as step 1 of 9, and explains what is missing", async () => {
      stub = new FetchStub().on("GET", festivalPath, festivalReply).install();
      const el = await mountNew(lang);
      await waitFor(el, "#displayName");
      if (lang === "en") {
        expect(query(el, '[part="form"]').textContent).to.include(
          "They delete them 30 days after the festival.",
        );
      }
      expect(base(el).getAttribute("dir")).to.equal(lang === "ar" ? "rtl" : "ltr");
      expect(query(el, '[aria-current="step"]').localName).to.equal("li");
      expect(query(el, '[part="status"]').textContent).to.match(
        lang === "en" ? /Step 1 of 9/ : /[9٩]/,
      );
      await expect(el).to.be.accessible();
      next(el);
      await waitUntil(() => query(el, "#displayName").getAttribute("aria-invalid") === "true");
      expect(query(el, "#consent").getAttribute("aria-invalid")).to.equal("true");
      expect(focused(el)?.id).to.equal("displayName");
      expect(stub.calls.filter((call) => call.method !== "GET")).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("creates the draft after step 1 and shows the link to come back later", async () => {
      stub = new FetchStub()
        .on("GET", festivalPath, festivalReply)
        .on("POST", createPath, ok({ application: applicationFixture(), manageUrl }, 201))
        .install();
      const el = await mountNew(lang);
      await waitFor(el, "#displayName");
      fill(el, "#displayName", "Amina");
      tick(el, "#consent");
      next(el);
      await waitFor(el, "#phone");
      const call = stub.calls.find((made) => made.method === "POST")!;
      expect(call.headers.get("Idempotency-Key")).to.match(/[\w-]{16,}/);
      expect(call.body).to.deep.include({ displayName: "Amina", consent: true, locale: lang });
      expect(query<HTMLAnchorElement>(el, '[part="keep-link"] a').href).to.equal(manageUrl);
      expect(focused(el)).to.equal(heading(el));
      expect(query(el, '[aria-current="step"]').textContent).to.not.equal("");
      if (lang === "en") expect(text(el)).to.include("Step 2 of 9");
      await expect(el).to.be.accessible();
    });

    it("marks the step busy while it is saved, its button disabled", async () => {
      stub = new FetchStub()
        .on("GET", festivalPath, festivalReply)
        .on("POST", createPath, "hang")
        .install();
      const el = await mountNew(lang);
      await waitFor(el, "#displayName");
      expect(query(el, 'form[part="form"]').getAttribute("aria-busy")).to.equal("false");
      fill(el, "#displayName", "Amina");
      tick(el, "#consent");
      next(el);
      await waitUntil(() => stub.calls.some((call) => call.method === "POST"), "the step is saved");
      await el.updateComplete;
      expect(query(el, 'form[part="form"]').getAttribute("aria-busy")).to.equal("true");
      expect(query<HTMLButtonElement>(el, "button.next").disabled).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it("says plainly when applications are closed", async () => {
      stub = new FetchStub()
        .on("GET", festivalPath, festivalReply)
        .on("POST", createPath, apiError(409, "signup_closed"))
        .install();
      const el = await mountNew(lang);
      await waitFor(el, "#displayName");
      fill(el, "#displayName", "Amina");
      tick(el, "#consent");
      next(el);
      const alert = await waitFor(el, '[role="alert"] p');
      if (lang === "en")
        expect(alert.textContent).to.include("Applications for this festival are closed");
      await expect(el).to.be.accessible();
    });

    it("resumes from the manage link at the first unanswered step, asking with the token", async () => {
      stub = new FetchStub()
        .on("GET", appPath, ok({ application: applicationFixture({ phone: "+372 5555 0101" }) }))
        .install();
      const el = await mountManage(lang);
      await waitFor(el, ".add");
      expect(stub.calls[0]!.headers.get("Authorization")).to.equal("Bearer secret");
      expect(query(el, '[aria-current="step"] .visually-hidden').textContent).to.not.equal("");
      if (lang === "en") expect(text(el)).to.include("Step 4 of 9");
      await expect(el).to.be.accessible();
    });

    it("shows every step accessibly, and Back keeps the answers", async () => {
      stub = new FetchStub()
        .on(
          "GET",
          appPath,
          ok({
            application: completeApplicationFixture({
              hygiene: "done",
              hygieneExpiresOn: "2031-01-31",
            }),
          }),
        )
        .install();
      echoSaves();
      const el = await mountManage(lang);
      await waitFor(el, '[part="review"]');
      // The review and "Your data" come with their own styles, loaded with the application.
      expect(getComputedStyle(query(el, ".review")).display).to.equal("grid");
      expect(getComputedStyle(query(el, ".my-data")).display).to.equal("grid");
      await expect(el).to.be.accessible();
      for (const step of [
        "name",
        "contact",
        "cuisine",
        "dishes",
        "allergens",
        "diet",
        "needs",
        "hygiene",
        "public",
      ]) {
        query<HTMLButtonElement>(el, `[data-step="${step}"] .change`).click();
        await waitFor(el, "form.step");
        expect(focused(el)).to.equal(heading(el));
        await expect(el).to.be.accessible();
        next(el);
        await waitFor(el, '[part="review"]');
      }
      query<HTMLButtonElement>(el, '[data-step="dishes"] .change').click();
      await waitFor(el, "#dish-0-name");
      fill(el, "#dish-0-name", "Plov with raisins");
      query<HTMLButtonElement>(el, ".nav .secondary").click();
      await waitFor(el, "#cuisine");
      query<HTMLButtonElement>(el, "button.next").click();
      const name = await waitFor(el, "#dish-0-name");
      expect((name as HTMLInputElement).value).to.equal("Plov with raisins");
    });

    it("shows the allergens as pictures and words with an explicit None of these", async () => {
      stub = new FetchStub()
        .on(
          "GET",
          appPath,
          ok({
            application: completeApplicationFixture({
              dishes: [dishViewFixture({ allergensNone: false, allergens: ["milk"] })],
            }),
          }),
        )
        .install();
      const el = await mountManage(lang);
      await waitFor(el, '[part="review"]');
      query<HTMLButtonElement>(el, '[data-step="allergens"] .change').click();
      await waitFor(el, "#dish-0-allergens-none");
      const boxes = shadow(el).querySelectorAll('[data-dish="0"] .choices input[type="checkbox"]');
      expect(boxes).to.have.length(14);
      const milk = query<HTMLInputElement>(el, "#dish-0-allergens-milk");
      expect(milk.checked).to.equal(true);
      expect(milk.closest("label")!.querySelector('[aria-hidden="true"]')!.textContent).to.equal(
        "🥛",
      );
      if (lang === "en") expect(milk.closest("label")!.textContent).to.include("Milk");
      tick(el, "#dish-0-allergens-none");
      await waitUntil(() => !query<HTMLInputElement>(el, "#dish-0-allergens-milk").checked);
      await expect(el).to.be.accessible();
    });

    it("jumps to the allergen step and says which step when an allergen answer is missing", async () => {
      stub = new FetchStub()
        .on("GET", appPath, ok({ application: completeApplicationFixture() }))
        .on(
          "POST",
          submitPath,
          apiError(422, "validation_failed", { "dishes.0.allergens": "Answer the allergens." }),
        )
        .install();
      const el = await mountManage(lang);
      await waitFor(el, ".send");
      query<HTMLButtonElement>(el, ".send").click();
      await waitFor(el, "#dish-0-allergens-none");
      const alert = query(el, '[role="alert"]');
      if (lang === "en")
        expect(alert.textContent).to.include("Step 5 of 9, Allergens, needs your answer");
      expect(query(el, "#dish-0-allergens-none").getAttribute("aria-invalid")).to.equal("true");
      expect(query(el, "#dish-0-allergens-error").textContent).to.not.equal("");
      expect(focused(el)).to.equal(heading(el));
      await expect(el).to.be.accessible();
    });

    it("shows the application read-only after the deadline", async () => {
      stub = new FetchStub()
        .on("GET", appPath, ok({ application: completeApplicationFixture({ editable: false }) }))
        .install();
      const el = await mountManage(lang);
      await waitFor(el, '[part="application-status"]');
      expect(shadow(el).querySelectorAll(".change, form, .send")).to.have.length(0);
      if (lang === "en") expect(text(el)).to.include("The deadline has passed");
      expect(text(el)).to.include("Plov");
      await expect(el).to.be.accessible();
    });

    it("turns read-only when a save comes after the deadline", async () => {
      stub = new FetchStub()
        .on("GET", appPath, ok({ application: applicationFixture() }))
        .on("PUT", appPath, apiError(409, "signup_closed"))
        .install();
      const el = await mountManage(lang);
      await waitFor(el, "#phone");
      fill(el, "#phone", "+372 5555 0101");
      next(el);
      await waitFor(el, '[part="application-status"]');
      expect(shadow(el).querySelectorAll("form")).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it("shows the decision, the organisers' message and the stall", async () => {
      stub = new FetchStub()
        .on(
          "GET",
          appPath,
          ok({
            application: completeApplicationFixture({
              status: "approved",
              editable: false,
              organiserMessage: { text: "Welcome! Come at 9.", lang: "en" },
              stall: { name: "Stall 4" },
            }),
          }),
        )
        .install();
      const el = await mountManage(lang);
      const status = await waitFor(el, '[part="application-status"]');
      expect(status.className).to.include("approved");
      expect(status.textContent).to.include("Welcome! Come at 9.");
      // Marked as the language it is written in, whatever the page's.
      expect(status.querySelector(".organiser-message p")?.getAttribute("lang")).to.equal("en");
      expect(status.textContent).to.include("Stall 4");
      if (lang === "en") expect(status.textContent).to.include("Approved");
      await expect(el).to.be.accessible();
    });
  });
}
