import { fixture, html } from "@open-wc/testing";
import type { SeriesSignUpResponse } from "../../../schema/contracts/series.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register } from "../../../widgets/signup/define.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture, slotFixture } from "../helpers/fixtures.js";
import { fill, query } from "../helpers/shadow.js";
import { LanguageCheck, preloadEnglish, publicCodes, until } from "../i18n/language-checks.js";

register();
setApiOrigin("https://hearth.test");

/* The first of four Tuesdays of an Estonian language café; every date may be taken at once. */
const firstDate = eventFixture({
  langs: { title: "et", summary: "et", description: "et", accessibilityNotes: "et" },
  title: "Keelekohvik",
  summary: "Räägime teed juues eesti keelt.",
  description: "Räägime teed juues eesti keelt.",
  venueName: "Keskraamatukogu",
  venueAddress: "Tartu mnt 1",
  accessibilityNotes: "Trepivaba sissepääs.",
  slots: [slotFixture({ label: "Õhtu", labelLang: "et" })],
  series: { id: "ser_cafe", position: 1, total: 4, blockSignup: true },
});

const threeDates: SeriesSignUpResponse = {
  registrations: ["2030-03-05", "2030-03-12", "2030-03-19"].map((day, index) => ({
    id: `reg_${index + 1}`,
    eventId: `evt_${index + 1}`,
    startsAt: `${day}T16:00:00.000Z`,
    shortCode: `K7QH3${index + 1}`,
    manageUrl: `https://hearth.test/manage/?registration=reg_${index + 1}#token=secret`,
    calendarUrl: `https://hearth.test/api/v1/registrations/reg_${index + 1}/calendar.ics?key=k`,
  })),
};

const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1$/;
const seriesPath = /^\/api\/v1\/orgs\/demo\/series\/ser_cafe\/registrations$/;

let stub: FetchStub;
let check: LanguageCheck;

beforeEach(preloadEnglish);
afterEach(() => {
  stub.restore();
  check.restore();
});

describe("<hearth-signup> for every date of a series in every language", () => {
  for (const lang of publicCodes) {
    it(`offers every date, says when one is full, and lists the dates booked in ${lang}`, async () => {
      stub = new FetchStub()
        .on("GET", eventPath, ok({ event: firstDate }))
        .on("POST", seriesPath, apiError(409, "slot_full"), ok(threeDates, 201))
        .install();
      check = new LanguageCheck(lang, "public").content(firstDate, threeDates);
      const el = await fixture(
        html`<hearth-signup org="demo" event="evt_1" lang=${lang}></hearth-signup>`,
      );
      await check.inspect(el, "choice of dates", { until: ".series-choice" });
      query(el, 'input[name="seriesDates"][value="every"]').click();
      fill(el, "#name", "Mari");
      query<HTMLInputElement>(el, "#consent").checked = true;
      query(el, 'button[type="submit"]').click();
      await check.inspect(el, "a date is full", { until: ".series-only", axe: true });
      query(el, 'input[name="seriesDates"][value="every"]').click();
      query(el, 'button[type="submit"]').click();
      await until(() => el.shadowRoot?.querySelector(".result-title"), "the dates booked");
      await check.inspect(el, "the dates booked", { axe: true });
      check.assertClean();
    });
  }
});
