import type { LitElement } from "lit";
import { fixture, html } from "@open-wc/testing";
import { languages } from "../../../i18n/languages.js";
import { register as registerEvents } from "../../../widgets/events/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register as registerSignup } from "../../../widgets/signup/define.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { query } from "../helpers/shadow.js";
import { cataloguePage, networkEvents } from "../events/network-fixtures.js";
import { LanguageCheck, preloadEnglish, publicCodes, until } from "./language-checks.js";

registerEvents();
registerSignup();
setApiOrigin("https://hearth.test");

const page = cataloguePage();
const jobs = networkEvents[0]!;
/** The language filter names each language in itself, whatever the page's language. */
const languageNames = [...languages.map((language) => language.name), "polski"];

let stub: FetchStub;
let check: LanguageCheck;

beforeEach(preloadEnglish);
afterEach(() => {
  stub.restore();
  check.restore();
});

describe("<hearth-events network> in every language", () => {
  for (const lang of publicCodes) {
    it(`lists the network's events with their organisers and opens one in ${lang}`, async () => {
      stub = new FetchStub()
        .on("GET", /^\/api\/v1\/networks\/demo-region\/events$/, ok(page))
        .on(
          "GET",
          /^\/api\/v1\/orgs\/welcome-bridge\/events\/evt_jobs$/,
          ok({ ...page, event: jobs }),
        )
        .install();
      check = new LanguageCheck(lang, "public").content(page, languageNames);
      const el = await fixture<LitElement>(
        html`<hearth-events network="demo-region" lang=${lang}></hearth-events>`,
      );
      await check.inspect(el, "catalogue", { until: '[part="list"]', axe: true });
      query(el, '[data-event="evt_jobs"]').click();
      const signup = () => el.shadowRoot!.querySelector("hearth-signup")?.shadowRoot;
      await until(() => signup()?.querySelector('[part="form"]'), "sign-up form");
      await check.inspect(el, "a member's event with its sign-up form", { axe: true });
      check.assertClean();
    });
  }
});
