import type { LitElement } from "lit";
import { fixture, html } from "@open-wc/testing";
import { register as registerBooking } from "../../../widgets/booking/define.js";
import { register as registerEvents } from "../../../widgets/events/define.js";
import { setApiOrigin } from "../../../widgets/shared/api-client.js";
import { register as registerSignup } from "../../../widgets/signup/define.js";
import { FetchStub, ok } from "../helpers/fetch-stub.js";
import {
  eventFixture,
  registrationFixture,
  signUpFixture,
  slotFixture,
} from "../helpers/fixtures.js";
import { fill, query, shadow } from "../helpers/shadow.js";
import { LanguageCheck, preloadEnglish, publicCodes, until } from "./language-checks.js";

registerEvents();
registerSignup();
registerBooking();
setApiOrigin("https://hearth.test");

const inEstonian = { title: "et", summary: "et", description: "et", accessibilityNotes: "et" };

/* The organisation writes in Estonian: content that is no English sentence and no catalogue text. */
const keelekohvik = eventFixture({
  langs: inEstonian,
  title: "Keelekohvik",
  summary: "Räägime teed juues eesti keelt.",
  description: "Räägime teed juues eesti keelt.\n\nAlgajad on oodatud.",
  venueName: "Keskraamatukogu",
  venueAddress: "Tartu mnt 1",
  region: "Kesklinn",
  accessibilityNotes: "Trepivaba sissepääs pargi poolt.",
  slots: [
    slotFixture({ id: "slot_1", label: "Teisipäev" }),
    slotFixture({ id: "slot_2", label: "Laupäev", remaining: 1 }),
  ],
  // The organisers' own questions, in Estonian: their markers, notes and errors are interface text.
  questions: [
    {
      id: "q_drink",
      kind: "one_choice",
      label: "Tee või kohv?",
      labelLang: "et",
      choices: [
        { id: "c_tea", label: "Tee" },
        { id: "c_coffee", label: "Kohv" },
      ],
      required: true,
      sensitive: false,
      audience: null,
    },
    {
      id: "q_days",
      kind: "many_choices",
      label: "Millised päevad sobivad?",
      labelLang: "et",
      choices: [
        { id: "c_mon", label: "Esmaspäev" },
        { id: "c_fri", label: "Reede" },
      ],
      required: false,
      sensitive: true,
      audience: null,
    },
    {
      id: "q_bike",
      kind: "yes_no",
      label: "Kas tulete rattaga?",
      labelLang: "et",
      choices: [],
      required: false,
      sensitive: false,
      audience: null,
    },
  ],
});
const events = [
  keelekohvik,
  eventFixture({
    id: "evt_course",
    kind: "course",
    langs: inEstonian,
    title: "Kohanemisprogramm",
    region: "Sadam",
    slots: [slotFixture({ remaining: 0, waitlistRemaining: 4 })],
  }),
  eventFixture({
    id: "evt_closed",
    langs: inEstonian,
    title: "Sõprade kohtumine",
    region: "Kesklinn",
    signupOpen: false,
  }),
  // Full, with places held for people offered them from the waitlist.
  eventFixture({
    id: "evt_held",
    langs: inEstonian,
    title: "Õhtune jalutuskäik",
    slots: [slotFixture({ remaining: 0, held: 2, waitlistRemaining: 0 })],
  }),
  eventFixture({
    id: "evt_held_waitlist",
    langs: inEstonian,
    title: "Lauamängude õhtu",
    slots: [slotFixture({ remaining: 0, held: 1, waitlistRemaining: 5 })],
  }),
];

const waitlisted = signUpFixture({ status: "waitlisted", position: 3 });

const eventsPath = /^\/api\/v1\/orgs\/demo\/events$/;
const eventPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1$/;
const signUpPath = /^\/api\/v1\/orgs\/demo\/events\/evt_1\/registrations$/;
const registrationPath = /^\/api\/v1\/registrations\/reg_1$/;

let stub: FetchStub;
let check: LanguageCheck;

beforeEach(preloadEnglish);
afterEach(() => {
  stub.restore();
  check.restore();
});

describe("<hearth-events> in every language", () => {
  for (const lang of publicCodes) {
    it(`lists events and opens one with its sign-up form in ${lang}`, async () => {
      stub = new FetchStub().on("GET", eventsPath, ok({ events, nextCursor: "page2" })).install();
      check = new LanguageCheck(lang, "public").content(events);
      const el = await fixture<LitElement>(
        html`<hearth-events org="demo" lang=${lang}></hearth-events>`,
      );
      await check.inspect(el, "list", { until: '[part="list"]', axe: true });
      query(el, '[data-event="evt_1"]').click();
      const signup = () => el.shadowRoot!.querySelector("hearth-signup")?.shadowRoot;
      await until(() => signup()?.querySelector('[part="form"]'), "sign-up form");
      await check.inspect(el, "detail with its sign-up form", { axe: true });
      check.assertClean();
    });
  }
});

