import { fixture, html } from "@open-wc/testing";
import { apiError, FetchStub, ok } from "../../helpers/fetch-stub.js";
import {
  dashboardCodes,
  LanguageCheck,
  preloadEnglish,
  until,
} from "../../i18n/language-checks.js";
import { adminApi } from "../helpers/admin.js";
import { meFixture } from "../helpers/fixtures.js";
import { reportFixture, seasonFixture, workbenchFixture } from "./mentoring-fixtures.js";

let stub: FetchStub;
let check: LanguageCheck;

beforeEach(preloadEnglish);
afterEach(() => {
  stub.restore();
  check.restore();
  location.hash = "";
});

/** `selector` inside `tag`'s shadow root, `tag` inside the app's. */
const rendered = (app: Element, tag: string, selector: string) =>
  until(() => app.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector(selector), tag);

const inside = (app: Element, ...tags: string[]) =>
  tags.reduce<Element | null | undefined>(
    (host, tag) => host?.shadowRoot?.querySelector(tag),
    app,
  )!;

describe("Language Friends in every dashboard language", () => {
  for (const lang of dashboardCodes) {
    it(`shows the seasons, a season's set-up refused and its workbench in ${lang}`, async () => {
      const me = meFixture("organiser", { user: { ...meFixture().user, locale: lang } });
      const workbench = workbenchFixture();
      stub = new FetchStub()
        .on("GET", adminApi("/me"), ok(me))
        .on("GET", adminApi("/orgs/demo/mentoring/seasons"), ok({ seasons: [seasonFixture()] }))
        .on(
          "PUT",
          adminApi("/orgs/demo/mentoring/seasons/sea_1"),
          apiError(409, "version_conflict"),
        )
        .on("GET", adminApi("/orgs/demo/mentoring/seasons/sea_1/workbench"), ok(workbench))
        .on("GET", adminApi("/orgs/demo/mentoring/seasons/sea_1/report"), ok(reportFixture()))
        .on(
          "PUT",
          adminApi("/orgs/demo/mentoring/seasons/sea_1/locks"),
          apiError(422, "validation_failed", {
            pair: { code: "lock_breaks_rule", params: { rule: "modes" } },
          }),
        )
        .install();
      check = new LanguageCheck(lang, "dashboard").content(me, workbench);
      location.hash = "#/mentoring?org=demo";
      const app = await fixture(html`<hearth-admin lang=${lang}></hearth-admin>`);
      await rendered(app, "hearth-admin-seasons", "li");
      await check.inspect(app, "seasons");

      location.hash = "#/mentoring/seasons/sea_1/edit?org=demo";
      await rendered(app, "hearth-admin-season-form", "form");
      const form = inside(app, "hearth-admin-season-form");
      const weight = form.shadowRoot!.querySelector<HTMLInputElement>('[name="weights.age"]')!;
      weight.value = "12";
      weight.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
      form.shadowRoot!.querySelector("form")!.requestSubmit();
      await until(() => form.shadowRoot!.querySelector('[aria-invalid="true"]'), "the problem");
      await check.inspect(app, "season set-up with a problem");
      weight.value = "1";
      weight.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
      form.shadowRoot!.querySelector("form")!.requestSubmit();
      await until(() => form.shadowRoot!.querySelector(".conflict"), "the conflict");
      await check.inspect(app, "season set-up changed meanwhile", { axe: true });

      location.hash = "#/mentoring/seasons/sea_1?org=demo";
      await rendered(app, "hearth-admin-mentoring-workbench", "hearth-admin-season-report");
      const page = inside(app, "hearth-admin-mentoring-workbench");
      await until(
        () => inside(page, "hearth-admin-season-report").shadowRoot!.querySelector("table"),
        "the report",
      );
      const unmatched = inside(page, "hearth-admin-unmatched-people");
      const select = unmatched.shadowRoot!.querySelector<HTMLSelectElement>("#partner-men_kadri")!;
      select.value = "lea_ivan";
      unmatched
        .shadowRoot!.querySelector<HTMLFormElement>("#unmatched-men_kadri form")!
        .requestSubmit();
      await until(
        () => unmatched.shadowRoot!.querySelector("#partner-men_kadri-error"),
        "the rule",
      );
      const actions = inside(page, "hearth-admin-pairing-actions");
      actions.shadowRoot!.querySelector<HTMLButtonElement>("#publish")!.click();
      await until(() => actions.shadowRoot!.querySelector("#publish-confirm"), "the question");
      await check.inspect(app, "workbench", { axe: true });
      check.assertClean();
    });
  }
});
