import { expect, fixture, html } from "@open-wc/testing";
import type { LitElement } from "lit";
import { register as registerCookApply } from "../../../widgets/cook-apply/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register as registerSignup } from "../../../widgets/signup/define.js";
import { registerForms as registerVisitForms } from "../../../widgets/visits/define-forms.js";
import type { HearthVisitForm } from "../../../widgets/visits/visit-form.js";
import { register as registerVolunteer } from "../../../widgets/volunteer/define.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import {
  eventFixture,
  festivalFixture,
  shiftsFixture,
  signUpSitesFixture,
  visitFixture,
} from "../helpers/fixtures.js";
import { languages, query, shadow, waitFor } from "../helpers/shadow.js";

registerSignup();
registerVisitForms();
registerVolunteer();
registerCookApply();
setApiOrigin("https://hearth.test");

/** The organisation allowed another website, not the one these tests run on. */
const elsewhere = signUpSitesFixture({ signupOrigins: ["https://city.example"] });

async function expectElsewhere(el: LitElement, lang: string) {
  const notice = await waitFor(el, '[part="notice"].elsewhere');
  const link = query<HTMLAnchorElement>(el, ".elsewhere a");
  const url = new URL(link.href);
  expect(url.origin + url.pathname).to.equal("https://hearth.test/signup/");
  expect(url.searchParams.get("org")).to.equal("demo");
  expect(url.searchParams.get("lang")).to.equal(lang);
  if (lang === "en") expect(notice.textContent).to.include("not open yet");
  expect(shadow(el).querySelector("form")).to.equal(null);
  await expect(el).to.be.accessible();
}

for (const lang of languages) {
  describe(`a form on a website the organisers did not allow, in ${lang}`, () => {
    let stub: FetchStub;
    afterEach(() => stub.restore());

    it("<hearth-signup> says so before anyone types, and links to the organisers' page", async () => {
      stub = new FetchStub()
        .on(
          "GET",
          /\/events\/evt_1$/,
          ok({ defaultLocale: "en", ...elsewhere, event: eventFixture() }),
        )
        .install();
      const el = await fixture<LitElement>(
        html`<hearth-signup org="demo" event="evt_1" lang=${lang}></hearth-signup>`,
      );
      await expectElsewhere(el, lang);
    });

    it("<hearth-volunteer> says so instead of the shift form", async () => {
      stub = new FetchStub()
        .on("GET", /\/orgs\/demo\/shifts$/, ok(shiftsFixture(elsewhere)))
        .install();
      const el = await fixture<LitElement>(
        html`<hearth-volunteer org="demo" lang=${lang}></hearth-volunteer>`,
      );
      await expectElsewhere(el, lang);
    });
  });
}

describe("a form on a website the organisers did not allow", () => {
  let stub: FetchStub;
  afterEach(() => stub.restore());

  it("a visit's group form says so once the visit's answer arrives", async () => {
    const visit = visitFixture();
    stub = new FetchStub()
      .on("GET", /\/events\/evt_visit_1$/, ok({ defaultLocale: "en", ...elsewhere, event: visit }))
      .install();
    const el = document.createElement("hearth-visit-group-form") as HearthVisitForm;
    el.setAttribute("org", "demo");
    el.setAttribute("lang", "en");
    el.visit = visit;
    await fixture(html`<div>${el}</div>`);
    await expectElsewhere(el, "en");
  });

  it("a new cook's application says so before the first question", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        /\/events\/evt_fest$/,
        ok({ defaultLocale: "en", ...elsewhere, event: festivalFixture({ id: "evt_fest" }) }),
      )
      .install();
    const el = await fixture<LitElement>(
      html`<hearth-cook-apply org="demo" festival="evt_fest" lang="en"></hearth-cook-apply>`,
    );
    await expectElsewhere(el, "en");
  });

  it("tells the organisation once that its form is on this website", async () => {
    const sites = signUpSitesFixture({
      signupOrigins: ["https://city.example"],
      signupPageUrl: "https://hearth.test/signup/?org=fresh-org",
    });
    stub = new FetchStub()
      .on("GET", /\/events\/evt_1$/, ok({ defaultLocale: "en", ...sites, event: eventFixture() }))
      .on("POST", /^\/api\/v1\/orgs\/fresh-org\/refused-website$/, { status: 204, body: null })
      .install();
    for (let mounted = 0; mounted < 2; mounted++) {
      const el = await fixture<LitElement>(
        html`<hearth-signup org="fresh-org" event="evt_1" lang="en"></hearth-signup>`,
      );
      await waitFor(el, ".elsewhere");
    }
    const reports = stub.calls.filter((call) => call.method === "POST");
    expect(reports).to.have.length(1);
    expect(reports[0]!.url.origin).to.equal("https://hearth.test");
  });

  it("shows the form where the organisers allowed the website", async () => {
    stub = new FetchStub()
      .on(
        "GET",
        /\/events\/evt_1$/,
        ok({ defaultLocale: "en", ...signUpSitesFixture(), event: eventFixture() }),
      )
      .install();
    const el = await fixture<LitElement>(
      html`<hearth-signup org="demo" event="evt_1" lang="en"></hearth-signup>`,
    );
    await waitFor(el, "form");
    expect(shadow(el).querySelector(".elsewhere")).to.equal(null);
  });
});
