import { fixture, html } from "@open-wc/testing";
import type { LitElement } from "lit";
import type { ApplicationView } from "../../../schema/contracts/festivals.js";
import { register as registerCookApply } from "../../../widgets/cook-apply/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register as registerVolunteer } from "../../../widgets/volunteer/define.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import {
  applicationFixture,
  completeApplicationFixture,
  dishViewFixture,
  roleFixture,
  shiftFixture,
  shiftsFixture,
  volunteerFixture,
} from "../helpers/fixtures.js";
import { query } from "../helpers/shadow.js";
import { LanguageCheck, preloadEnglish, publicCodes } from "./language-checks.js";
import { festivalPath, festivalReply } from "../cook-apply/echo.js";

registerCookApply();
registerVolunteer();
setApiOrigin("https://hearth.test");

/* A cook and an organisation writing in their own words: content, not catalogue text. */
const festival = { ...applicationFixture().festival, title: "Vao köök", contentLocale: "et" };
const plov = dishViewFixture({ name: "Plov", description: "Riis porgandi ja lambalihaga." });
const baklava = dishViewFixture({
  id: "dish_2",
  name: "Baklava",
  description: "",
  free: true,
  priceCents: null,
  allergens: ["gluten", "nuts", "milk"],
  allergensNone: false,
  dietLabels: ["vegetarian"],
});
const draft = (overrides: Partial<ApplicationView> = {}) =>
  completeApplicationFixture({
    festival,
    cuisine: "Herat",
    story: "Õppisin vanaemalt.",
    dishes: [plov, baklava],
    hygiene: "done",
    hygieneExpiresOn: "2031-01-31",
    ...overrides,
  });

/* As the manage link loads them: a draft with a name only, a complete draft, a decision. */
const applications = [
  applicationFixture({ festival }),
  draft(),
  draft({
    status: "approved",
    editable: false,
    stall: { name: "Lett 3" },
    organiserMessage: { text: "Tere tulemast! Tule kell üheksa.", lang: "et" },
    submittedAt: "2030-05-20T10:00:00.000Z",
  }),
];

/* Two days; a kitchen role asking for food hygiene and a driver role asking for a licence and age. */
const shifts = shiftsFixture({
  roles: [
    roleFixture({ name: "Köögiabi", description: "Pesemine, hakkimine ja serveerimine." }),
    roleFixture({
      id: "role_driver",
      name: "Autojuht",
      description: "Toidu toomine turult.",
      requirements: ["driving_licence", "min_age"],
      minimumAge: 21,
    }),
  ],
  shifts: shiftsFixture().shifts.map((shift, index) =>
    shiftFixture({
      ...shift,
      eventTitle: "Vao köök",
      label: ["Hommik", "Lõuna", "Turuskäik", "Õhtu"][index]!,
    }),
  ),
});

const appPath = /^\/api\/v1\/applications\/app_1$/;
const shiftsPath = /^\/api\/v1\/orgs\/demo\/shifts$/;
const volunteerPath = /^\/api\/v1\/volunteers\/vol_1$/;

let stub: FetchStub;
let check: LanguageCheck;

beforeEach(preloadEnglish);
afterEach(() => {
  stub.restore();
  check.restore();
});

/* One application on the page at a time, as in real use: two would show two banner landmarks. */
async function reopen(previous: Element, lang: string) {
  previous.remove();
  return fixture<LitElement>(
    html`<hearth-cook-apply application="app_1" token="secret" lang=${lang}></hearth-cook-apply>`,
  );
}

describe("<hearth-cook-apply> in every language", () => {
  for (const lang of publicCodes) {
    it(`asks the first questions, resumes a draft, reviews it and shows a decision in ${lang}`, async () => {
      stub = new FetchStub()
        .on("GET", festivalPath, festivalReply)
        .on("GET", appPath, ...applications.map((application) => ok({ application })))
        .install();
      check = new LanguageCheck(lang, "public").content(applications);
      const first = await fixture<LitElement>(
        html`<hearth-cook-apply org="demo" festival="evt_fest" lang=${lang}></hearth-cook-apply>`,
      );
      await check.inspect(first, "name and consent", { until: "#displayName", axe: true });
      query(first, "button.next").click();
      await check.inspect(first, "missing name", { until: "#displayName-error" });
      const resumed = await reopen(first, lang);
      await check.inspect(resumed, "resumed at contact", { until: "#phone" });
      const review = await reopen(resumed, lang);
      await check.inspect(review, "review", { until: '[part="review"]', axe: true });
      const decided = await reopen(review, lang);
      await check.inspect(decided, "approved", { until: '[part="application-status"]' });
      check.assertClean();
    });
  }
});

describe("<hearth-volunteer> in every language", () => {
  for (const lang of publicCodes) {
    it(`offers shifts by day and role and asks what the chosen roles need in ${lang}`, async () => {
      stub = new FetchStub().on("GET", shiftsPath, ok(shifts)).install();
      check = new LanguageCheck(lang, "public").content(shifts);
      const el = await fixture<LitElement>(
        html`<hearth-volunteer org="demo" lang=${lang}></hearth-volunteer>`,
      );
      await check.inspect(el, "shift picker", { until: '[part="form"]' });
      query(el, '[name="shiftIds"][value="shift_1"]').click();
      query(el, '[name="shiftIds"][value="shift_3"]').click();
      await el.updateComplete;
      query(el, ".submit").click();
      await check.inspect(el, "chosen shifts with errors", { until: "#age-error", axe: true });
      check.assertClean();
    });

    it(`shows a volunteer's own page, with its own strings, in ${lang}`, async () => {
      const volunteer = volunteerFixture();
      stub = new FetchStub()
        .on("GET", volunteerPath, ok({ volunteer }))
        .on("GET", shiftsPath, ok(shifts))
        .install();
      check = new LanguageCheck(lang, "public").content(shifts, volunteer);
      const el = await fixture<LitElement>(
        html`<hearth-volunteer
          org="demo"
          volunteer="vol_1"
          token="secret"
          lang=${lang}
        ></hearth-volunteer>`,
      );
      await check.inspect(el, "manage page", { until: ".mine-shift", axe: true });
      query(el, ".my-data .erase").click();
      await check.inspect(el, "erase question", { until: ".erase-confirm-text" });
      check.assertClean();
    });
  }
});
