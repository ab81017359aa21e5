import { register } from "../../../widgets/mentoring/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { expect, fixture, html } from "@open-wc/testing";
import { sendKeys } from "@web/test-runner-commands";
import type { HearthMentoring } from "../../../widgets/mentoring/mentoring.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { query, shadow, waitFor } from "../helpers/shadow.js";
import { next, seasonFixture, seasonPath, tick } from "./fixtures.js";

register();
setApiOrigin("https://hearth.test");

/** Presses Tab (and only Tab) until the element matching `selector` has focus. */
async function tabTo(el: HearthMentoring, selector: string): Promise<void> {
  for (let presses = 0; presses < 80; presses += 1) {
    if (shadow(el).activeElement?.matches(selector)) return;
    await sendKeys({ press: "Tab" });
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focused = (el: HearthMentoring) => shadow(el).activeElement as HTMLInputElement | null;

for (const lang of ["en", "ar"]) {
  describe(`<hearth-mentoring> week grid by keyboard in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("reaches every time with Tab, day by day, and ticks one with Space", async () => {
      stub = new FetchStub().on("GET", seasonPath, ok({ season: seasonFixture() })).install();
      const el = await fixture<HearthMentoring>(
        html`<hearth-mentoring org="demo-city" season="mns_1" as="mentor" lang=${lang}>
        </hearth-mentoring>`,
      );
      await waitFor(el, "#firstName");
      await tabTo(el, "#firstName");
      await sendKeys({ type: "Mari" });
      await tabTo(el, "#email");
      await sendKeys({ type: "mari@example.org" });
      await sendKeys({ press: "Enter" });
      await waitFor(el, '[name="level"]');
      tick(el, '[name="level"][value="C2"]');
      await next(el);
      await waitFor(el, "table.week");

      await tabTo(el, '[value="mon.morning"]');
      await sendKeys({ press: "Tab" });
      expect(focused(el)?.value).to.equal("mon.afternoon");
      await sendKeys({ press: "Tab" });
      await sendKeys({ press: "Tab" });
      expect(focused(el)?.value).to.equal("tue.morning");
      await sendKeys({ press: "Space" });
      await el.updateComplete;
      expect(query<HTMLInputElement>(el, '[value="tue.morning"]').checked).to.equal(true);
      await sendKeys({ press: "Space" });
      expect(query<HTMLInputElement>(el, '[value="tue.morning"]').checked).to.equal(false);
      await sendKeys({ press: "Space" });

      // Next checks the week as it was ticked by keyboard: one time is enough to go on.
      await tabTo(el, ".next");
      await sendKeys({ press: "Enter" });
      await waitFor(el, '[name="modes"]');
    });
  });
}