describe("<hearth-signup> in every language", () => {
  for (const lang of publicCodes) {
    it(`shows the form, its errors and the confirmation in ${lang}`, async () => {
      stub = new FetchStub()
        .on("GET", eventPath, ok({ event: keelekohvik }))
        .on("POST", signUpPath, ok(waitlisted, 201))
        .install();
      check = new LanguageCheck(lang, "public").content(keelekohvik, waitlisted);
      const el = await fixture(
        html`<hearth-signup org="demo" event="evt_1" lang=${lang}></hearth-signup>`,
      );
      await check.inspect(el, "form", { until: '[part="form"]' });
      query(el, 'button[type="submit"]').click();
      await check.inspect(el, "errors", { until: "#q-q_drink-error", axe: true });
      query<HTMLInputElement>(el, 'input[value="slot_2"]').checked = true;
      query<HTMLInputElement>(el, 'input[value="c_tea"]').checked = true;
      fill(el, "#name", "Mari");
      fill(el, "#email", "mari@example.org");
      query<HTMLInputElement>(el, "#consent").checked = true;
      query(el, 'button[type="submit"]').click();
      await check.inspect(el, "confirmation", { until: ".result-title" });
      check.assertClean();
    });
  }
});

describe("<hearth-booking> in every language", () => {
  for (const lang of publicCodes) {
    it(`shows the sign-up and asks before cancelling in ${lang}`, async () => {
      const registration = registrationFixture({
        name: "Mari",
        event: {
          ...registrationFixture().event,
          title: "Keelekohvik",
          contentLocale: "et",
          venueName: "Keskraamatukogu",
          venueAddress: "Tartu mnt 1",
        },
        slot: { ...registrationFixture().slot, label: "Teisipäev" },
        answers: [
          {
            questionId: "q_pram",
            question: "Kas tulete lapsevankriga?",
            kind: "yes_no",
            value: true,
            choices: [],
          },
        ],
      });
      stub = new FetchStub().on("GET", registrationPath, ok({ registration })).install();
      check = new LanguageCheck(lang, "public").content(registration);
      const el = await fixture<LitElement>(
        html`<hearth-booking registration="reg_1" token="secret" lang=${lang}></hearth-booking>`,
      );
      await check.inspect(el, "sign-up", { until: '[part="card"]', axe: true });
      query(el, ".actions .cancel").click();
      await check.inspect(el, "cancel question", { until: ".confirm-text" });
      shadow(el).querySelectorAll<HTMLButtonElement>(".confirm .button")[1]!.click();
      await el.updateComplete;
      query(el, ".my-data .erase").click();
      await check.inspect(el, "erase question", { until: ".erase-confirm-text", axe: true });
      check.assertClean();
    });

    it(`opens the change step, with its own strings, in ${lang}`, async () => {
      const registration = registrationFixture({
        name: "Mari",
        event: { ...registrationFixture().event, title: "Keelekohvik", contentLocale: "et" },
        slot: { ...registrationFixture().slot, label: "Teisipäev" },
      });
      stub = new FetchStub()
        .on("GET", registrationPath, ok({ registration }))
        .on("GET", eventPath, ok({ event: keelekohvik }))
        .install();
      check = new LanguageCheck(lang, "public").content(registration, keelekohvik);
      const el = await fixture<LitElement>(
        html`<hearth-booking registration="reg_1" token="secret" lang=${lang}></hearth-booking>`,
      );
      await check.inspect(el, "sign-up", { until: '[part="card"]' });
      query(el, ".actions .change").click();
      await check.inspect(el, "change step", { until: 'form.change [value="slot_2"]', axe: true });
      check.assertClean();
    });

    it(`shows a place held for the person and asks before giving it away in ${lang}`, async () => {
      const registration = registrationFixture({
        name: "Mari",
        status: "offered",
        offer: { expiresAt: "2030-03-04T16:00:00.000Z" },
        event: { ...registrationFixture().event, title: "Keelekohvik", contentLocale: "et" },
        slot: { ...registrationFixture().slot, label: "Teisipäev" },
      });
      stub = new FetchStub().on("GET", registrationPath, ok({ registration })).install();
      check = new LanguageCheck(lang, "public").content(registration);
      const el = await fixture<LitElement>(
        html`<hearth-booking registration="reg_1" token="secret" lang=${lang}></hearth-booking>`,
      );
      await check.inspect(el, "held place", { until: '[part="offer"]', axe: true });
      query(el, ".offer .decline").click();
      await check.inspect(el, "give-away question", { until: ".decline-text" });
      check.assertClean();
    });
  }
});
