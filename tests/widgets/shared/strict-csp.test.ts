import { expect, fixture, html } from "@open-wc/testing";
import type { HearthAdminFeedback } from "../../../widgets/admin/visits/feedback.js";
import { register } from "../../../widgets/festival/define.js";
import type { HearthFestival } from "../../../widgets/festival/festival.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { adminApi } from "../admin/helpers/admin.js";
import { demoOrg } from "../admin/helpers/fixtures.js";
import { feedbackFixture, visitFixture } from "../admin/helpers/visit-fixtures.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { festivalFixture, menuFixture } from "../helpers/fixtures.js";
import { shadow, waitFor } from "../helpers/shadow.js";

register();
setApiOrigin("https://hearth.test");

// What our own pages' `style-src 'self'` means for inline styles, without blocking the test
// runner's own: no `style` attribute applies, whoever writes it.
const policy = document.createElement("meta");
policy.httpEquiv = "Content-Security-Policy";
policy.content = "style-src-attr 'none'";
document.head.append(policy);

const violations: string[] = [];
document.addEventListener("securitypolicyviolation", (event) => {
  violations.push(`${event.effectiveDirective} blocked in ${event.sourceFile}:${event.lineNumber}`);
});

/** The violations reported so far: reports arrive in a task of their own. */
async function reported(): Promise<string[]> {
  await new Promise((resolve) => setTimeout(resolve));
  return violations;
}

function planStalls(el: Element): HTMLElement[] {
  return [...shadow(el).querySelectorAll<HTMLElement>(".plan-stall")];
}

describe("widgets under a policy that forbids style attributes", () => {
  let stub: FetchStub;
  afterEach(() => stub?.restore());

  it("blocks a style attribute on this page, so the tests below prove something", async () => {
    const probe = await fixture<HTMLElement>(html`<p>probe</p>`);
    probe.setAttribute("style", "margin-left: 123px");
    expect(getComputedStyle(probe).marginLeft).to.equal("0px");
    expect(await reported()).to.have.length(1);
    violations.length = 0;
  });

  it("lays the festival's stall plan out on its grid, side by side", async () => {
    stub = new FetchStub()
      .on("GET", /^\/api\/v1\/orgs\/demo\/events\/evt_fest$/, ok({ event: festivalFixture() }))
      .on("GET", /^\/api\/v1\/orgs\/demo\/festivals\/evt_fest\/menu$/, ok(menuFixture()))
      .install();
    const el = await fixture<HearthFestival>(
      html`<hearth-festival org="demo" festival="evt_fest" lang="en"></hearth-festival>`,
    );
    await waitFor(el, ".plan-stall");
    const [first, second] = planStalls(el).map((stall) => stall.getBoundingClientRect());
    expect(first!.top).to.equal(second!.top);
    expect(second!.left).to.be.greaterThan(first!.right - 1);
    expect(await reported()).to.deep.equal([]);
  });

  it("shows the theme preview in the organisation's colours from the first render", async () => {
    const el = await fixture(
      html`<hearth-admin-theme-preview
        lang="en"
        .theme=${{ "color-primary": "#8a1c7c" }}
      ></hearth-admin-theme-preview>`,
    );
    const sample = shadow(el).querySelector<HTMLElement>(".sample")!;
    expect(getComputedStyle(sample).getPropertyValue("--hearth-color-primary")).to.equal("#8a1c7c");
    expect(await reported()).to.deep.equal([]);
  });

  it("draws each feedback bar as long as its share", async () => {
    stub = new FetchStub()
      .on("GET", adminApi("/orgs/demo/events/evt_v"), ok({ event: visitFixture() }))
      .on("GET", adminApi("/orgs/demo/events/evt_v/feedback"), ok({ feedback: feedbackFixture() }))
      .install();
    const el = await fixture<HearthAdminFeedback>(
      html`<hearth-admin-feedback
        lang="en"
        org="demo"
        event-id="evt_v"
        .organisation=${demoOrg}
      ></hearth-admin-feedback>`,
    );
    await waitFor(el, ".bar span");
    const widths = [...shadow(el).querySelectorAll(".bar span")].map(
      (bar) => bar.getBoundingClientRect().width,
    );
    // Most answers first: five of ten, then three, one, one and none.
    expect(widths[0]).to.be.greaterThan(widths[1]!);
    expect(widths[4]).to.equal(0);
    expect(await reported()).to.deep.equal([]);
  });
});
