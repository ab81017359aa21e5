import type { LitElement } from "lit";
import { fixture, html } from "@open-wc/testing";
import type { PublicEvent } from "../../../schema/contracts/events.js";
import { register as registerEvents } from "../../../widgets/events/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register as registerSignup } from "../../../widgets/signup/define.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import { eventFixture, slotFixture } from "../helpers/fixtures.js";
import { query } from "../helpers/shadow.js";
import { LanguageCheck, preloadEnglish, publicCodes, until } from "../i18n/language-checks.js";

registerEvents();
registerSignup();
setApiOrigin("https://hearth.test");

const inEstonian = { title: "et", summary: "et", description: "et", accessibilityNotes: "et" };

/* Seven Tuesdays of an Estonian language café, whose organisers take sign-ups for every date. */
const cafeDates: PublicEvent[] = Array.from({ length: 7 }, (_, index) =>
  eventFixture({
    id: `evt_cafe_${index + 1}`,
    langs: inEstonian,
    title: "Keelekohvik",
    summary: "Räägime teed juues eesti keelt.",
    description: "Räägime teed juues eesti keelt.",
    venueName: "Keskraamatukogu",
    venueAddress: "Tartu mnt 1",
    region: "Kesklinn",
    accessibilityNotes: "Trepivaba sissepääs.",
    startsAt: new Date(Date.UTC(2030, 2, 5 + 7 * index, 16)).toISOString(),
    endsAt: new Date(Date.UTC(2030, 2, 5 + 7 * index, 18)).toISOString(),
    slots: [slotFixture({ label: "Õhtu", labelLang: "et" })],
    series: { id: "ser_cafe", position: index + 1, total: 7, blockSignup: true },
  }),
);
const walk = eventFixture({
  id: "evt_walk",
  langs: inEstonian,
  title: "Linnajalutuskäik",
  summary: "Jalutame vanalinnas.",
  description: "Jalutame vanalinnas.",
  venueName: "Raekoja plats",
  venueAddress: null,
  region: "Kesklinn",
  accessibilityNotes: "",
  startsAt: "2030-03-08T10:00:00.000Z",
  endsAt: "2030-03-08T12:00:00.000Z",
  slots: [slotFixture({ label: "Hommik", labelLang: "et" })],
});
const events = [cafeDates[0]!, walk, ...cafeDates.slice(1)];

const eventsPath = /^\/api\/v1\/orgs\/demo\/events$/;
const eventPath = /^\/api\/v1\/orgs\/demo\/events\/[\w-]+$/;

let stub: FetchStub;
let check: LanguageCheck;

beforeEach(preloadEnglish);
afterEach(() => {
  stub.restore();
  check.restore();
});

describe("<hearth-events> series in every language", () => {
  for (const lang of publicCodes) {
    it(`shows a series as one card and a date's place in it in ${lang}`, async () => {
      stub = new FetchStub()
        .on("GET", eventsPath, ok({ events, nextCursor: null }))
        .on("GET", eventPath, "hang")
        .install();
      check = new LanguageCheck(lang, "public").content(events);
      const el = await fixture<LitElement>(
        html`<hearth-events org="demo" lang=${lang}></hearth-events>`,
      );
      await check.inspect(el, "list with a series", { until: ".series", axe: true });
      query(el, '.date-button[data-event="evt_cafe_2"]').click();
      const signup = () => el.shadowRoot!.querySelector("hearth-signup")?.shadowRoot;
      await until(() => signup()?.querySelector(".series-choice"), "choice of dates");
      await check.inspect(el, "a date's details with the choice of dates", { axe: true });
      check.assertClean();
    });
  }
});
