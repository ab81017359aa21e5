import { register } from "../../../widgets/mentoring/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { fixture, html } from "@open-wc/testing";
import type { HearthMentoring } from "../../../widgets/mentoring/mentoring.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { fill, query } from "../helpers/shadow.js";
import { LanguageCheck, preloadEnglish, publicCodes } from "../i18n/language-checks.js";
import {
  choose,
  intakePath,
  next,
  personFixture,
  personPath,
  seasonFixture,
  seasonPath,
  tick,
} from "./fixtures.js";

register();
setApiOrigin("https://hearth.test");

const season = seasonFixture();
const partner = {
  pairId: "mnp_1",
  firstName: "Mari",
  modes: ["online" as const],
  email: null,
  youShared: false,
  theyShared: false,
};
const person = personFixture({
  gender: "woman",
  age: 34,
  wants: { gender: "woman", ageMin: 25, ageMax: 50 },
  interestsOther: "Male",
  partners: [partner],
});
const manageUrl = "https://hearth.test/mentoring/?person=mnt_1#token=secret";

let stub: FetchStub;
let check: LanguageCheck;

beforeEach(preloadEnglish);
afterEach(() => {
  stub.restore();
  check.restore();
});

describe("<hearth-mentoring> in every language", () => {
  for (const lang of publicCodes) {
    it(`walks the intake, refuses a learner outside the levels and signs up in ${lang}`, async () => {
      stub = new FetchStub()
        .on("GET", seasonPath, ok({ season }))
        .on("POST", intakePath, ok({ person: personFixture({ locale: lang }), manageUrl }, 201))
        .install();
      check = new LanguageCheck(lang, "public").content(season, person, "olena@example.org");
      const el = await fixture<HearthMentoring>(
        html`<hearth-mentoring org="demo-city" season="mns_1" lang=${lang}></hearth-mentoring>`,
      );
      await check.inspect(el, "mentor or learner", { until: '[name="role"]', axe: true });
      tick(el, '[name="role"][value="learner"]');
      await next(el);
      await check.inspect(el, "about you", { until: "#firstName" });
      await next(el);
      await check.inspect(el, "about you, refused", { until: "#email-error" });
      fill(el, "#firstName", "Olena");
      fill(el, "#email", "olena@example.org");
      await next(el);
      await check.inspect(el, "languages", { until: '[name="level"]' });
      tick(el, '[name="level"][value="C2"]');
      await check.inspect(el, "outside the levels", { until: ".level-notice .notice", axe: true });
      tick(el, '[name="level"][value="B1"]');
      choose(el, '[name="languages.0.code"]', "uk");
      choose(el, '[name="languages.0.fluency"]', "native");
      await next(el);
      await check.inspect(el, "week", { until: "table.week" });
      tick(el, '[value="mon.evening"]');
      await next(el);
      tick(el, '[name="modes"][value="in_person"]');
      await next(el);
      await check.inspect(el, "region missing", { until: "#region-error" });
      choose(el, "#region", "Tartu");
      await next(el);
      await check.inspect(el, "interests", { until: '[name="interests"]' });
      tick(el, '[name="interests"][value="music"]');
      await next(el);
      await check.inspect(el, "wishes", { until: '[name="wantsGender"]' });
      tick(el, '[name="gender"][value="woman"]');
      fill(el, "#wantsAgeMin", "50");
      fill(el, "#wantsAgeMax", "25");
      await next(el);
      await check.inspect(el, "age range refused", { until: "#wantsAgeMax-error" });
      fill(el, "#wantsAgeMax", "60");
      await next(el);
      await check.inspect(el, "check and send", { until: "#consent", axe: true });
      tick(el, "#consent");
      await next(el);
      await check.inspect(el, "signed up", { until: ".outcome" });
      check.assertClean();
    });

    it(`shows a person's own page, partner and confirm steps in ${lang}`, async () => {
      stub = new FetchStub()
        .on("GET", personPath, ok({ person: personFixture({ ...person, locale: lang }) }))
        .install();
      check = new LanguageCheck(lang, "public").content(person, "olena@example.org");
      const el = await fixture<HearthMentoring>(
        html`<hearth-mentoring person="mnt_1" token="secret"></hearth-mentoring>`,
      );
      await check.inspect(el, "manage page", { until: ".partner", axe: true });
      query(el, ".write").click();
      await check.inspect(el, "write to partner", { until: ".message-form", axe: true });
      query(el, ".withdraw").click();
      await check.inspect(el, "withdraw?", { until: ".confirm-text" });
      query(el, ".stay").click();
      await el.updateComplete;
      query(el, ".erase").click();
      await check.inspect(el, "erase?", { until: ".erase-confirm-text" });
      check.assertClean();
    });
  }
});
