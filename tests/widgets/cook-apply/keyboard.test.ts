import { expect, fixture, html, waitUntil } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import type { HearthCookApply } from "../../../widgets/cook-apply/cook-apply.js";
import { register } from "../../../widgets/cook-apply/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { applicationFixture } from "../helpers/fixtures.js";
import { shadow, text, waitFor } from "../helpers/shadow.js";
import { echoSaves, festivalPath, festivalReply, viewFrom } from "./echo.js";

register();
setApiOrigin("https://hearth.test");

const manageUrl = "https://hearth.test/cook/?application=app_1#token=secret";

/** Presses Tab (and only Tab) until the element matching `selector` has focus. */
async function tabTo(el: HearthCookApply, selector: string): Promise<void> {
  for (let presses = 0; presses < 60; presses += 1) {
    if (shadow(el).activeElement?.matches(selector)) return;
    await sendKeys({ press: "Tab" });
  }
  throw new Error(`Tab never reached ${selector}`);
}

const press = (key: "Enter" | "Space") => sendKeys({ press: key });
const type = (value: string) => sendKeys({ type: value });

for (const lang of ["en", "ar"]) {
  describe(`<hearth-cook-apply> by keyboard only in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("goes through all nine steps with Tab, Enter and Space and ends with the application sent", async () => {
      stub = new FetchStub()
        .on("GET", festivalPath, festivalReply)
        .on(
          "POST",
          /\/festivals\/evt_fest\/applications$/,
          ok({ application: applicationFixture({ locale: lang }), manageUrl }, 201),
        )
        .install();
      const saves = echoSaves();
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <button type="button">Before</button>
          <hearth-cook-apply org="demo" festival="evt_fest" lang=${lang}></hearth-cook-apply>
        </div>`,
      );
      const el = page.querySelector<HearthCookApply>("hearth-cook-apply")!;
      await waitFor(el, "#displayName");
      page.querySelector("button")!.focus();

      await tabTo(el, "#displayName");
      await type("Amina");
      await tabTo(el, "#consent");
      await press("Space");
      await tabTo(el, ".next");
      await press("Enter");

      await waitFor(el, "#phone");
      await tabTo(el, "#phone");
      await type("+372 5555 0101");
      await press("Enter");

      await waitFor(el, "#cuisine");
      await tabTo(el, "#cuisine");
      await type("Home cooking from Herat");
      await press("Enter");

      await waitFor(el, ".add");
      await tabTo(el, ".add");
      await press("Enter");
      await waitUntil(() => shadow(el).activeElement?.id === "dish-0-name");
      await type("Plov");
      await tabTo(el, "#dish-0-price");
      await type("4.50");
      await tabTo(el, ".next");
      await press("Enter");

      await waitFor(el, "#dish-0-allergens-none");
      await tabTo(el, "#dish-0-allergens-none");
      await press("Space");
      await tabTo(el, ".next");
      await press("Enter");

      await waitFor(el, "#dish-0-diet-halal");
      await tabTo(el, "#dish-0-diet-halal");
      await press("Space");
      await tabTo(el, ".next");
      await press("Enter");

      await waitFor(el, "#need-power");
      await tabTo(el, "#need-power");
      await press("Space");
      await tabTo(el, ".next");
      await press("Enter");

      await waitFor(el, "#hygiene-none");
      await tabTo(el, "#hygiene-none");
      await press("Space");
      await tabTo(el, ".next");
      await press("Enter");

      await waitFor(el, "#consentPublic");
      await tabTo(el, "#consentPublic");
      await press("Space");
      await tabTo(el, ".next");
      await press("Enter");

      await waitFor(el, ".send");
      // The submit stub answers with the last save, now sent.
      stub.on(
        "POST",
        /\/applications\/app_1\/submit$/,
        ok({ application: { ...viewFrom(saves.bodies.at(-1)!), status: "submitted" } }),
      );
      await tabTo(el, ".send");
      await press("Enter");

      await waitFor(el, '[part="application-status"].submitted');
      const last = saves.bodies.at(-1)!;
      expect(saves.bodies).to.have.length(8);
      expect(saves.auth.every((auth) => auth === "Bearer secret")).to.equal(true);
      expect(last).to.deep.include({
        phone: "+372 5555 0101",
        hygiene: "none",
        consentPublic: true,
        locale: lang,
      });
      expect(last.dishes![0]).to.deep.include({
        name: "Plov",
        priceCents: 450,
        allergensNone: true,
        dietLabels: ["halal"],
      });
      expect(last.stallNeeds).to.deep.include({ power: true });
      if (lang === "en") expect(text(el)).to.include("Your application is sent.");
      await expect(el).to.be.accessible();
    });
  });
}
