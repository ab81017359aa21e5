import { fixture, html } from "@open-wc/testing";
import type { AdminEvent } from "../../../schema/contracts/admin/events.js";
import type { AdminQuestion } from "../../../schema/contracts/questions.js";
import { apiError, FetchStub, ok } from "../helpers/fetch-stub.js";
import { adminApi } from "../admin/helpers/admin.js";
import {
  adminEventFixture,
  adminSlotFixture,
  meFixture,
  rosterEntryFixture,
  rosterFixture,
  totalsFixture,
} from "../admin/helpers/fixtures.js";
import { dashboardCodes, LanguageCheck, preloadEnglish, until } from "./language-checks.js";

/* Titles only in Estonian, the organisation's language: every reader sees them as content. */
const titled = (et: string, overrides: Partial<AdminEvent>) =>
  adminEventFixture({
    title: { et, en: "", ar: "" },
    missingTranslations: ["en", "ar"],
    ...overrides,
  });

/* One event of each kind, so the list shows every kind's links, a waitlist and missing translations. */
const events = [
  titled("Keelekohvik", {}),
  titled("Lahemaa: raba ja talu", { id: "evt_visit", kind: "visit" }),
  titled("Vao köök", {
    id: "evt_fest",
    kind: "festival",
    status: "draft",
    slots: [adminSlotFixture({ audience: "volunteer", roleId: "role_kitchen" })],
  }),
  titled("Kohanemisprogramm", { id: "evt_course", kind: "course", status: "cancelled" }),
];

/* An organiser's own question in Estonian, asking what the privacy warning is about. */
const questions: AdminQuestion[] = [
  {
    id: "q_citizen",
    kind: "one_choice",
    label: { et: "Mis on teie kodakondsus?", en: "", ar: "" },
    choices: [
      { id: "c_ee", label: { et: "Eesti" } },
      { id: "c_ua", label: { et: "Ukraina" } },
    ],
    required: true,
    sensitive: true,
    audience: null,
  },
];

let stub: FetchStub;
let check: LanguageCheck;

beforeEach(async () => {
  await preloadEnglish();
  location.hash = "#/events";
});
afterEach(() => {
  stub.restore();
  check.restore();
  location.hash = "";
});

const mount = (lang: string) => fixture(html`<hearth-admin lang=${lang}></hearth-admin>`);

/** A view inside the app's shadow root, once it has rendered `selector` in its own. */
const rendered = (app: Element, tag: string, selector: string) =>
  until(() => app.shadowRoot!.querySelector(tag)?.shadowRoot?.querySelector(selector), tag);

describe("<hearth-admin> in every dashboard language", () => {
  for (const lang of dashboardCodes) {
    it(`asks a signed-out organiser to sign in, in ${lang}`, async () => {
      stub = new FetchStub().on("GET", adminApi("/me"), apiError(401, "unauthorized")).install();
      check = new LanguageCheck(lang, "dashboard");
      const app = await mount(lang);
      await rendered(app, "hearth-admin-sign-in", "form");
      await check.inspect(app, "sign-in", { axe: true });
      check.assertClean();
    });

    it(`lists an owner's events with their links and the digest choice, in ${lang}`, async () => {
      const me = meFixture("owner", { user: { ...meFixture().user, locale: lang } });
      stub = new FetchStub()
        .on("GET", adminApi("/me"), ok(me))
        .on("GET", adminApi("/orgs/demo/events"), ok({ events }))
        .on("GET", adminApi("/orgs/demo/preferences"), ok({ preferences: { digest: true } }))
        .install();
      check = new LanguageCheck(lang, "dashboard").content(me, events);
      const app = await mount(lang);
      await rendered(app, "hearth-admin-event-list", "li");
      const list = app.shadowRoot!.querySelector("hearth-admin-event-list")!;
      await rendered(list, "hearth-admin-digest-preference", "#digest");
      await check.inspect(app, "events", { axe: true });
      check.assertClean();
    });

    it(`edits when a freed place is offered, and shows who is offered one, in ${lang}`, async () => {
      const me = meFixture("owner", { user: { ...meFixture().user, locale: lang } });
      const event = titled("Keelekohvik", { waitlistOfferHours: 24 });
      const roster = {
        ...rosterFixture([
          rosterEntryFixture({ status: "offered", offerExpiresAt: "2030-03-04T16:00:00.000Z" }),
        ]),
        totals: totalsFixture({ offeredPeople: 3 }),
      };
      stub = new FetchStub()
        .on("GET", adminApi("/me"), ok(me))
        .on("GET", adminApi("/orgs/demo/events/evt_1"), ok({ event }))
        .on("GET", adminApi("/orgs/demo/events/evt_1/questions"), ok({ questions }))
        .on("GET", adminApi("/orgs/demo/events/evt_1/registrations"), ok(roster))
        .install();
      check = new LanguageCheck(lang, "dashboard").content(me, event, roster, questions);
      location.hash = "#/events/evt_1?org=demo";
      const app = await mount(lang);
      await rendered(app, "hearth-admin-event-editor", '[name="waitlistOfferHours"]');
      const editor = app.shadowRoot!.querySelector("hearth-admin-event-editor")!;
      await rendered(editor, "hearth-admin-question-editor", ".privacy-warning:not(:empty)");
      await check.inspect(app, "event editor");
      location.hash = "#/events/evt_1/roster?org=demo";
      await rendered(app, "hearth-admin-roster", ".badge.offered");
      await check.inspect(app, "roster", { axe: true });
      check.assertClean();
    });
  }
});
